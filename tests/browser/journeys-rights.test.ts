import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, type SmtpBox } from "../support/smtp";
import {
  AxeLog,
  assignToMe,
  completeRequest,
  finishTasks,
  journeySignIn,
  openFromQueue,
  openRequestForm,
  personHref,
  section,
  staffFact,
  startsWith,
  submitRequestForm,
  subjectStatus,
  textsFor,
  until,
  type Locale,
} from "./support/journey-kit";
import { seedOrganisations, type SeedStaff } from "@/lib/seed/data/organisations";

// Issue 6 §1–2: the rights journeys end to end, one app for the file, each journey its own subject
// so they do not collide: rectification, erasure and restriction in Finnish (Turun Kaupunkilähetys),
// objection in Swedish (MIELI Länsirannikko, subject and handler both in Swedish).

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const mlr = seedOrganisations.find((o) => o.slug === "mieli-lansirannikko")!;
const mikko = tkl.staff.find((s) => s.email === "mikko.lehtinen@tkl.example")!;
const elina = mlr.staff.find((s) => s.email === "elina.makela@mieli.example")!;
const fi = textsFor("fi");
const sv = textsFor("sv");

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
const contexts: BrowserContext[] = [];
const staffSessions = new Map<string, BrowserContext>();

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

async function subjectSession(axe: AxeLog, email: string, locale: Locale) {
  const s = await journeySignIn(browser, app, smtp, axe, { email, locale });
  contexts.push(s.ctx);
  return s.page;
}

/** One signed-in session per handler for the whole file (a TOTP code is good once per 30 s). */
async function staffPage(axe: AxeLog, who: SeedStaff, locale: Locale): Promise<Page> {
  const ctx = staffSessions.get(who.email);
  if (ctx) return ctx.newPage();
  const s = await journeySignIn(browser, app, smtp, axe, { email: who.email, totpSecret: who.totpSecret, locale });
  contexts.push(s.ctx);
  staffSessions.set(who.email, s.ctx);
  return s.page;
}

