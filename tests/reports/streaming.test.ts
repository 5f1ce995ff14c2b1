import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { createTestDb } from "../support/db";
import { createReportFixture, type ReportFixture } from "./fixtures";
import { pdfPages, pdfText, removeReportFiles } from "./helpers";
import { measureReportGeneration } from "../bench/pdf-10k";
import type { DbHandle } from "@/lib/db/client";
import { iterateCaseNotes } from "@/lib/reports/queries";
import { reportDataSchema } from "@/lib/reports/report-data";

const NOTES = 10_000;
let h: DbHandle;
let fx: ReportFixture;

beforeAll(async () => {
  h = await createTestDb();
  fx = await createReportFixture(h.db, { notes: NOTES - 4 });
}, 300_000);
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

describe("a person with 10,000 case notes", () => {
  it("the keyset iterator yields every note once, in order, also where timestamps tie", async () => {
    const seen = new Set<string>();
    let last = "";
    for await (const n of iterateCaseNotes(h.db, fx.person.id, 777)) {
      expect(seen.has(n.id)).toBe(false);
      seen.add(n.id);
      const key = `${n.writtenAt.toISOString()}|${n.id}`;
      expect(key > last).toBe(true);
      last = key;
    }
    expect(seen.size).toBe(NOTES);
  });

  it("renders the PDF streaming, with every note and flat memory", { timeout: 600_000 }, async () => {
    const m = await measureReportGeneration(h.db, { requestId: fx.request.id, staffId: fx.staff.id, organisationId: fx.org.id, format: "pdf", notes: NOTES });
    console.log("[reports] 10k-note PDF:", JSON.stringify({ ...m, file: undefined }));
    const text = await pdfText(m.file);
    expect(text).toContain("Merkintä 9996:");
    expect(text).toContain("Merkintä 1:");
    expect(await pdfPages(m.file)).toBeGreaterThan(1000);
    // Not a timing assertion: a generous ceiling that buffering the whole document would break.
    expect(m.rssGrowthMb).toBeLessThan(400);
    fs.rmSync(m.file, { force: true });
  });

  it("writes the JSON streaming and it validates", { timeout: 600_000 }, async () => {
    const m = await measureReportGeneration(h.db, { requestId: fx.request.id, staffId: fx.staff.id, organisationId: fx.org.id, format: "json", notes: NOTES });
    console.log("[reports] 10k-note JSON:", JSON.stringify({ ...m, file: undefined }));
    const data = reportDataSchema.parse(JSON.parse(fs.readFileSync(m.file, "utf8")));
    expect(data.registers[0].records[0].caseNotes).toHaveLength(NOTES);
    fs.rmSync(m.file, { force: true });
  });
});
