import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { inArray } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { flat, pdfText, removeReportFiles } from "./helpers";
import type { DbHandle } from "@/lib/db/client";
import { requestRecords, requests } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed/seed";
import { createReport, resolveReportPath } from "@/lib/reports/queries";
import { reportMessages } from "@/lib/reports/messages";
import { reportDataSchema } from "@/lib/reports/report-data";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
  await seedDatabase(h.db);
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

describe("reports of the demo data", () => {
  it("every seeded access and portability request renders as PDF, JSON and CSV in its language", async () => {
    const rows = await h.db.select().from(requests).where(inArray(requests.type, ["access", "portability"]));
    expect(rows.length).toBeGreaterThan(0);
    const linked = new Set((await h.db.select().from(requestRecords)).map((x) => x.requestId));
    expect(rows.some((r) => !linked.has(r.id))).toBe(true);
    const system = { id: null, role: "system" as const };
    for (const r of rows) {
      const pdf = await createReport(h.db, { requestId: r.id, format: "pdf", actor: system });
      const text = flat(await pdfText(resolveReportPath(pdf.storagePath!)));
      expect(text).toContain(r.reference);
      expect(text).toContain(reportMessages(r.locale).art15.automated);
      // No clear identity code anywhere: only the masked form ever reaches the page.
      // A request with no linked record still gets the Art. 15(1) information and a clear "no data".
      if (!linked.has(r.id)) expect(text).toContain(reportMessages(r.locale).noRecords);
      expect(text).not.toMatch(/\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/);
      const json = await createReport(h.db, { requestId: r.id, format: "json", actor: system });
      const data = reportDataSchema.parse(JSON.parse(fs.readFileSync(resolveReportPath(json.storagePath!), "utf8")));
      expect(data.scope).toBe(r.type === "portability" ? "portability" : "access");
      const csv = await createReport(h.db, { requestId: r.id, format: "csv", actor: system });
      expect(csv.status).toBe("ready");
    }
  });
});
