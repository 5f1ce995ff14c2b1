import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { authenticator } from "otplib";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, waitForSignInLink, type SmtpBox } from "../support/smtp";
import { seedOrganisations } from "@/lib/seed/data/organisations";

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
const LINK_SECONDS = 10;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url, OMATIETO_SIGNIN_LINK_SECONDS: String(LINK_SECONDS) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

async function requestLink(email: string, locale = "fi") {
  const ctx = await browser.newContext();
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: locale, url: app.url }]);
  const page = await ctx.newPage();
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel(/Sähköpostiosoite|E-postadress|Email address/).fill(email);
  const before = smtp.messages.length;
  await page.getByRole("button", { name: /kirjautumislinkki|inloggningslänk|sign-in link/i }).click();
  return { ctx, page, before };
}

async function linkFor(email: string, after: number): Promise<string> {
  return waitForSignInLink(smtp, email, after);
}

describe("sign-in by a one-time email link over real SMTP", () => {
  it("signs a subject in; the link works once", async () => {
    const email = "aino.testaaja@example.fi";
    const { ctx, page, before } = await requestLink(email);
    try {
      await page.waitForURL(/\/sign-in\/check-email/);
      const link = await linkFor(email, before);
      expect(link.startsWith(app.url)).toBe(true);
      await page.goto(link);
      await page.waitForURL(/\/my\/requests/);
      // The session cookie is out of reach of scripts and of cross-site requests.
      const session = (await ctx.cookies(app.url)).find((c) => c.name.endsWith("authjs.session-token"));
      expect(session?.httpOnly).toBe(true);
      expect(session?.sameSite).toBe("Lax");
      expect(session?.path).toBe("/");
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/Omat pyynnöt/);
      // The same link again, in another browser: refused with a clear message.
      const other = await browser.newContext();
      const p2 = await other.newPage();
      await p2.goto(link);
      await p2.waitForURL(/\/sign-in\/error/);
      await expect.poll(() => p2.locator("main").textContent()).toMatch(/vanhentunut tai jo käytetty|expired or has already been used/);
      await other.close();
      // A subject is refused on staff pages.
      const r = await page.goto(`${app.url}/staff`);
      expect(r?.status()).toBe(403);
    } catch (e) {
      await screenshotOnFailure(page, "sign-in-subject");
      throw e;
    } finally {
      await ctx.close();
    }
  });

  it("refuses an expired link", async () => {
    const email = "vanha.linkki@example.fi";
    const { ctx, page, before } = await requestLink(email, "en");
    try {
      const link = await linkFor(email, before);
      await new Promise((r) => setTimeout(r, (LINK_SECONDS + 2) * 1000));
      await page.goto(link);
      await page.waitForURL(/\/sign-in\/error/);
      await expect.poll(() => page.locator("main").textContent()).toMatch(/expired or has already been used/);
    } finally {
      await ctx.close();
    }
  });

  // The tight limit is per address + client IP (lib/rate-limit/policies.ts): the same client asking a
  // sixth time is refused; that another IP is not is tested in tests/rate-limit/sign-in-limits.test.ts.
  it("rate-limits links per address and client IP with a translated message", async () => {
    const email = "kiireinen@example.fi";
    const ctx = await browser.newContext();
    await ctx.addCookies([{ name: "NEXT_LOCALE", value: "sv", url: app.url }]);
    const page = await ctx.newPage();
    try {
      for (let i = 0; i < 5; i++) {
        await page.goto(`${app.url}/sign-in`);
        await page.getByLabel("E-postadress").fill(email);
        await page.getByRole("button", { name: /inloggningslänk/ }).click();
        await page.waitForURL(/check-email/);
      }
      await page.goto(`${app.url}/sign-in`);
      await page.getByLabel("E-postadress").fill(email);
      await page.getByRole("button", { name: /inloggningslänk/ }).click();
      await expect.poll(() => page.locator("main [role=alert]").allTextContents().then((t) => t.join(" "))).toMatch(/För många försök/);
      expect(page.url()).toMatch(/\/sign-in$/);
    } catch (e) {
      await screenshotOnFailure(page, "rate-limit");
      throw e;
    } finally {
      await ctx.close();
    }
  });

  it("keeps staff out of staff pages until the TOTP second factor, and refuses a replayed code", async () => {
    const staff = seedOrganisations[0].staff.find((s) => s.role === "staff")!;
    const { ctx, page, before } = await requestLink(staff.email);
    try {
      const link = await linkFor(staff.email, before);
      await page.goto(link);
      await page.waitForURL(/\/staff\/mfa/);
      await page.goto(`${app.url}/staff`);
      await page.waitForURL(/\/staff\/mfa/);
      await page.getByLabel("Vahvistuskoodi").fill("000000");
      await page.getByRole("button", { name: "Vahvista" }).click();
      await expect.poll(() => page.locator("main [role=alert]").allTextContents().then((t) => t.join(" "))).toMatch(/Koodi ei kelpaa|Tämä koodi/);
      const code = authenticator.generate(staff.totpSecret);
      await page.getByLabel("Vahvistuskoodi").fill(code);
      await page.getByRole("button", { name: "Vahvista" }).click();
      await page.waitForURL(/\/staff$/);
      // The same code in a second session is refused (replay).
      const second = await requestLink(staff.email);
      const link2 = await linkFor(staff.email, second.before);
      await second.page.goto(link2);
      await second.page.waitForURL(/\/staff\/mfa/);
      await second.page.getByLabel("Vahvistuskoodi").fill(code);
      await second.page.getByRole("button", { name: "Vahvista" }).click();
      await expect.poll(() => second.page.locator("main [role=alert]").allTextContents().then((t) => t.join(" "))).toMatch(/jo käytetty|kelpaa/);
      await second.ctx.close();
    } catch (e) {
      await screenshotOnFailure(page, "staff-totp");
      throw e;
    } finally {
      await ctx.close();
    }
  });
});
