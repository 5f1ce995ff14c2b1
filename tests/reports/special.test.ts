import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { and, eq, inArray } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { removeReportFiles } from "./helpers";
import { createReportFixture, NOTE_TEXTS, type ReportFixture } from "./fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, caseNotes, reports } from "@/lib/db/schema";
import { WorkflowError } from "@/lib/workflow/errors";
import { createReport, expireReports, getReportForDownload, listRequestReports, recordDownload, releaseReport, resolveReportPath } from "@/lib/reports/queries";
import { reportStoragePath } from "@/lib/reports/storage";

// Issue 9, finding 4: special-category notes (Art. 9) leave the database in a report only for members
// with `memberships.canReadSpecial` in the report's organisation, and every such staff read is audited
// (person.special_read). Finding 15: reports never released expire too, and their files are deleted.

let h: DbHandle;
let fx: ReportFixture;

beforeAll(async () => {
  h = await createTestDb();
  fx = await createReportFixture(h.db);
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

const actorOf = (u: { id: string }) => ({ id: u.id, role: "staff" as const, organisationIds: [fx.org.id] });
const specialReads = () =>
  h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, fx.request.id), eq(auditEvents.action, "person.special_read")));
const reportRows = () => h.db.select().from(reports).where(eq(reports.requestId, fx.request.id));

describe("report generation and special-category notes (finding 4)", () => {
  it("a member without the permission is refused with a reason before any row or file exists", async () => {
    const before = (await reportRows()).length;
    for (const format of ["json", "pdf", "csv"] as const) {
      const err = await createReport(h.db, { requestId: fx.request.id, format, actor: actorOf(fx.plainStaff) }).catch((e) => e);
      expect(err).toBeInstanceOf(WorkflowError);
      expect(err).toMatchObject({ code: "forbidden", reason: "special_permission_required" });
    }
    expect((await reportRows()).length).toBe(before);
    expect(await specialReads()).toHaveLength(0);
  });

  it("a member with the permission generates it; the special read is audited in the same transaction", async () => {
    const report = await createReport(h.db, { requestId: fx.request.id, format: "json", actor: actorOf(fx.staff) });
    expect(report.containsSpecial).toBe(true);
    expect(fs.readFileSync(resolveReportPath(report.storagePath!), "utf8")).toContain(NOTE_TEXTS[1]);
    const reads = await specialReads();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: fx.staff.id, actorRole: "staff", payload: { reportId: report.id, context: "report_generated" } });
  });

  it("without special notes the permission is not needed (and no special read is recorded)", async () => {
    const special = await h.db.select({ id: caseNotes.id }).from(caseNotes).where(and(eq(caseNotes.personId, fx.person.id), eq(caseNotes.special, true)));
    await h.db.update(caseNotes).set({ special: false }).where(inArray(caseNotes.id, special.map((n) => n.id)));
    try {
      const before = (await specialReads()).length;
      const report = await createReport(h.db, { requestId: fx.request.id, format: "csv", actor: actorOf(fx.plainStaff) });
      expect(report.containsSpecial).toBe(false);
      expect((await specialReads()).length).toBe(before);
      expect((await getReportForDownload(h.db, { reportId: report.id, userId: fx.plainStaff.id, staffOrgIds: [fx.org.id] })).status).toBe("ok");
    } finally {
      await h.db.update(caseNotes).set({ special: true }).where(inArray(caseNotes.id, special.map((n) => n.id)));
    }
  });
});

