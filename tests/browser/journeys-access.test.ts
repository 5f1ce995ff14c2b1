import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import {
  AxeLog,
  assignToMe,
  completeRequest,
  downloadHead,
  exactly,
  finishTasks,
  journeySignIn,
  openFromQueue,
  openRequestForm,
  section,
  staffFact,
  startsWith,
  submitRequestForm,
  subjectStatus,
  textsFor,
  until,
} from "./support/journey-kit";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { computeDeadline, toHelsinkiDate } from "@/lib/deadlines";
import { formatDate } from "@/emails/labels";

// Issue 6 §1–2: the access journey end to end in Finnish. A subject files an access request in the
// portal, staff work it to completion (assign, tasks, review, report, release, complete) and the
// subject downloads the PDF. axe runs on every page on the way; violations are asserted at the end.

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const handler = tkl.staff.find((s) => s.email === "mikko.lehtinen@tkl.example")!;
const SUBJECT = "aino.virtanen@example.fi";
const t = textsFor("fi");

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

describe("journey: access request (Art. 15), in Finnish", () => {
  it("subject files, staff complete it, subject downloads the PDF; 0 serious axe violations", { timeout: 240_000 }, async () => {
    const axe = new AxeLog();
    let page: Page | undefined;
    try {
      // 1. The subject signs in through the mail link and files the request.
      const subject = await journeySignIn(browser, app, smtp, axe, { email: SUBJECT, locale: "fi" });
      contexts.push(subject.ctx);
      page = subject.page;
      await openRequestForm(page, app, axe, t, { organisation: tkl.name, type: "access" });
      // Defaults: every register, PDF.
      await expect(page.getByRole("checkbox", { name: startsWith(t("requests.form.format.pdf")) }).isChecked()).resolves.toBe(true);
      await page.getByLabel(startsWith(t("requests.form.note"))).fill("Erityisesti vuoden 2024 merkinnät.");
      const filed = await submitRequestForm(page, axe, t);
      await expect(page.getByRole("status").first().textContent()).resolves.toContain(t("portal.request.filed"));
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.new"));

      // 2. My requests lists it with its due date: one month from today, moved to a working day.
      const due = computeDeadline({ receivedOn: toHelsinkiDate(new Date()) }).dueOn;
      await page.goto(`${app.url}/my/requests`);
      await axe.check(page, "my requests (after filing)");
      const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: filed.reference, exact: true }) });
      await expect(row.count()).resolves.toBe(1);
      const cells = (await row.getByRole("cell").allTextContents()).map((c) => c.trim());
      expect(cells[2]).toBe(t("requests.types.access"));
      expect(cells[3]).toBe(t("requests.status.new"));
      expect(cells[5]).toContain(formatDate(due, "fi"));

      // 3. The handler signs in (TOTP), finds it in the queue and takes it.
      const staff = await journeySignIn(browser, app, smtp, axe, { email: handler.email, totpSecret: handler.totpSecret, locale: "fi" });
      contexts.push(staff.ctx);
      page = staff.page;
      await openFromQueue(page, app, axe, t, { reference: filed.reference, type: "access" });
      await expect(staffFact(page, t("staffRequest.status"))).resolves.toBe(t("staffLabels.status.new"));
      await assignToMe(page, t, handler.name);
      await expect(staffFact(page, t("staffRequest.status"))).resolves.toBe(t("staffLabels.status.in_progress"));
      await axe.check(page, "staff: request (assigned)");
      // The processor task (Art. 28) created on assignment.
      expect(await finishTasks(page, t)).toBeGreaterThanOrEqual(1);

      // 4. Review the case notes (redact/withhold page), then back.
      const fulfilment = section(page, "fulfilment-heading");
      await fulfilment.getByRole("link", { name: t("staffReports.reviewLink") }).click();
      await page.waitForURL(/\/review$/);
      await axe.check(page, "staff: access review");
      await page.getByRole("link", { name: startsWith("←") }).first().click();
      await page.waitForURL(/\/staff\/requests\/[0-9a-f-]{36}$/);

      // 5. Generate the PDF, check it as staff, release it to the subject.
      // Several formats may be made in one go; the subject asked for the PDF, so it is checked already.
      await expect(fulfilment.getByRole("checkbox", { name: "PDF", exact: true }).isChecked()).resolves.toBe(true);
      await fulfilment.getByRole("checkbox", { name: "JSON", exact: true }).uncheck();
      await fulfilment.getByRole("button", { name: t("staffReports.generate"), exact: true }).click();
      const release = fulfilment.getByRole("button", { name: t("staffReports.release"), exact: true });
      await until(page, "report generated", async () => (await release.count()) === 1);
      const reviewCopy = await downloadHead(page, fulfilment.getByRole("link", { name: t("staffReports.download"), exact: true }));
      expect(reviewCopy.head).toBe("%PDF-");
      await axe.check(page, "staff: request (report ready)");
      await release.click();
      await until(page, "report released", async () => (await release.count()) === 0 && (await fulfilment.getByText(startsWith(t("staffReports.releasedOn").split("{")[0].trim())).count()) === 1);

      // 6. Complete: the subject is emailed a link, not the data.
      const mailsBefore = smtp.messages.length;
      await completeRequest(page, t, "Selvitys on ladattavissa asiointipalvelussa.");
      await axe.check(page, "staff: request (completed)");
      const mail = await smtp.waitFor((m) => toAddress(m) === SUBJECT && smtp.messages.indexOf(m) >= mailsBefore && (m.text ?? "").includes(filed.reference));
      expect(mail.text).not.toContain("Alkuhaastattelu");

      // 7. The subject sees it completed and downloads the PDF from the request page.
      page = subject.page;
      await page.goto(filed.url);
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.completed"));
      await axe.check(page, "request page (completed)");
      const reports = page.locator('section[aria-labelledby="reports"]');
      const pdf = await downloadHead(page, reports.getByRole("link", { name: exactly(t("portal.request.reportDownload", { format: "PDF" })) }));
      expect(pdf.head).toBe("%PDF-");
      expect(pdf.name).toBe(`omatieto-${filed.reference}.pdf`);
    } catch (e) {
      await screenshotOnFailure(page, "journey-access");
      throw e;
    }
    expect(axe.pages.length).toBeGreaterThan(10);
    expect(axe.violations, axe.report()).toEqual([]);
  });
});
