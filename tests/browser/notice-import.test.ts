import path from "node:path";
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { signInAs, type SignedIn } from "./support/sign-in";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { seedDir } from "../notice-import/seeds";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { seedId } from "@/lib/seed/ids";

// Issue 14 as an association's volunteer tries it: Katja (admin of Turun Kaupunkilähetys) uploads the
// seed notice 000, reviews the draft, drops the signature, accepts, and the public notice shows it
// (in Finnish only, saying so). A hostile file is refused with a message and opens no review.

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const katja = tkl.staff.find((s) => s.email === "katja.suominen@tkl.example")!;
const TKL = seedId("org", tkl.slug);
const seed000 = path.join(seedDir(), readdirSync(seedDir()).find((f) => f.startsWith("000_"))!);
const fixture = (name: string) => path.join(import.meta.dirname, "../notice-import/fixtures", name);

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let katjaS: SignedIn;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
  katjaS = await signInAs(browser, app, smtp, katja.email, katja.totpSecret);
}, 300_000);
afterAll(async () => {
  await katjaS?.ctx.close();
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

describe("importing the association's existing privacy notice", () => {
  it("a hostile file is refused with a clear message and no draft opens", async () => {
    const page = await katjaS.ctx.newPage();
    try {
      await page.goto(`${app.url}/admin/registers/import?organisation=${TKL}`);
      await page.locator("input#import-file").setInputFiles(fixture("hostile-script.html"));
      await page.getByRole("button", { name: "Lue seloste" }).click();
      await expect.poll(() => page.locator("p.form-error").textContent(), { timeout: 20_000 }).toContain("skriptejä");
      expect(page.url()).toContain("/admin/registers/import?");
      expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    } catch (e) {
      await screenshotOnFailure(page, "notice-import-hostile");
      throw e;
    } finally {
      await page.close();
    }
  });

  it("a .pdf of seed 000 is read in the built app too, and its draft can be discarded", async () => {
    const page = await katjaS.ctx.newPage();
    try {
      await page.goto(`${app.url}/admin/registers/import?organisation=${TKL}`);
      await page.locator("input#import-file").setInputFiles(fixture("notice-000.pdf"));
      await page.getByRole("button", { name: "Lue seloste" }).click();
      await page.waitForURL(/\/admin\/registers\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      expect(await page.locator('[aria-labelledby="field-recipients"]').textContent()).toContain("FloMembers");
      await page.getByRole("button", { name: "Hylkää luonnos" }).click();
      await page.waitForURL(/\/admin$/, { timeout: 20_000 });
    } catch (e) {
      await screenshotOnFailure(page, "notice-import-pdf");
      throw e;
    } finally {
      await page.close();
    }
  });

  it("upload seed 000 → review → accept → the public notice shows it", async () => {
    const page = await katjaS.ctx.newPage();
    try {
      await page.goto(`${app.url}/admin/organisations/${TKL}`);
      await page.getByRole("link", { name: "Tuo olemassa oleva tietosuojaseloste" }).click();
      await page.waitForURL(/\/admin\/registers\/import\?/);
      await page.locator("input#import-file").setInputFiles(seed000);
      await page.getByRole("button", { name: "Lue seloste" }).click();
      await page.waitForURL(/\/admin\/registers\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      await expect.poll(() => page.locator("h1").textContent()).toBe("Tarkista tuotu seloste");

      // The checklist tells what the notice lacks; each field shows what it was read from.
      const checklist = page.locator('section[aria-labelledby="checklist-heading"]');
      expect(await checklist.textContent()).toContain("tietosuojavastaavaa");
      const recipients = page.locator('[aria-labelledby="field-recipients"]');
      expect(await recipients.textContent()).toContain("FloMembers");
      await recipients.locator("summary").first().click();
      expect(await recipients.locator("mark").first().textContent()).toBeTruthy();

      // The signature is not placed: drop it.
      const unplaced = page.locator('section[aria-labelledby="unplaced-heading"]');
      expect(await unplaced.textContent()).toContain("Maaria Seppälä");
      await unplaced.getByRole("button", { name: "Tallenna valinta" }).click();
      await expect.poll(() => page.locator("#unplaced-heading").textContent(), { timeout: 20_000 }).toBe("Kaikki kohdat on sijoitettu");

      await page.getByRole("button", { name: "Hyväksy ja luo rekisteri" }).click();
      await page.waitForURL(/\/admin\/registers\/[0-9a-f-]{36}\?locale=fi$/, { timeout: 30_000 });
      expect(await page.locator("h1").textContent()).toBe("Turun Kaupunkilähetys ry:n Asiakasrekisteri");

      await page.goto(`${app.url}/organisations/turun-kaupunkilahetys/privacy`);
      const body = await page.locator("main, body").first().textContent();
      expect(body).toContain("Tämä seloste on kirjoitettu kielillä: suomi.");
      expect(body).toContain("Clara Finland Oy");
      expect(body).toContain("Emme siirrä tietoja EU:n tai ETA:n ulkopuolelle.");
      // A Swedish reader gets the Finnish text, told so, not an empty notice.
      await katjaS.ctx.addCookies([{ name: "NEXT_LOCALE", value: "sv", url: app.url }]);
      await page.goto(`${app.url}/organisations/turun-kaupunkilahetys/privacy`);
      expect(await page.locator("body").textContent()).toContain("den visas på finska");
      await katjaS.ctx.addCookies([{ name: "NEXT_LOCALE", value: "fi", url: app.url }]);
    } catch (e) {
      await screenshotOnFailure(page, "notice-import-flow");
      throw e;
    } finally {
      await page.close();
    }
  });
});
