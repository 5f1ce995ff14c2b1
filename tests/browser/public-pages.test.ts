import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { seriousViolations } from "./support/axe";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { startSmtp, type SmtpBox } from "../support/smtp";

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

const pages = ["/", "/complaint", "/accessibility", "/sign-in", ...seedOrganisations.map((o) => `/organisations/${o.slug}/privacy`)];
const expectText: Record<string, RegExp> = { fi: /Tietosuojavaltuutetun|tietosuoja/i, sv: /dataombudsman/i, en: /Data Protection Ombudsman/i };

describe.each(["fi", "sv", "en"])("public pages in %s", (locale) => {
  it.each(pages)("%s renders in the language, with no missing keys and no serious axe violations", async (path) => {
    const ctx = await browser.newContext();
    await ctx.addCookies([{ name: "NEXT_LOCALE", value: locale, url: app.url }]);
    const page = await ctx.newPage();
    try {
      const logStart = app.logs.length;
      const res = await page.goto(`${app.url}${path}`);
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute("html", "lang")).toBe(locale);
      // innerText: what a reader sees, block by block (textContent runs paragraphs together and adds scripts).
      const text = await page.locator("body").innerText();
      // next-intl renders a missing key as its dotted path and logs MISSING_MESSAGE.
      expect(text).not.toMatch(/\b(common|landing|notice|complaint|signIn|errors|accessibilityPage)\.[a-zA-Z]+/);
      expect(app.logs.slice(logStart).join("")).not.toMatch(/MISSING_MESSAGE/);
      expect(await page.title()).not.toBe("");
      expect(await seriousViolations(page)).toEqual([]);
      if (path === "/complaint") expect(text).toMatch(expectText[locale]);
    } catch (e) {
      await screenshotOnFailure(page, `public-${locale}-${path}`);
      throw e;
    } finally {
      await ctx.close();
    }
  });
});

describe("security headers", () => {
  it("sets CSP with frame-ancestors, referrer policy and nosniff", async () => {
    const res = await fetch(`${app.url}/`);
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
  it("answers an unknown organisation with 404, not 500", async () => {
    const res = await fetch(`${app.url}/organisations/%27%3Bdrop%20table/privacy`);
    expect(res.status).toBe(404);
  });
});
