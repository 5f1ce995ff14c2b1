import "server-only";
import fs from "node:fs";
import { and, asc, eq, inArray, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import { identityVerifications, organisations, reports, requests } from "../db/schema";
import type { Db, DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { resolveReportPath, type ReportFormat } from "./storage";

export type DownloadableReport = {
  id: string;
  requestId: string;
  organisationId: string;
  reference: string;
  format: ReportFormat;
  locale: Locale;
  storagePath: string;
  sizeBytes: number | null;
  /** Who is downloading: the subject who owns the request, or staff of its organisation. */
  viewer: "subject" | "staff";
};
export type DownloadLookup =
  | { status: "ok"; report: DownloadableReport }
  | { status: "expired" }
  | { status: "not_found" }
  | { status: "verification_required"; level: number };

/**
 * The report a user may download, authorised in the WHERE: the subject whose account filed the
 * request (only once released), or staff of the request's organisation (also before release, to
 * review). Anyone else gets "not_found", never a hint that the report exists.
 */
export async function getReportForDownload(
  db: DbOrTx,
  input: { reportId: string; userId?: string | null; staffOrgIds?: string[]; now?: Date },
): Promise<DownloadLookup> {
  const who: SQL[] = [];
  if (input.userId) who.push(and(eq(requests.userId, input.userId), isNotNull(reports.releasedAt))!);
  if (input.staffOrgIds?.length) who.push(inArray(requests.organisationId, input.staffOrgIds));
  if (who.length === 0) return { status: "not_found" };
  const [row] = await db
    .select({ report: reports, organisationId: requests.organisationId, reference: requests.reference, ownerId: requests.userId })
    .from(reports)
    .innerJoin(requests, eq(requests.id, reports.requestId))
    .where(and(eq(reports.id, input.reportId), inArray(reports.status, ["ready", "expired"]), or(...who)));
  if (!row) return { status: "not_found" };
  const { report } = row;
  const now = input.now ?? new Date();
  if (report.status === "expired" || !report.storagePath || (report.expiresAt && report.expiresAt <= now)) return { status: "expired" };
  const isStaff = !!input.staffOrgIds?.includes(row.organisationId);
  if (!isStaff && report.containsSpecial && row.ownerId) {
    // PRODUCT.md §4: a report with special-category data needs the organisation's report level (default 3).
    const required = await requiredSpecialLevel(db, row.organisationId);
    const level = await currentLevel(db, row.ownerId, row.organisationId);
    if (level < required) return { status: "verification_required", level: required };
  }
  return {
    status: "ok",
    report: {
      id: report.id,
      requestId: report.requestId,
      organisationId: row.organisationId,
      reference: row.reference,
      format: report.format,
      locale: report.locale,
      storagePath: report.storagePath,
      sizeBytes: report.sizeBytes,
      viewer: isStaff ? "staff" : "subject",
    },
  };
}

/**
 * Count and audit one download (PRODUCT.md §2: audit on report download) in one transaction. The
 * count is the subject's downloads, so staff reviewing the file do not make it look received.
 */
export async function recordDownload(
  db: Db,
  input: { report: Pick<DownloadableReport, "id" | "requestId" | "organisationId" | "format" | "viewer">; actorId: string; actorRole: "subject" | "staff" | "admin" },
): Promise<void> {
  const { report } = input;
  await db.transaction(async (tx) => {
    if (report.viewer === "subject") {
      await tx.update(reports).set({ downloadCount: sql`${reports.downloadCount} + 1` }).where(eq(reports.id, report.id));
    }
    await recordAudit(tx, {
      organisationId: report.organisationId,
      requestId: report.requestId,
      actorId: input.actorId,
      actorRole: input.actorRole,
      action: "report_downloaded",
      payload: { reportId: report.id, format: report.format, viewer: report.viewer },
    });
  });
}

/** Delete the files of reports past their expiry and mark them expired (a scheduled job). */
export async function expireReports(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: reports.id, requestId: reports.requestId, storagePath: reports.storagePath, organisationId: requests.organisationId })
    .from(reports)
    .innerJoin(requests, eq(requests.id, reports.requestId))
    .where(and(eq(reports.status, "ready"), lte(reports.expiresAt, now)));
  for (const r of due) {
    if (r.storagePath) fs.rmSync(resolveReportPath(r.storagePath), { force: true });
    await db.transaction(async (tx) => {
      await tx.update(reports).set({ status: "expired", storagePath: null }).where(eq(reports.id, r.id));
      await recordAudit(tx, { organisationId: r.organisationId, requestId: r.requestId, actorId: null, actorRole: "system", action: "report_expired", payload: { reportId: r.id } });
    });
  }
  return due.length;
}

/** The reports of a request, for its page: the subject sees released ones, staff of the organisation all. */
export async function listRequestReports(db: DbOrTx, input: { requestId: string; userId?: string | null; staffOrgIds?: string[] }) {
  const who: SQL[] = [];
  if (input.userId) who.push(and(eq(requests.userId, input.userId), isNotNull(reports.releasedAt))!);
  if (input.staffOrgIds?.length) who.push(inArray(requests.organisationId, input.staffOrgIds));
  if (who.length === 0) return [];
  return db
    .select({
      id: reports.id,
      format: reports.format,
      locale: reports.locale,
      status: reports.status,
      progress: reports.progress,
      sizeBytes: reports.sizeBytes,
      releasedAt: reports.releasedAt,
      expiresAt: reports.expiresAt,
      downloadCount: reports.downloadCount,
      createdAt: reports.createdAt,
    })
    .from(reports)
    .innerJoin(requests, eq(requests.id, reports.requestId))
    .where(and(eq(reports.requestId, input.requestId), or(...who)))
    .orderBy(asc(reports.createdAt));
}

async function requiredSpecialLevel(db: DbOrTx, organisationId: string): Promise<number> {
  const [org] = await db.select({ settings: organisations.settings }).from(organisations).where(eq(organisations.id, organisationId));
  return org?.settings?.specialCategoryReportLevel ?? 3;
}

async function currentLevel(db: DbOrTx, userId: string, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ level: sql<number>`coalesce(max(${identityVerifications.level}), 1)::int` })
    .from(identityVerifications)
    .where(and(eq(identityVerifications.userId, userId), eq(identityVerifications.organisationId, organisationId)));
  return Number(row?.level ?? 1);
}