describe("report download and special-category notes (finding 4)", () => {
  let reportId: string;
  beforeAll(async () => {
    reportId = (await createReport(h.db, { requestId: fx.request.id, format: "pdf", actor: actorOf(fx.staff) })).id;
  });

  it("staff without the permission get not_found; the list says it holds special notes", async () => {
    expect((await getReportForDownload(h.db, { reportId, userId: fx.plainStaff.id, staffOrgIds: [fx.org.id] })).status).toBe("not_found");
    // Without a user to check the membership of, a special report is never a staff download.
    expect((await getReportForDownload(h.db, { reportId, staffOrgIds: [fx.org.id] })).status).toBe("not_found");
    const listed = await listRequestReports(h.db, { requestId: fx.request.id, staffOrgIds: [fx.org.id] });
    expect(listed.find((r) => r.id === reportId)?.containsSpecial).toBe(true);
  });

  it("staff with the permission download it, and the download is audited as a special read", async () => {
    const found = await getReportForDownload(h.db, { reportId, userId: fx.staff.id, staffOrgIds: [fx.org.id] });
    if (found.status !== "ok") throw new Error(`expected ok, got ${found.status}`);
    expect(found.report).toMatchObject({ viewer: "staff", containsSpecial: true });
    const before = (await specialReads()).length;
    await recordDownload(h.db, { report: found.report, actorId: fx.staff.id, actorRole: "staff" });
    const reads = await specialReads();
    expect(reads.length).toBe(before + 1);
    expect(reads.at(-1)).toMatchObject({ actorId: fx.staff.id, payload: { reportId, context: "report_downloaded" } });
  });

  it("a member without the permission cannot release it either (releasing vouches for a reviewed copy)", async () => {
    const err = await releaseReport(h.db, { reportId, actor: actorOf(fx.plainStaff) }).catch((e) => e);
    expect(err).toMatchObject({ code: "forbidden", reason: "special_permission_required" });
    expect((await h.db.select().from(reports).where(eq(reports.id, reportId)))[0].releasedAt).toBeNull();
  });

  it("the subject keeps the identity-level rule, and their own download is not a staff special read", async () => {
    await releaseReport(h.db, { reportId, actor: actorOf(fx.staff) });
    const found = await getReportForDownload(h.db, { reportId, userId: fx.owner.id });
    if (found.status !== "ok") throw new Error(`expected ok, got ${found.status}`);
    expect(found.report.viewer).toBe("subject");
    const before = (await specialReads()).length;
    await recordDownload(h.db, { report: found.report, actorId: fx.owner.id, actorRole: "subject" });
    expect((await specialReads()).length).toBe(before);
    // A staff member without the permission who is not the owner still gets nothing after release.
    expect((await getReportForDownload(h.db, { reportId, userId: fx.plainStaff.id, staffOrgIds: [fx.org.id] })).status).toBe("not_found");
  });
});

describe("expiry of unreleased reports (finding 15)", () => {
  it("a report never released expires after the organisation's lifetime: file deleted, row expired, audited", async () => {
    const fresh = await createReport(h.db, { requestId: fx.request.id, format: "json", actor: actorOf(fx.staff) });
    const old = await createReport(h.db, { requestId: fx.request.id, format: "json", actor: actorOf(fx.staff) });
    // A generation that died half-way long ago: only its partial file is on disk.
    const [stuck] = await h.db.insert(reports).values({ requestId: fx.request.id, format: "csv", locale: "fi", status: "generating", createdBy: fx.staff.id }).returning();
    const partial = `${resolveReportPath(reportStoragePath(stuck.id, "csv"))}.part`;
    fs.writeFileSync(partial, "partial");
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await h.db.update(reports).set({ createdAt: longAgo }).where(inArray(reports.id, [old.id, stuck.id]));
    const oldFile = resolveReportPath(old.storagePath!);
    const freshFile = resolveReportPath(fresh.storagePath!);
    expect(fs.existsSync(oldFile)).toBe(true);

    await expireReports(h.db);
    const rows = new Map((await reportRows()).map((r) => [r.id, r]));
    expect(rows.get(old.id)).toMatchObject({ status: "expired", storagePath: null });
    expect(rows.get(stuck.id)).toMatchObject({ status: "expired" });
    expect(rows.get(fresh.id)).toMatchObject({ status: "ready" });
    expect(fs.existsSync(oldFile)).toBe(false);
    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.existsSync(freshFile)).toBe(true);
    const expired = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, fx.request.id), eq(auditEvents.action, "report_expired")));
    expect(expired.map((e) => e.payload.reportId)).toEqual(expect.arrayContaining([old.id, stuck.id]));
    expect(expired.find((e) => e.payload.reportId === old.id)).toMatchObject({ actorRole: "system", payload: { released: false } });
    expect((await getReportForDownload(h.db, { reportId: old.id, userId: fx.staff.id, staffOrgIds: [fx.org.id] })).status).toBe("expired");
  });

  it("a released report expires at its expiry date (not counted from creation) and its file is deleted", async () => {
    const r = await createReport(h.db, { requestId: fx.request.id, format: "json", actor: actorOf(fx.staff) });
    await h.db.update(reports).set({ createdAt: new Date(Date.now() - 60 * 86_400_000) }).where(eq(reports.id, r.id));
    await releaseReport(h.db, { reportId: r.id, actor: actorOf(fx.staff) });
    const file = resolveReportPath(r.storagePath!);
    await expireReports(h.db);
    expect((await h.db.select().from(reports).where(eq(reports.id, r.id)))[0].status).toBe("ready");
    await expireReports(h.db, new Date(Date.now() + 31 * 86_400_000));
    expect((await h.db.select().from(reports).where(eq(reports.id, r.id)))[0].status).toBe("expired");
    expect(fs.existsSync(file)).toBe(false);
  });
});
