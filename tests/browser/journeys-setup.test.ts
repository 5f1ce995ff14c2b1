import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { AxeLog, assignToMe, journeySignIn, openFromQueue, openRequestForm, section, submitRequestForm, textsFor, until } from "./support/journey-kit";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { toHelsinkiDate } from "@/lib/deadlines";
import { formatDate } from "@/emails/labels";
import { ORG_X } from "./support/route-table";

// Issue 10 items 2, 3, 5: the demo organisation's admin sets up, in the browser, a register with its
// privacy notice in fi, sv and en, a processor that receives erasure tasks and the OpenID Connect
// provider (a local `oidc-provider`, as in tests/identity/oidc.test.ts); a new subject reaches level 3
// through it and files an erasure; the processor's task appears and blocks completion; the public
// privacy notice shows the register with its version date.

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const admin = tkl.staff.find((s) => s.role === "admin" && s.totpSecret)!;
const mikko = tkl.staff.find((s) => s.email === "mikko.lehtinen@tkl.example")!;
const t = textsFor("fi");
const SUBJECT = "uusi.asiakas@example.fi";
const CLIENT_ID = "omatieto-setup";
const CLIENT_SECRET = "setup-journey-client-secret-0123456789";

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let provider: http.Server;
let issuer = "";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
  const providerModule = "oidc-provider"; // a dev dependency without types
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Provider: any = (await import(/* @vite-ignore */ providerModule)).default;
  let handler: http.RequestListener = (_q, s) => s.end();
  provider = http.createServer((q, s) => handler(q, s));
  await new Promise<void>((r) => provider.listen(0, "127.0.0.1", r));
  issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  handler = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${app.url}/my/verify/oidc/${tkl.slug}/callback`], grant_types: ["authorization_code"], response_types: ["code"] }],
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id }) }),
    cookies: { keys: ["setup-journey-cookie-key"] },
    features: { devInteractions: { enabled: true } },
  }).callback();
}, 600_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
  provider?.closeAllConnections();
  await new Promise((r) => (provider ? provider.close(r) : r(null)));
});

/** Submit the form inside `scope` and wait for its success text. */
async function submitIn(page: Page, scope: ReturnType<typeof section>, button: string, success: string) {
  await scope.getByRole("button", { name: button, exact: true }).last().click();
  await until(page, `"${success}" after ${button}`, async () => (await scope.getByText(success, { exact: true }).count()) > 0);
}

describe("journey: an association sets itself up (issue 10)", () => {
  it("register, processor, OIDC provider; level 3 by OIDC; erasure task blocks completion; public notice dated", { timeout: 300_000 }, async () => {
    const axe = new AxeLog();
    let page: Page | undefined;
    try {
      // 1. The admin creates the register.
      const a = await journeySignIn(browser, app, smtp, axe, { email: admin.email, totpSecret: admin.totpSecret, locale: "fi" });
      contexts.push(a.ctx);
      page = a.page;
      await page.goto(`${app.url}/admin/organisations/${ORG_X}`);
      await axe.check(page, "admin: organisation");
      const regs = section(page, "registers-heading");
      await regs.getByLabel(t("adminOrganisation.registerSlug")).fill("vapaaehtoiset");
      const names = { fi: "Vapaaehtoisrekisteri", sv: "Frivilligregister", en: "Volunteer register" } as const;
      for (const l of ["fi", "sv", "en"] as const) await regs.getByLabel(t("adminOrganisation.registerNameIn", { language: t(`adminRegister.lang.${l}`) })).fill(names[l]);
      // The categories are labelled checkboxes (people see labels, never codes).
      const categories = regs.getByRole("group", { name: t("adminOrganisation.registerCategories") });
      for (const c of ["identity", "contact"]) await categories.getByLabel(t(`labels.erasureCategory.${c}`), { exact: true }).check();
      await submitIn(page, regs, t("adminOrganisation.create"), t("adminOrganisation.created"));
      await page.reload();
      await page.getByRole("link", { name: names.fi, exact: true }).click();
      await page.waitForURL(/\/admin\/registers\/[0-9a-f-]{36}$/);
      const registerUrl = page.url();

      // 2. Its notice in three languages, with the automated-decision text.
      for (const l of ["fi", "sv", "en"] as const) {
        await page.goto(`${registerUrl}?locale=${l}`);
        const notice = section(page, "notice-heading");
        await notice.getByLabel(t("adminRegister.field.purposes")).fill(`Vapaaehtoistoiminnan järjestäminen (${l})`);
        await notice.getByLabel(t("adminRegister.field.legalBasis")).fill(`Suostumus (${l})`);
        await notice.getByLabel(t("adminRegister.field.retention")).fill(`Kaksi vuotta (${l})`);
        await notice.getByLabel(t("adminRegister.field.automatedDecisions")).fill(`Vuorot arvotaan (${l}).`);
        await submitIn(page, notice, t("adminRegister.save"), t("adminRegister.saved"));
      }
      await axe.check(page, "admin: register");

      // 3. A processor that receives erasure tasks.
      const procs = section(page, "processors-heading");
      await procs.getByRole("radio", { name: t("adminRegister.kindProcessor") }).last().check();
      const pn = { fi: "Vuorolista Oy", sv: "Turlista Ab", en: "Rota Ltd" } as const;
      for (const l of ["fi", "sv", "en"] as const) await procs.getByLabel(t("adminRegister.nameIn", { language: t(`adminRegister.lang.${l}`) })).last().fill(pn[l]);
      await procs.getByRole("checkbox", { name: t("adminRegister.taskFor", { type: t("staffLabels.type.erasure") }) }).last().check();
      await submitIn(page, procs, t("adminRegister.save"), t("adminRegister.saved"));

      // 4. The OIDC provider: saved, then "test connection".
      await page.goto(`${app.url}/admin/organisations/${ORG_X}`);
      const oidc = section(page, "oidc-heading");
      await oidc.getByLabel(t("adminOrganisation.oidcIssuer")).first().fill(issuer);
      await oidc.getByLabel(t("adminOrganisation.oidcClientId")).fill(CLIENT_ID);
      await oidc.getByLabel(t("adminOrganisation.oidcSecret")).fill(CLIENT_SECRET);
      await submitIn(page, oidc, t("adminOrganisation.save"), t("adminOrganisation.saved"));
      await page.reload();
      expect(await section(page, "oidc-heading").textContent()).not.toContain(CLIENT_SECRET);
      await section(page, "oidc-heading").getByLabel(t("adminOrganisation.oidcIssuer")).last().fill(issuer);
      await submitIn(page, section(page, "oidc-heading"), t("adminOrganisation.oidcTest"), t("adminOrganisation.oidcTestOk"));
      await axe.check(page, "admin: organisation (OIDC set)");

      // 5. A new subject reaches level 3 through the provider.
      const s = await journeySignIn(browser, app, smtp, axe, { email: SUBJECT, locale: "fi" });
      contexts.push(s.ctx);
      page = s.page;
      await page.goto(`${app.url}/my/verify`);
      await axe.check(page, "verify (level 3 offered)");
      await page.getByRole("link", { name: t("portal.verify.oidcStart", { organisation: tkl.name }) }).click();
      await page.waitForURL((u) => u.href.startsWith(issuer));
      await page.locator('input[name="login"]').fill("vapaaehtoinen-1");
      await page.locator('input[name="password"]').fill("x");
      await page.locator('button[type="submit"]').first().click();
      await page.waitForURL((u) => u.href.startsWith(issuer) && !/login/.test(u.href)).catch(() => undefined);
      if (page.url().startsWith(issuer)) await page.locator('button[type="submit"]').first().click();
      await page.waitForURL((u) => u.href.startsWith(`${app.url}/my/verify`));
      await until(page, "level 3 shown", async () => (await page!.getByText(t("portal.verify.levels.3")).count()) > 0);

      // 6. The subject files an erasure.
      await openRequestForm(page, app, axe, t, { organisation: tkl.name, type: "erasure" });
      await page.getByRole("radio", { name: t("requests.erasure.grounds.no_longer_necessary"), exact: true }).check();
      const filed = await submitRequestForm(page, axe, t);

      // 7. The handler takes it: the processor's task is there and completion waits for it.
      const h = await journeySignIn(browser, app, smtp, axe, { email: mikko.email, totpSecret: mikko.totpSecret, locale: "fi" });
      contexts.push(h.ctx);
      page = h.page;
      await openFromQueue(page, app, axe, t, { reference: filed.reference, type: "erasure" });
      await assignToMe(page, t, mikko.name);
      const tasksPanel = section(page, "tasks-heading");
      await until(page, "processor task listed", async () => (await tasksPanel.getByText(pn.fi).count()) > 0);
      const warning = section(page, "actions-heading").locator(".form-error");
      // "One task is still open …": the complete form warns, and completing is refused until it is done.
      expect(await warning.count()).toBeGreaterThan(0);
      expect(await warning.first().textContent()).toMatch(/avoinna/);
      await axe.check(page, "staff: erasure with processor task");

      // 8. The public privacy notice shows the register and the date its version is in force.
      await page.goto(`${app.url}/organisations/${tkl.slug}/privacy`);
      await axe.check(page, "public notice");
      const main = (await page.getByRole("main").textContent()) ?? "";
      expect(main).toContain(names.fi);
      expect(main).toContain("Vuorot arvotaan (fi).");
      expect(main).toContain(formatDate(toHelsinkiDate(new Date()), "fi"));
    } catch (e) {
      await screenshotOnFailure(page, "journey-setup");
      throw e;
    }
    expect(axe.violations, axe.report()).toEqual([]);
  });
});
