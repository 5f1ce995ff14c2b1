import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createReportFixture, IDENTITY_CODE, SAMI_TEXT, NOTE_TEXTS, THIRD_PARTY, WITHHELD_TEXT, type ReportFixture } from "./fixtures";
import { flat, pdfPages, pdfText, tmpFile, removeReportFiles } from "./helpers";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, reports } from "@/lib/db/schema";
import type { Locale } from "@/lib/db/types";
import { createReport, loadReportData, resolveReportPath } from "@/lib/reports/queries";
import { writePdfReport } from "@/lib/reports/pdf";
import { reportMessages } from "@/lib/reports/messages";
import { REDACTION_MARK, collectReport, reportDataSchema } from "@/lib/reports/report-data";

let h: DbHandle;
let fx: ReportFixture;
const texts: Partial<Record<Locale, string>> = {};

beforeAll(async () => {
  h = await createTestDb();
  fx = await createReportFixture(h.db);
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

const staffActor = () => ({ id: fx.staff.id, role: "staff" as const, organisationIds: [fx.org.id] });

describe.each(["fi", "sv", "en"] as const)("access report PDF in %s", (locale) => {
  let file: string;
  let text: string;
  beforeAll(async () => {
    const report = await createReport(h.db, { requestId: fx.request.id, format: "pdf", locale, actor: staffActor() });
    expect(report.status).toBe("ready");
    file = resolveReportPath(report.storagePath!);
    text = flat(await pdfText(file));
    texts[locale] = text;
  });

  it("has every Art. 15(1)(a)–(h) heading, the Ombudsman and every data category in the report's language", () => {
    const m = reportMessages(locale);
    // pdftotext drops a hyphen where a line broke after it ("tietosuoja-" / "asetuksen"): compare without them.
    const loose = (s: string) => s.replace(/[\s-]+/g, "");
    const a = m.art15;
    for (const heading of [a.purposes, a.legalBasis, a.categories, a.recipients, a.processors, a.retention, a.rights, a.complaint, a.sources, a.automated, a.transfers]) {
      expect(loose(text), heading).toContain(loose(heading));
    }
    expect(text.indexOf(a.purposes)).toBeLessThan(text.indexOf(a.automated));
    expect(loose(text)).toContain(loose(a.rightsStandard));
    expect(loose(text)).toContain(loose(a.automatedNone));
    expect(text).toContain(m.ombudsman.authority);
    expect(text).toContain("tietosuoja@om.fi");
    expect(text).toContain({ fi: "Lintulahdenkuja 4", sv: "Fågelviksgränden 4", en: "Lintulahdenkuja 4" }[locale]);
    for (const category of Object.values(m.categories)) expect(text, category).toContain(category);
    expect(text).toContain(m.sectionHistory);
    expect(text).toContain(m.actions.request_filed);
    expect(text).not.toContain(m.actions.other);
    expect(text).toContain(m.toc);
    expect(text).toContain(m.page.replace("{n}", "2"));
  });

  it("contains the data: names with ä/ö/å and Sámi letters intact, notes with source, events, media, feedback", () => {
    expect(text).toContain("Åsa Áile");
    expect(text).toContain("Mäkelä-Öhman");
    expect(text).toContain("Läntinen Pitkäkatu 7 B 12");
    expect(text).toContain(NOTE_TEXTS[0]);
    expect(text).toContain(NOTE_TEXTS[1]);
    expect(text).toContain("Turun sosiaalitoimi");
    expect(text).toContain("Vertaistukiryhmän syysretki Ruissaloon");
    expect(text).toContain("laktoositon, gluteeniton");
    expect(text).toContain("Aulan valvontakamera");
    expect(text).toContain("Retki oli ihana, kiitos järjestäjille!");
    expect(text).toContain("Kevätkeräys 2024");
    expect(text).toContain(SAMI_TEXT);
    expect(text).toContain(reportMessages(locale).purposes.special_viewed);
    expect(text).toContain(fx.request.reference);
    expect(text).toContain(reportMessages(locale).special);
  });

  it("masks the identity code and blanks the redacted and withheld text", () => {
    expect(text).toContain("131052-****");
    expect(text).not.toContain(IDENTITY_CODE);
    expect(text).not.toContain("308T");
    expect(text).not.toContain(THIRD_PARTY);
    expect(text).toContain(`Sisar soitti. ${REDACTION_MARK} kertoi huolestaan asumisesta.`);
    expect(text).toContain(reportMessages(locale).redactedLabel);
    expect(text).not.toContain(WITHHELD_TEXT);
    expect(text).toContain(reportMessages(locale).withheld);
    expect(text).toContain("Vakava vaara hoidolle (TSL 34 §)");
    expect(text).toContain(reportMessages(locale).marksNotice);
  });

  it("has a plausible number of pages (compact: no page of its own for the contents)", async () => {
    const pages = await pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThan(10);
  });
});

describe("report generation", () => {
  it("audits the generation with counts only, and the row is ready with size and progress 100", async () => {
    const rows = await h.db.select().from(reports).where(and(eq(reports.requestId, fx.request.id), eq(reports.format, "pdf")));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r.status).toBe("ready");
      expect(r.progress).toBe(100);
      expect(r.sizeBytes).toBe(fs.statSync(resolveReportPath(r.storagePath!)).size);
      expect(r.releasedAt).toBeNull();
    }
    const events = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, fx.request.id), eq(auditEvents.action, "report_generated")));
    expect(events.length).toBe(rows.length);
    expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/Mäkelä|131052|Åsa/);
    expect(events[0].payload).toMatchObject({ format: "pdf", caseNotes: 4, specialNotes: 2, marks: 2 });
  });

  it("shows the identity code in full only when the subject asked for it", async () => {
    const { head, notes } = await loadReportData(h.db, { requestId: fx.request.id, personIds: [fx.person.id], organisationId: fx.org.id, locale: "fi", includeIdentityCode: true });
    const file = tmpFile("full-code.pdf");
    await writePdfReport(head, notes, fs.createWriteStream(file));
    expect(await pdfText(file)).toContain(IDENTITY_CODE);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it("does not load a person of another organisation", async () => {
    const { head } = await loadReportData(h.db, { personIds: [fx.person.id], organisationId: fx.otherOrg.id, locale: "fi", includeIdentityCode: false });
    expect(head.registers).toHaveLength(0);
  });

  it("refuses staff of another organisation and requests that are not access or portability", async () => {
    await expect(
      createReport(h.db, { requestId: fx.request.id, format: "pdf", actor: { id: fx.otherStaff.id, role: "staff", organisationIds: [fx.otherOrg.id] } }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("full data validates against the schema", async () => {
    const { head, notes } = await loadReportData(h.db, { requestId: fx.request.id, personIds: [fx.person.id], organisationId: fx.org.id, locale: "en", includeIdentityCode: false });
    const data = reportDataSchema.parse(await collectReport(head, notes));
    const rec = data.registers[0].records[0];
    expect(rec.caseNotes).toHaveLength(4);
    expect(rec.caseNotes[2].redacted).toEqual([[14, 14 + REDACTION_MARK.length]]);
    expect(rec.caseNotes[3]).toMatchObject({ body: null, withheld: { reason: "Vakava vaara hoidolle (TSL 34 §)" }, sourceDetail: null });
    expect(data.history.map((e) => e.action)).toContain("request_filed");
    // Internal notes are staff-only: not even their existence reaches the subject's history.
    expect(data.history.map((e) => e.action)).not.toContain("request.note_added");
    expect(rec.accessLog.map((e) => e.purpose)).toEqual(["Viewing the data in client work", "Viewing special-category data in client work"]);
  });
});
