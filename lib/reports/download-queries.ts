import "server-only";
import { logRequestReads } from "../persons/read-log-queries";
import { and, asc, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { identityVerifications, memberships, organisations, reports, requests } from "../db/schema";
import type { Db, DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import type { ReportFormat } from "./storage";
import { activeMembership } from "../auth/membership";

export type DownloadableReport = {
  id: string;
  requestId: string;
  organisationId: string;
  reference: string;
  format: ReportFormat;
  locale: Locale;
  storagePath: string;
  sizeBytes: number | null;
  /** Holds special-category notes (Art. 9): a staff download is a special-category read, audited as such. */
  containsSpecial: boolean;
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
 * review). Anyone else gets "not_found", never a hint that the report exists. A report holding
 * special-category notes is staff-downloadable only with `memberships.canReadSpecial` in the report's
 * organisation (in the WHERE too); the subject's own download keeps the identity-level rule below.
 */
export async function getReportForDownload(
  db: DbOrTx,
  input: { reportId: string; userId?: string | null; staffOrgIds?: string[]; now?: Date },
): Promise<DownloadLookup> {
  const who: SQL[] = [];
  if (input.userId) who.push(and(eq(requests.userId, input.userId), isNotNull(reports.releasedAt))!);
  if (input.staffOrgIds?.length) who.push(and(inArray(requests.organisationId, input.staffOrgIds), staffMayRead(input.userId ?? null))!);
  if (who.length === 0) return { status: "not_found" };
  const [row] = await db
    .select({ report: reports, organisationId: requests.organisationId, reference: requests.reference, ownerId: requests.userId, staffMay: staffMayRead(input.userId ?? null) })
    .from(reports)
    .innerJoin(requests, eq(requests.id, reports.requestId))
    .where(and(eq(reports.id, input.reportId), inArray(reports.status, ["ready", "expired"]), or(...who)));
  if (!row) return { status: "not_found" };
  const { report } = row;
  const now = input.now ?? new Date();
  if (report.status === "expired" || !report.storagePath || (report.expiresAt && report.expiresAt <= now)) return { status: "expired" };
  const isStaff = !!input.staffOrgIds?.includes(row.organisationId) && Boolean(row.staffMay);
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
      containsSpecial: report.containsSpecial,
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
  input: { report: Pick<DownloadableReport, "id" | "requestId" | "organisationId" | "format" | "viewer"> & { containsSpecial?: boolean }; actorId: string; actorRole: "subject" | "staff" | "admin" },
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
    // A staff download is a read of every record in the report (C-579/21 access log).
    if (report.viewer === "staff") await logRequestReads(tx, { organisationId: report.organisationId, requestId: report.requestId, actorId: input.actorId, purpose: "person_exported" });
    if (report.viewer === "staff" && report.containsSpecial) {
      // Staff opening Art. 9 notes: the same event as the person page and the access review.
      await recordAudit(tx, {
        organisationId: report.organisationId,
        requestId: report.requestId,
        actorId: input.actorId,
        actorRole: input.actorRole,
        action: "person.special_read",
        payload: { reportId: report.id, context: "report_downloaded" },
      });
    }
  });
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
      containsSpecial: reports.containsSpecial,
      createdAt: reports.createdAt,
    })
    .from(reports)
    .innerJoin(requests, eq(requests.id, reports.requestId))
    .where(and(eq(reports.requestId, input.requestId), or(...who)))
    .orderBy(asc(reports.createdAt));
}

/**
 * Staff may read this report: it holds no special-category notes, or the reader's membership in the
 * request's organisation allows them. A condition on the joined report and request rows.
 */
function staffMayRead(userId: string | null): SQL<boolean> {
  if (!userId) return sql<boolean>`(not ${reports.containsSpecial})`;
  return sql<boolean>`(not ${reports.containsSpecial} or exists (select 1 from ${memberships} where ${memberships.userId} = ${userId} and ${memberships.organisationId} = ${requests.organisationId} and ${memberships.canReadSpecial} and ${activeMembership}))`;
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
