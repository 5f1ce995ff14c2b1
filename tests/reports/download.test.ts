import { identityVerifications } from "@/lib/db/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { removeReportFiles } from "./helpers";
import { createReportFixture, type ReportFixture } from "./fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, reports } from "@/lib/db/schema";
import { createReport, expireReports, getReportForDownload, listRequestReports, recordDownload, releaseReport, resolveReportPath } from "@/lib/reports/queries";

// The download route itself (sessions, 404/403/redirect, headers) is tested over HTTP against the built
// app with real sessions and a real report of subject A: tests/browser/authorisation-matrix.test.ts and
// tests/browser/attacks-special.test.ts. These are the queries it calls.

let h: DbHandle;
let fx: ReportFixture;
let reportId: string;

beforeAll(async () => {
  h = await createTestDb();
  fx = await createReportFixture(h.db);
  const staff = { id: fx.staff.id, role: "staff" as const, organisationIds: [fx.org.id] };
  const report = await createReport(h.db, { requestId: fx.request.id, format: "pdf", actor: staff });
  reportId = report.id;
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

const staffActor = () => ({ id: fx.staff.id, role: "staff" as const, organisationIds: [fx.org.id] });

describe("getReportForDownload", () => {
  it("staff of the organisation can review before release; the subject cannot yet", async () => {
    expect((await getReportForDownload(h.db, { reportId, userId: fx.staff.id, staffOrgIds: [fx.org.id] })).status).toBe("ok");
    expect((await getReportForDownload(h.db, { reportId, userId: fx.owner.id })).status).toBe("not_found");
  });

  it("after release the owner gets it; another subject and another organisation's staff do not", async () => {
    await expect(releaseReport(h.db, { reportId, actor: { id: fx.otherStaff.id, role: "staff", organisationIds: [fx.otherOrg.id] } })).rejects.toMatchObject({ code: "not_found" });
    const released = await releaseReport(h.db, { reportId, actor: staffActor() });
    // The organisation's reportLifetimeDays (30 in the seed settings).
    expect(released.expiresAt!.getTime() - released.releasedAt!.getTime()).toBe(30 * 86_400_000);
    const mine = await getReportForDownload(h.db, { reportId, userId: fx.owner.id });
    expect(mine).toMatchObject({ status: "ok", report: { viewer: "subject", format: "pdf", reference: fx.request.reference } });
    expect((await getReportForDownload(h.db, { reportId, userId: fx.stranger.id })).status).toBe("not_found");
    // Without strong identification the owner cannot download special-category data (PRODUCT.md §4).
    await h.db.update(identityVerifications).set({ level: 2 }).where(eq(identityVerifications.userId, fx.owner.id));
    expect((await getReportForDownload(h.db, { reportId, userId: fx.owner.id })).status).toBe("verification_required");
    await h.db.update(identityVerifications).set({ level: 3 }).where(eq(identityVerifications.userId, fx.owner.id));
    expect((await getReportForDownload(h.db, { reportId, userId: fx.otherStaff.id, staffOrgIds: [fx.otherOrg.id] })).status).toBe("not_found");
    expect((await getReportForDownload(h.db, { reportId })).status).toBe("not_found");
    expect(await listRequestReports(h.db, { requestId: fx.request.id, userId: fx.stranger.id })).toHaveLength(0);
    expect(await listRequestReports(h.db, { requestId: fx.request.id, userId: fx.owner.id })).toHaveLength(1);
  });

  it("counts the subject's downloads and audits every download in one transaction", async () => {
    const found = await getReportForDownload(h.db, { reportId, userId: fx.owner.id });
    if (found.status !== "ok") throw new Error("expected ok");
    await recordDownload(h.db, { report: found.report, actorId: fx.owner.id, actorRole: "subject" });
    const staffView = await getReportForDownload(h.db, { reportId, userId: fx.staff.id, staffOrgIds: [fx.org.id] });
    if (staffView.status !== "ok") throw new Error("expected ok");
    await recordDownload(h.db, { report: staffView.report, actorId: fx.staff.id, actorRole: "staff" });
    const [row] = await h.db.select().from(reports).where(eq(reports.id, reportId));
    expect(row.downloadCount).toBe(1);
    const events = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, fx.request.id), eq(auditEvents.action, "report_downloaded")));
    expect(events.map((e) => e.payload.viewer)).toEqual(["subject", "staff"]);
  });

  it("refuses an expired report and the expiry job deletes its file", async () => {
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect((await getReportForDownload(h.db, { reportId, userId: fx.owner.id, now: later })).status).toBe("expired");
    const [row] = await h.db.select().from(reports).where(eq(reports.id, reportId));
    const file = resolveReportPath(row.storagePath!);
    expect(fs.existsSync(file)).toBe(true);
    expect(await expireReports(h.db, later)).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
    expect((await getReportForDownload(h.db, { reportId, userId: fx.owner.id })).status).toBe("expired");
    expect((await getReportForDownload(h.db, { reportId, userId: fx.staff.id, staffOrgIds: [fx.org.id] })).status).toBe("expired");
  });
});
