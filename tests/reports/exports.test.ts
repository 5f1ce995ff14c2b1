import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createReportFixture, IDENTITY_CODE, NOTE_TEXTS, THIRD_PARTY, WITHHELD_TEXT, type ReportFixture } from "./fixtures";
import { memoryOut, removeReportFiles } from "./helpers";
import type { DbHandle } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { createReport, loadReportData, resolveReportPath } from "@/lib/reports/queries";
import { writeJsonReport } from "@/lib/reports/json";
import { CSV_COLUMNS, csvCell, docs } from "@/lib/reports/csv";
import { REDACTION_MARK, applyItemMarks, collectReport, redactText, reportDataSchema } from "@/lib/reports/report-data";

let h: DbHandle;
let fx: ReportFixture;
const staff = () => ({ id: fx.staff.id, role: "staff" as const, organisationIds: [fx.org.id] });

beforeAll(async () => {
  h = await createTestDb();
  fx = await createReportFixture(h.db);
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

/** RFC 4180 parser for the assertions (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  return rows;
}

describe("JSON export", () => {
  it("validates against the schema and holds the same items as the loaded data", async () => {
    const report = await createReport(h.db, { requestId: fx.request.id, format: "json", locale: "en", actor: staff() });
    const raw = fs.readFileSync(resolveReportPath(report.storagePath!), "utf8");
    const data = reportDataSchema.parse(JSON.parse(raw));
    expect(data.schemaVersion).toBe("omatieto.report/2");
    const { head, notes } = await loadReportData(h.db, { requestId: fx.request.id, personIds: [fx.person.id], organisationId: fx.org.id, locale: "en", includeIdentityCode: false });
    const expected = await collectReport(head, notes);
    const rec = data.registers[0].records[0];
    const want = expected.registers[0].records[0];
    // Same items; the access log and history have grown by the generation itself, so compare the rest.
    for (const key of ["identity", "contact", "subjectGroups", "relationship", "consents", "bans", "eventRegistrations", "media", "contactHistory", "feedback", "caseNotes"] as const) {
      expect(rec[key], key).toEqual(want[key]);
    }
    expect(data.registers[0].art15).toEqual(expected.registers[0].art15);
    expect(rec.identity.identityCode).toBe("131052-****");
    expect(raw).not.toContain(IDENTITY_CODE);
    expect(raw).not.toContain(THIRD_PARTY);
    expect(raw).not.toContain(WITHHELD_TEXT);
    expect(raw).toContain(REDACTION_MARK);
    expect(rec.caseNotes.map((n) => n.body)).toEqual([NOTE_TEXTS[0], NOTE_TEXTS[1], expect.stringContaining(REDACTION_MARK), null]);
  });

  it("streams through a writable in pieces and stays valid", async () => {
    const { head, notes } = await loadReportData(h.db, { requestId: fx.request.id, personIds: [fx.person.id], organisationId: fx.org.id, locale: "fi", includeIdentityCode: false });
    const { out, text } = memoryOut();
    await writeJsonReport(head, notes, out);
    expect(reportDataSchema.safeParse(JSON.parse(text())).success).toBe(true);
  });

  it("a portability request exports only what the subject provided (Art. 20)", async () => {
    await h.db.update(requests).set({ type: "portability", details: { type: "portability", registerIds: [], formats: ["json", "csv"] } }).where(eq(requests.id, fx.request.id));
    try {
      const report = await createReport(h.db, { requestId: fx.request.id, format: "json", actor: staff() });
      const data = reportDataSchema.parse(JSON.parse(fs.readFileSync(resolveReportPath(report.storagePath!), "utf8")));
      expect(data.scope).toBe("portability");
      const rec = data.registers[0].records[0];
      expect(rec.caseNotes.map((n) => n.source)).toEqual(["subject"]);
      expect(rec.media).toEqual([]);
      expect(rec.accessLog).toEqual([]);
      expect(rec.consents).toHaveLength(2);
    } finally {
      await h.db.update(requests).set({ type: "access", details: { type: "access", registerIds: [], formats: ["pdf", "json"] } }).where(eq(requests.id, fx.request.id));
    }
  });
});

describe("CSV export (Art. 20)", () => {
  it("has the documented columns and only the portable fields", async () => {
    const report = await createReport(h.db, { requestId: fx.request.id, format: "csv", actor: staff() });
    const raw = fs.readFileSync(resolveReportPath(report.storagePath!), "utf8");
    expect(raw.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(raw.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const value = (category: string, field: string) => rows.filter((r) => r[2] === category && r[4] === field).map((r) => r[5]);
    expect(value("identity", "first_name")).toEqual(["Åsa Áile"]);
    expect(value("identity", "last_name")).toEqual(["Mäkelä-Öhman"]);
    expect(value("identity", "identity_code")).toEqual(["131052-****"]);
    expect(value("contact", "email")).toEqual(["asa.makela@example.fi"]);
    expect(value("contact", "phone")).toEqual(["+358 40 123 4567"]);
    expect(value("consent", "purpose")).toEqual(["Valokuvaus", "Verkostotyö"]);
    expect(value("event_registration", "dietary_needs")).toEqual(["laktoositon, gluteeniton"]);
    expect(value("feedback", "body")).toEqual(["Retki oli ihana, kiitos järjestäjille!"]);
    expect(value("case_note", "body")).toEqual([NOTE_TEXTS[0]]);
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set(["identity", "contact", "consent", "event_registration", "feedback", "case_note"]));
    expect(raw).not.toContain("valvontakamera");
    expect(raw).not.toContain(NOTE_TEXTS[1]);
    expect(docs).toContain("case_note");
  });
});

describe("redaction and CSV cells (pure)", () => {
  it("blanks merged spans with a fixed-length mark and reports where the marks are", () => {
    expect(redactText("abcdefghij", [[2, 4], [3, 6], [8, 10]])).toEqual({ text: `ab${REDACTION_MARK}gh${REDACTION_MARK}`, redacted: [[2, 7], [9, 14]] });
    expect(redactText("secret", [])).toEqual({ text: REDACTION_MARK, redacted: [[0, 5]] });
    expect(redactText("abc", [[5, 9]]).text).toBe("abc");
  });

  it("withholding wins over redaction and clears the secondary texts", () => {
    const item = { id: "x", body: "text", sourceDetail: "Name" };
    expect(applyItemMarks(item, "body", ["sourceDetail"], [{ kind: "redact", spans: [[0, 2]], reason: "r" }, { kind: "withhold", spans: [], reason: "§34" }])).toEqual({
      id: "x", body: null, sourceDetail: null, withheld: { reason: "§34" },
    });
    expect(applyItemMarks(item, "body", ["sourceDetail"], [{ kind: "redact", spans: [], reason: "r" }])).toMatchObject({ body: REDACTION_MARK, sourceDetail: REDACTION_MARK });
  });

  it("quotes per RFC 4180 and defuses formulas but not phone numbers", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+358 40 123 4567")).toBe("+358 40 123 4567");
    expect(csvCell("-12.5")).toBe("-12.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(false)).toBe("false");
  });
});
