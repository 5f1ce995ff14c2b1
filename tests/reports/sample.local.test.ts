import { it } from "vitest";
import fs from "node:fs";
import { createTestDb } from "../support/db";
import { createReportFixture } from "./fixtures";
import { createReport, resolveReportPath } from "@/lib/reports/queries";

it("renders a sample", async () => {
  const h = await createTestDb();
  const fx = await createReportFixture(h.db, { notes: 30 });
  for (const locale of ["fi", "en"] as const) {
    const r = await createReport(h.db, { requestId: fx.request.id, format: "pdf", locale, actor: { id: fx.staff.id, role: "staff", organisationIds: [fx.org.id] } });
    fs.copyFileSync(resolveReportPath(r.storagePath!), `/tmp/sample-${locale}.pdf`);
  }
  await h.close();
});