/** Run a journey; keep a screenshot if it fails; then assert 0 serious axe violations. */
async function journey(name: string, body: (axe: AxeLog, current: (p: Page) => Page) => Promise<void>) {
  const axe = new AxeLog();
  let last: Page | undefined;
  const started = Date.now();
  try {
    await body(axe, (p) => (last = p));
    console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${axe.pages.length} axe checks taking ${(axe.ms / 1000).toFixed(1)} s`);
  } catch (e) {
    await screenshotOnFailure(last, name);
    throw e;
  }
  expect(axe.pages.length).toBeGreaterThan(5);
  expect(axe.violations, axe.report()).toEqual([]);
}

describe("journeys: rectification, erasure, restriction (fi) and objection (sv)", () => {
  it("rectification: the handler accepts the new street address and the person record shows it", { timeout: 180_000 }, async () => {
    const t = fi;
    await journey("journey-rectification", async (axe, current) => {
      const subject = current(await subjectSession(axe, "aino.virtanen@example.fi", "fi"));
      let page = subject;
      await openRequestForm(page, app, axe, t, { organisation: tkl.name, type: "rectification" });
      await page.getByLabel(t("requests.rectification.field"), { exact: true }).selectOption("streetAddress");
      await page.getByLabel(t("requests.rectification.correctValue"), { exact: true }).fill("Puolalankatu 11 A 3");
      const filed = await submitRequestForm(page, axe, t);

      page = current(await staffPage(axe, mikko, "fi"));
      await openFromQueue(page, app, axe, t, { reference: filed.reference, type: "rectification" });
      await assignToMe(page, t, mikko.name);
      await axe.check(page, "staff: rectification (assigned)");
      const fulfilment = section(page, "fulfilment-heading");
      await fulfilment.getByRole("radio", { name: t("staffLabels.itemDecision.accepted"), exact: true }).check();
      await expect(fulfilment.getByLabel(startsWith(t("staffFulfilment.valueToWrite"))).inputValue()).resolves.toBe("Puolalankatu 11 A 3");
      await fulfilment.getByRole("button", { name: t("staffFulfilment.rectifySubmit"), exact: true }).click();
      await until(page, "items decided", async () => (await fulfilment.getByText(t("staffFulfilment.allDecided")).count()) === 1);
      // Art. 19: every processor and recipient is told, or skipped with a reason.
      expect(await finishTasks(page, t, "Vapaaehtoisella ei ole osoitetietoja, ilmoitus ei tarpeen.")).toBeGreaterThan(1);
      await completeRequest(page, t, "Osoitteesi on korjattu.");
      await axe.check(page, "staff: rectification (completed)");

      await page.goto(`${app.url}${await personHref(page)}`);
      await axe.check(page, "staff: person (rectified)");
      await expect(staffFact(page, t("staffPersons.field.streetAddress"))).resolves.toBe("Puolalankatu 11 A 3");
      await expect(page.getByRole("main").textContent()).resolves.not.toContain("Puolalankatu 9 B 14");

      page = current(subject);
      await page.goto(filed.url);
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.completed"));
      await axe.check(page, "request page (rectification completed)");
    });
  });

  it("erasure: the handler executes the plan and the data is gone from the person page", { timeout: 180_000 }, async () => {
    const t = fi;
    await journey("journey-erasure", async (axe, current) => {
      const subject = current(await subjectSession(axe, "saara.koivisto@example.fi", "fi"));
      let page = subject;
      await openRequestForm(page, app, axe, t, { organisation: tkl.name, type: "erasure" });
      await expect(page.getByRole("radio", { name: t("requests.erasure.scopeEverything"), exact: true }).isChecked()).resolves.toBe(true);
      await page.getByRole("radio", { name: t("requests.erasure.grounds.no_longer_necessary"), exact: true }).check();
      const filed = await submitRequestForm(page, axe, t);

      page = current(await staffPage(axe, mikko, "fi"));
      await openFromQueue(page, app, axe, t, { reference: filed.reference, type: "erasure" });
      await assignToMe(page, t, mikko.name);
      const person = await personHref(page);
      const staffView = current(await page.context().newPage());
      await staffView.goto(`${app.url}${person}`);
      await axe.check(staffView, "staff: person (before erasure)");
      const before = (await staffView.getByRole("main").textContent()) ?? "";
      for (const s of ["Koivisto", "Rehtorinpellonkatu", "ruoka-avun", "vegaaninen", "perehdytysilta"]) expect(before).toContain(s);

      current(page);
      await axe.check(page, "staff: erasure (assigned)");
      const fulfilment = section(page, "fulfilment-heading");
      // Every category defaults to "erase"; event registrations are anonymised (attendance kept for statistics).
      await fulfilment.getByLabel(t("staffLabels.category.event_registrations"), { exact: true }).selectOption("anonymise");
      await fulfilment.getByRole("checkbox", { name: t("staffFulfilment.eraseConfirm") }).check();
      await fulfilment.getByRole("button", { name: t("staffFulfilment.eraseSubmit"), exact: true }).click();
      await until(page, "erasure executed", async () => (await fulfilment.getByText(t("staffFulfilment.erasureDone")).count()) === 1);
      expect(await finishTasks(page, t, "Henkilöllä ei ole tukihenkilöä.")).toBeGreaterThan(1);
      await completeRequest(page, t, "Tietosi on poistettu.");
      await axe.check(page, "staff: erasure (completed)");

      await staffView.reload();
      current(staffView);
      await axe.check(staffView, "staff: person (after erasure)");
      await expect(staffView.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(t("staffPersons.anonymised"));
      const after = (await staffView.getByRole("main").textContent()) ?? "";
      for (const s of ["Saara", "Koivisto", "Rehtorinpellonkatu", "040 0001110", "saara.koivisto@example.fi", "ruoka-avun", "vegaaninen"]) expect(after).not.toContain(s);
      expect(after).toContain("perehdytysilta");
      await expect(staffView.getByRole("link", { name: t("staffPersons.edit"), exact: true }).count()).resolves.toBe(0);

      // The subject: the request is completed and nothing is linked to the account any more.
      page = current(subject);
      await page.goto(filed.url);
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.completed"));
      await axe.check(page, "request page (erasure completed)");
      await page.goto(`${app.url}/my/data`);
      await axe.check(page, "my data (after erasure)");
      await expect(page.getByRole("main").textContent()).resolves.toContain(t("portal.myData.nothingHeld"));
    });
  });

  it("restriction: the record is flagged restricted and shown read-only with a banner", { timeout: 180_000 }, async () => {
    const t = fi;
    await journey("journey-restriction", async (axe, current) => {
      const subject = current(await subjectSession(axe, "kaisa.nieminen@example.fi", "fi"));
      let page = subject;
      await openRequestForm(page, app, axe, t, { organisation: tkl.name, type: "restriction" });
      await page.getByRole("radio", { name: t("requests.restriction.grounds.a"), exact: true }).check();
      await page.getByLabel(startsWith(t("requests.restriction.explanation"))).fill("Syntymävuoteni on merkitty väärin; tarkistakaa se ennen kuin käytätte tietoja.");
      const filed = await submitRequestForm(page, axe, t);

      page = current(await staffPage(axe, mikko, "fi"));
      await openFromQueue(page, app, axe, t, { reference: filed.reference, type: "restriction" });
      await assignToMe(page, t, mikko.name);
      await axe.check(page, "staff: restriction (assigned)");
      const fulfilment = section(page, "fulfilment-heading");
      await fulfilment.getByRole("button", { name: t("staffFulfilment.restrictSubmit"), exact: true }).click();
      await until(page, "restriction applied", async () => (await fulfilment.getByText(t("staffFulfilment.restrictionDone")).count()) === 1);
      await expect(section(page, "identity-heading").getByText(t("staffIdentity.restricted")).count()).resolves.toBe(1);
      expect(await finishTasks(page, t, "Tukihenkilöä ei ole nimetty.")).toBeGreaterThan(1);
      await completeRequest(page, t, "Tietojesi käsittelyä on rajoitettu.");
      await axe.check(page, "staff: restriction (completed)");

      const person = await personHref(page);
      await page.goto(`${app.url}${person}`);
      await axe.check(page, "staff: person (restricted)");
      const banner = page.getByRole("status").filter({ hasText: t("staffPersons.restrictedBannerTitle") });
      await expect(banner.count()).resolves.toBe(1);
      await expect(page.getByRole("link", { name: t("staffPersons.edit"), exact: true }).count()).resolves.toBe(0);
      // The edit page is read-only too: it says why and offers nothing to save.
      await page.goto(`${app.url}${person}/edit`);
      await axe.check(page, "staff: person edit (restricted)");
      await expect(page.getByRole("main").textContent()).resolves.toContain(t("staffPersons.restrictedBanner"));
      await expect(page.getByRole("button", { name: t("staffPersons.save") }).count()).resolves.toBe(0);

      page = current(subject);
      await page.goto(filed.url);
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.completed"));
      await page.goto(`${app.url}/my/data`);
      await axe.check(page, "my data (restricted)");
      await expect(page.getByRole("main").textContent()).resolves.toContain(t("portal.myData.restricted"));
    });
  });

  it("objection to direct marketing, in Swedish: the ban is set at once and the subject is told so", { timeout: 180_000 }, async () => {
    const t = sv;
    await journey("journey-objection-sv", async (axe, current) => {
      const subject = current(await subjectSession(axe, "markus.wallin@example.com", "sv"));
      let page = subject;
      await openRequestForm(page, app, axe, t, { organisation: mlr.name, type: "objection" });
      await page.getByRole("radio", { name: t("requests.objection.kinds.direct_marketing"), exact: true }).check();
      // Told before sending that the ban takes effect at once (Art. 21(3)).
      await expect(page.getByRole("status").filter({ hasText: t("requests.objection.banAtOnce") }).count()).resolves.toBe(1);
      await axe.check(page, "objection form (direct marketing chosen)");
      const filed = await submitRequestForm(page, axe, t);
      const notice = (await page.getByRole("status").first().textContent()) ?? "";
      expect(notice).toContain(t("portal.request.filed"));
      expect(notice).toContain(t("portal.request.filedBans"));
      await page.goto(`${app.url}/my/data`);
      await axe.check(page, "my data (ban set)");
      await expect(page.getByRole("main").textContent()).resolves.toContain(t("portal.myData.banDirectMarketing"));

      page = current(await staffPage(axe, elina, "sv"));
      await openFromQueue(page, app, axe, t, { reference: filed.reference, type: "objection" });
      // The ban is already on the record before anyone handles the request.
      const person = await personHref(page);
      const staffView = await page.context().newPage();
      await staffView.goto(`${app.url}${person}`);
      await axe.check(staffView, "staff: person (ban set)");
      await expect(staffFact(staffView, t("staffPersons.bans"))).resolves.toContain(t("staffPersons.field.directMarketingBan"));
      await staffView.close();

      await assignToMe(page, t, elina.name);
      await axe.check(page, "staff: objection (assigned)");
      const fulfilment = section(page, "fulfilment-heading");
      await expect(fulfilment.getByRole("radio", { name: t("staffLabels.objectionDecision.upheld"), exact: true }).isChecked()).resolves.toBe(true);
      await fulfilment.getByLabel(startsWith(t("staffFulfilment.objectionReasons"))).fill("Direktmarknadsföringen har upphört och förbudet är registrerat.");
      await fulfilment.getByRole("button", { name: t("staffFulfilment.objectionSubmit"), exact: true }).click();
      await until(page, "objection decided", async () => (await fulfilment.getByText(t("staffFulfilment.objectionDone")).count()) === 1);
      await finishTasks(page, t);
      await completeRequest(page, t, "Du får inte längre direktmarknadsföring från oss.");
      await axe.check(page, "staff: objection (completed)");

      page = current(subject);
      await page.goto(filed.url);
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.completed"));
      await axe.check(page, "request page (objection completed)");
    });
  });
});
