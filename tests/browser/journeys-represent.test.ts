import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { AxeLog, assignToMe, openFromQueue, downloadHead, exactly, finishTasks, journeySignIn, openRequestForm, section, staffFact, startsWith, submitRequestForm, subjectStatus, textsFor, until } from "./support/journey-kit";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { seedId } from "@/lib/seed/ids";

// Issue 10 items 6–7 in Finnish, on the production configuration:
// 1. A guardian files an access request for a child with a document (bad documents are refused with a
//    translated 4xx and nothing filed); staff open the document, confirm the authority, make the
//    report; the guardian downloads it.
// 2. Staff issue an anonymous client reference with a printable slip; the client redeems it on
//    /my/verify and files an access request.

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const mlr = seedOrganisations.find((o) => o.slug === "mieli-lansirannikko")!;
const handler = tkl.staff.find((s) => s.email === "mikko.lehtinen@tkl.example")!;
const crisisStaff = mlr.staff.find((s) => s.email === "elina.makela@mieli.example")!;
const GUARDIAN = "hanna.huoltaja@example.fi";
const CLIENT = "nimeton.asiakas@example.fi";
const t = textsFor("fi");
const PDF = Buffer.from("%PDF-1.4\n% Huoltajuuspäätös\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "latin1");

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
const contexts: BrowserContext[] = [];

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

describe("journey: a guardian files for a child", () => {
  it("bad documents are refused; staff confirm the authority; the report goes to the guardian", { timeout: 300_000 }, async () => {
    const axe = new AxeLog();
    let page: Page | undefined;
    try {
      // 0. The association has a record of the child (staff create it).
      const staff = await journeySignIn(browser, app, smtp, axe, { email: handler.email, totpSecret: handler.totpSecret, locale: "fi" });
      contexts.push(staff.ctx);
      page = staff.page;
      await page.goto(`${app.url}/staff/persons/new`);
      await page.getByLabel(t("staffPersons.field.firstName"), { exact: true }).fill("Eetu");
      await page.getByLabel(t("staffPersons.field.lastName"), { exact: true }).fill("Huoltajanlapsi");
      await page.getByLabel(t("staffPersons.field.birthDate"), { exact: true }).fill("2015-06-01");
      await page.getByRole("button", { name: t("staffPersons.create"), exact: true }).click();
      await page.waitForURL(/\/staff\/persons\/[0-9a-f-]{36}$/);

      // 1. The guardian signs in; documents that are not what they claim are refused, nothing is filed.
      const guardian = await journeySignIn(browser, app, smtp, axe, { email: GUARDIAN, locale: "fi" });
      contexts.push(guardian.ctx);
      page = guardian.page;
      const post = (file: { name: string; mimeType: string; buffer: Buffer }) =>
        guardian.ctx.request.post(`${app.url}/api/my/representations`, {
          headers: { "x-omatieto-upload": "1", origin: app.url },
          multipart: { organisationId: seedId("org", tkl.slug), role: "guardian", representedName: "Eetu Huoltajanlapsi", representedBirthDate: "2015-06-01", registerIds: "", formats: "pdf", document: file },
        });
      const fake = await post({ name: "paatos.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
      expect(fake.status()).toBe(415);
      expect((await fake.json()).message).toBe(t("representation.errors.unsupported_document"));
      const huge = await post({ name: "paatos.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]) });
      expect([413]).toContain(huge.status());
      expect((await huge.json()).message).toBe(t("representation.errors.too_large"));
      const listed = await guardian.ctx.request.get(`${app.url}/api/v1/requests`);
      expect((await listed.json()).data).toEqual([]);

      // 2. The form: role, the child, the document.
      await page.goto(`${app.url}/my/requests`);
      await page.getByRole("main").getByRole("link", { name: t("representation.newLink") }).click();
      await page.waitForURL(/\/my\/requests\/represent$/);
      await axe.check(page, "represent: form");
      const select = page.getByLabel(t("requests.new.organisation"), { exact: true });
      await select.selectOption((await select.locator("option", { hasText: tkl.name }).getAttribute("value"))!);
      await page.getByRole("radio", { name: startsWith(t("labels.representativeRole.guardian")) }).check();
      await page.getByLabel(t("representation.representedName"), { exact: true }).fill("Eetu Huoltajanlapsi");
      await page.getByLabel(t("representation.representedBirthDate"), { exact: true }).fill("2015-06-01");
      // Without a document the form says so at the field.
      await page.getByRole("button", { name: t("representation.submit") }).click();
      await page.getByText(t("requestErrors.document_required")).waitFor();
      await page.getByLabel(t("representation.document"), { exact: true }).setInputFiles({ name: "huoltajuus.pdf", mimeType: "application/pdf", buffer: PDF });
      await page.getByRole("button", { name: t("representation.submit") }).click();
      await page.waitForURL(/\/my\/requests\/[0-9a-f-]{36}\?filed=1/);
      const url = page.url().split("?")[0];
      const reference = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").match(/[A-Z]+-\d{4}-\d{4}/)![0];
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.awaiting_verification"));
      await page.getByRole("heading", { name: t("representation.pendingTitle") }).waitFor();
      await axe.check(page, "represent: filed, waiting");

      // 3. Staff open the request, read the document (audited), confirm with the child's record.
      page = staff.page;
      await openFromQueue(page, app, axe, t, { reference, type: "access" });
      const authority = section(page, "authority-heading");
      const doc = await downloadHead(page, authority.getByRole("link", { name: startsWith(t("staffAuthority.openDocument").split("(")[0].trim()) }));
      expect(doc.head).toBe("%PDF-");
      await axe.check(page, "staff: representative's request");
      await authority.getByRole("radio", { name: t("staffAuthority.confirm"), exact: true }).check();
      const records = authority.getByLabel(t("staffAuthority.matchRecord"), { exact: true });
      await records.selectOption((await records.locator("option", { hasText: "Huoltajanlapsi" }).getAttribute("value"))!);
      const mailsBefore = smtp.messages.length;
      await authority.getByRole("button", { name: t("staffAuthority.decide"), exact: true }).click();
      await until(page, "authority confirmed", async () => (await staffFact(page!, t("staffRequest.status"))) === t("staffLabels.status.new"));

      // 4. The usual access work: assign, tasks, a report, release.
      await assignToMe(page, t, handler.name);
      await finishTasks(page, t);
      const fulfilment = section(page, "fulfilment-heading");
      await fulfilment.getByRole("button", { name: t("staffReports.generate"), exact: true }).click();
      const release = fulfilment.getByRole("button", { name: t("staffReports.release"), exact: true });
      await until(page, "report generated", async () => (await release.count()) === 1);
      await release.click();
      await until(page, "report released", async () => (await release.count()) === 0);

      // 5. The guardian was told (email) and downloads the report from the request page.
      await smtp.waitFor((m) => toAddress(m) === GUARDIAN && smtp.messages.indexOf(m) >= mailsBefore);
      page = guardian.page;
      await page.goto(url);
      const reports = page.locator('section[aria-labelledby="reports"]');
      const pdf = await downloadHead(page, reports.getByRole("link", { name: exactly(t("portal.request.reportDownload", { format: "PDF" })) }));
      expect(pdf.head).toBe("%PDF-");
      await axe.check(page, "represent: report released");
    } catch (e) {
      await screenshotOnFailure(page, "journey-represent");
      throw e;
    }
    expect(axe.violations, axe.report()).toEqual([]);
  });
});

describe("journey: an anonymous client", () => {
  it("staff issue a reference with a slip; the client redeems it and files an access request", { timeout: 240_000 }, async () => {
    const axe = new AxeLog();
    let page: Page | undefined;
    try {
      const staff = await journeySignIn(browser, app, smtp, axe, { email: crisisStaff.email, totpSecret: crisisStaff.totpSecret, locale: "fi" });
      contexts.push(staff.ctx);
      page = staff.page;
      // A record with no name: the crisis centre's anonymous client.
      await page.goto(`${app.url}/staff/persons/new`);
      await page.getByLabel(t("staffPersons.field.serviceLanguage"), { exact: true }).selectOption("sv");
      await page.getByRole("button", { name: t("staffPersons.create"), exact: true }).click();
      await page.waitForURL(/\/staff\/persons\/[0-9a-f-]{36}$/);
      const box = section(page, "client-reference-heading");
      // The slip's language defaults to the client's service language.
      await expect(box.getByLabel(t("staffPersons.slipLanguage"), { exact: true }).inputValue()).resolves.toBe("sv");
      await box.getByRole("button", { name: t("staffPersons.issueClientReference"), exact: true }).click();
      const slip = page.locator(".client-slip");
      await slip.waitFor();
      await expect(slip.getAttribute("lang")).resolves.toBe("sv");
      await expect(slip.getByRole("heading").textContent()).resolves.toBe(textsFor("sv")("clientSlip.title"));
      const reference = ((await slip.getByTestId("slip-reference").textContent()) ?? "").trim();
      const secret = ((await slip.getByTestId("slip-secret").textContent()) ?? "").trim();
      expect(reference).toMatch(/^[A-Z]+-K-/);
      expect(secret).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
      await axe.check(page, "staff: slip shown");
      // Shown once: a reload shows the reference, never the secret.
      await page.reload();
      await expect(page.content()).resolves.not.toContain(secret);

      // The client signs in with any address and redeems it on /my/verify.
      const client = await journeySignIn(browser, app, smtp, axe, { email: CLIENT, locale: "fi" });
      contexts.push(client.ctx);
      page = client.page;
      await page.goto(`${app.url}/my/verify`);
      await page.getByLabel(t("portal.verify.reference"), { exact: true }).fill(reference);
      await page.getByLabel(t("portal.verify.secret"), { exact: true }).fill(secret);
      await page.getByRole("button", { name: t("portal.verify.clientRefSubmit"), exact: true }).click();
      await page.getByText(t("portal.verify.clientRefLinked")).waitFor();
      await axe.check(page, "verify: reference redeemed");

      await openRequestForm(page, app, axe, t, { organisation: mlr.name, type: "access" });
      const filed = await submitRequestForm(page, axe, t);
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.new"));
      expect(filed.reference).toMatch(/^MLR-/);
    } catch (e) {
      await screenshotOnFailure(page, "journey-anonymous");
      throw e;
    }
    expect(axe.violations, axe.report()).toEqual([]);
  });
});
