import "server-only";
import fs from "node:fs";
import { and, eq, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { organisations, reports, requests } from "../db/schema";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/queries";
import { reportStoragePath, resolveReportPath } from "./storage";

/**
 * How long a report that was never released may stay, when the organisation sets no `reportLifetimeDays`.
 * An unreleased report is counted from its creation with the same lifetime a released one gets from its
 * release (PRODUCT.md §8): a forgotten draft holding case notes must not stay on disk for ever (issue 9,
 * finding 15).
 */
export const UNRELEASED_LIFETIME_DAYS_DEFAULT = 30;

/**
 * The scheduled expiry job: reports past their lifetime are marked expired and their files deleted.
 * Released reports expire at `expiresAt` (set at release); reports never released expire once
 * `reportLifetimeDays` (default 30) have passed since they were created — ready ones and generations
 * that never finished (their partial file is deleted too). Each expiry is audited with the system actor.
 */
export async function expireReports(db: Db, now = new Date()): Promise<number> {
  const lifetime = sql`(coalesce((${organisations.settings}->>'reportLifetimeDays')::int, ${UNRELEASED_LIFETIME_DAYS_DEFAULT}) * interval '1 day')`;
  const released = and(eq(reports.status, "ready"), isNotNull(reports.releasedAt), lte(reports.expiresAt, now));
  const unreleased = and(
    inArray(reports.status, ["ready", "generating"]),
    isNull(reports.releasedAt),
    sql`${reports.createdAt} + ${lifetime} <= ${now.toISOString()}::timestamptz`,
  );
  const due = await db
    .select({
      id: reports.id,
      requestId: reports.requestId,
      format: reports.format,
      status: reports.status,
      releasedAt: reports.releasedAt,
      storagePath: reports.storagePath,
      organisationId: requests.organisationId,
    })
    .from(reports)
    .innerJoin(requests, eq(requests.id, reports.requestId))
    .innerJoin(organisations, eq(organisations.id, requests.organisationId))
    .where(or(released, unreleased));
  for (const r of due) {
    if (r.storagePath) fs.rmSync(resolveReportPath(r.storagePath), { force: true });
    // A generation that died half-way leaves only its partial file.
    fs.rmSync(`${resolveReportPath(reportStoragePath(r.id, r.format))}.part`, { force: true });
    await db.transaction(async (tx) => {
      await tx.update(reports).set({ status: "expired", storagePath: null, expiresAt: r.releasedAt ? undefined : now }).where(eq(reports.id, r.id));
      await recordAudit(tx, {
        organisationId: r.organisationId,
        requestId: r.requestId,
        actorId: null,
        actorRole: "system",
        action: "report_expired",
        payload: { reportId: r.id, released: r.releasedAt !== null, previousStatus: r.status },
      });
    });
  }
  return due.length;
}
