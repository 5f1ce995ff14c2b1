import "server-only";
import { countOpenGatheringTasks } from "../workflow/task-queries";
import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { caseNotes, itemMarks, organisations, personRecords, registers, reports, requestRecords, requests, type Report } from "../db/schema";
import type { Db } from "../db/client";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { reportStoragePath, resolveReportPath, type ReportFormat } from "./storage";
import { ActionError } from "../errors";
import { refuse } from "../workflow/errors";
import { assertActionAllowed } from "../workflow/action-rules";
import { canReadSpecialIn } from "../workflow/access-queries";
import { hasPendingFee } from "../workflow/fee-queries";
import { carryOverMarks } from "../workflow/mark-carry-queries";
import { isOpenStatus } from "../workflow/constants";
import { loadReportData } from "./load-queries";
import { isPortableNote, toPortableHead, type CaseNoteSource, type ReportHead } from "./report-data";
import { writePdfReport } from "./pdf";
import { writeJsonReport } from "./json";
import { writeCsvReport } from "./csv";

export { resolveReportPath, reportContentTypes, type ReportFormat } from "./storage";
export { loadReportData, iterateCaseNotes, type LoadReportInput, type ReportSource } from "./load-queries";
export { getReportForDownload, recordDownload, listRequestReports, type DownloadableReport, type DownloadLookup } from "./download-queries";
export { expireReports, UNRELEASED_LIFETIME_DAYS_DEFAULT } from "./expiry-queries";

/** Who acts: staff/admin of the request's organisation, or a background job ("system"). */
export type ReportActor = { id: string | null; role: "staff" | "admin" | "system"; organisationIds?: string[] };

const PROGRESS_EVERY = 500;
const writers: Record<ReportFormat, (h: ReportHead, n: CaseNoteSource, out: fs.WriteStream, o: { hasMarks: boolean }) => Promise<void>> = {
  pdf: (h, n, out, o) => writePdfReport(h, n, out, o),
  json: (h, n, out) => writeJsonReport(h, n, out),
  csv: (h, n, out) => writeCsvReport(h, n, out),
};

/** The organisation scope of an actor, as a WHERE condition on the request. */
function orgScope(actor: ReportActor): SQL | undefined {
  if (actor.role === "system") return undefined;
  const ids = actor.organisationIds ?? [];
  return ids.length ? inArray(requests.organisationId, ids) : sql`false`;
}

/**
 * Art. 9: a report that would hold special-category notes is generated only by a member allowed to read
 * them in the request's organisation (`memberships.canReadSpecial`); anyone else is refused with a
 * reason, before a row or a file exists. A background job ("system") is not a reader. Portability
 * carries only the subject's own notes, so only those count there.
 */
async function assertMayReadSpecialNotes(db: Db, actor: ReportActor, req: { organisationId: string; type: string }, personIds: string[]): Promise<void> {
  if (actor.role === "system" || !actor.id || personIds.length === 0) return;
  const [hit] = await db
    .select({ id: caseNotes.id })
    .from(caseNotes)
    .where(and(inArray(caseNotes.personId, personIds), eq(caseNotes.special, true), req.type === "portability" ? eq(caseNotes.source, "subject") : undefined))
    .limit(1);
  if (hit && !(await canReadSpecialIn(db, actor.id, req.organisationId))) refuse("special_permission_required", "forbidden");
}

/**
 * Generate the report file of an access (Art. 15) or portability (Art. 20) request: a `reports` row
 * goes generating → ready (or failed) while the file streams to disk, with `progress` updated every
 * 500 case notes so the staff page can show it. Done, it is audited in the same transaction as the
 * status change. The subject cannot see it before `releaseReport` (staff review and redact first).
 */
export async function createReport(
  db: Db,
  input: { requestId: string; format: ReportFormat; locale?: Locale; actor: ReportActor },
): Promise<Report> {
  const { actor, format } = input;
  const [req] = await db.select().from(requests).where(and(eq(requests.id, input.requestId), orgScope(actor)));
  if (!req) throw new ActionError("not_found");
  // The table of valid actions binds people; the system (jobs, fixtures) may still render a closed one.
  if (actor.role === "system") {
    if (req.type !== "access" && req.type !== "portability") throw new ActionError("conflict");
  } else assertActionAllowed("generateReport", req);
  const details = req.details as { registerIds?: string[]; includeIdentityCode?: boolean };
  const registerIds = details.registerIds ?? [];
  const persons = await db
    .select({ id: requestRecords.personId })
    .from(requestRecords)
    .innerJoin(personRecords, eq(personRecords.id, requestRecords.personId))
    .where(and(eq(requestRecords.requestId, req.id), registerIds.length ? inArray(personRecords.registerId, registerIds) : undefined));
  // The registers asked about ("all" when none are named), described even where no record exists.
  const askedRegisters = registerIds.length
    ? registerIds
    : (await db.select({ id: registers.id }).from(registers).where(eq(registers.organisationId, req.organisationId))).map((r) => r.id);
  await assertMayReadSpecialNotes(db, actor, req, persons.map((p) => p.id));
  // Earlier requests' redactions and withholdings on the same notes apply unless staff removed them here.
  if (isOpenStatus(req.status)) await carryOverMarks(db, actor, req);
  const locale = input.locale ?? req.locale;
  const [row] = await db.insert(reports).values({ requestId: req.id, format, locale, status: "generating", createdBy: actor.id }).returning();
  const storagePath = reportStoragePath(row.id, format);
  const file = resolveReportPath(storagePath);
  const partial = `${file}.part`;
  try {
    const source = await loadReportData(db, {
      requestId: req.id,
      personIds: persons.map((p) => p.id),
      registerIds: askedRegisters,
      organisationId: req.organisationId,
      locale,
      includeIdentityCode: details.includeIdentityCode === true,
    });
    const head = req.type === "portability" ? toPortableHead(source.head) : source.head;
    const total = head.registers.reduce((s, r) => s + r.records.reduce((t, rec) => t + rec.caseNoteCount, 0), 0);
    let done = 0;
    let special = 0;
    const counted: CaseNoteSource = async function* (recordId) {
      for await (const n of source.notes(recordId)) {
        if (head.scope === "portability" && !isPortableNote(n)) continue;
        if (n.special) special++;
        yield n;
        if (++done % PROGRESS_EVERY === 0) {
          await db.update(reports).set({ progress: Math.min(99, Math.floor((done * 100) / Math.max(total, 1))) }).where(eq(reports.id, row.id));
        }
      }
    };
    const [{ n: markCount }] = await db.select({ n: sql<number>`count(*)::int` }).from(itemMarks).where(eq(itemMarks.requestId, req.id));
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    await writers[format](head, counted, fs.createWriteStream(partial, { mode: 0o600 }), { hasMarks: Number(markCount) > 0 });
    fs.renameSync(partial, file);
    const sizeBytes = fs.statSync(file).size;
    return await db.transaction(async (tx) => {
      const [ready] = await tx
        .update(reports)
        .set({ status: "ready", progress: 100, storagePath, sizeBytes, containsSpecial: special > 0 })
        .where(eq(reports.id, row.id))
        .returning();
      await recordAudit(tx, {
        organisationId: req.organisationId,
        requestId: req.id,
        actorId: actor.id,
        actorRole: actor.role,
        action: "report_generated",
        // Counts only: whether special-category notes were included matters for the audit (Art. 9).
        payload: { reportId: row.id, format, locale, records: persons.length, caseNotes: done, specialNotes: special, marks: Number(markCount) },
      });
      if (special > 0 && actor.role !== "system") {
        // The same event as every other staff read of Art. 9 data (person page, access review).
        await recordAudit(tx, {
          organisationId: req.organisationId,
          requestId: req.id,
          actorId: actor.id,
          actorRole: actor.role,
          action: "person.special_read",
          payload: { reportId: row.id, context: "report_generated", specialNotes: special },
        });
      }
      return ready;
    });
  } catch (e) {
    fs.rmSync(partial, { force: true });
    await db.transaction(async (tx) => {
      await tx.update(reports).set({ status: "failed" }).where(eq(reports.id, row.id));
      await recordAudit(tx, {
        organisationId: req.organisationId,
        requestId: req.id,
        actorId: actor.id,
        actorRole: actor.role,
        action: "report_failed",
        payload: { reportId: row.id, format, error: (e as Error).name },
      });
    });
    throw e;
  }
}

/**
 * Make a ready report downloadable by the subject; the link lives `reportLifetimeDays` (organisation
 * setting, PRODUCT.md §8) from now. Idempotent: releasing twice keeps the first expiry.
 */
/** Released only when no fee waits for the subject's answer (Art. 12(5): nothing before acceptance). */
export async function releaseReport(db: Db, input: { reportId: string; actor: ReportActor; now?: Date; overrideReason?: string }): Promise<Report> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ report: reports, organisationId: requests.organisationId, status: requests.status, type: requests.type, settings: organisations.settings })
      .from(reports)
      .innerJoin(requests, eq(requests.id, reports.requestId))
      .innerJoin(organisations, eq(organisations.id, requests.organisationId))
      .where(and(eq(reports.id, input.reportId), eq(reports.status, "ready"), orgScope(input.actor)));
    if (!found) throw new ActionError("not_found");
    if (found.report.releasedAt) return found.report;
    if (input.actor.role !== "system") assertActionAllowed("releaseReport", found);
    if (await hasPendingFee(tx, found.report.requestId)) refuse("fee_pending");
    // Releasing is vouching for a reviewed copy: with Art. 9 notes in it, only a member who may read them can.
    if (found.report.containsSpecial && input.actor.role !== "system" && input.actor.id && !(await canReadSpecialIn(tx, input.actor.id, found.organisationId))) {
      refuse("special_permission_required", "forbidden");
    }
    // The report must hold everything: while "fetch the data from Clara" is open, the copy is incomplete
    // (Art. 15(3)). Releasing anyway takes a written reason, kept sealed in the audit event.
    const gathering = await countOpenGatheringTasks(tx, found.report.requestId);
    const overrideReason = input.overrideReason?.trim() ?? "";
    if (gathering > 0 && overrideReason.length < 10) refuse("gathering_tasks_open");
    const days = found.settings?.reportLifetimeDays ?? 30;
    const expiresAt = new Date(now.getTime() + days * 86_400_000);
    const [released] = await tx.update(reports).set({ releasedAt: now, expiresAt }).where(eq(reports.id, input.reportId)).returning();
    await recordAudit(tx, {
      organisationId: found.organisationId,
      requestId: found.report.requestId,
      actorId: input.actor.id,
      actorRole: input.actor.role,
      action: "report_released",
      payload: { reportId: input.reportId, format: found.report.format, lifetimeDays: days, ...(gathering > 0 ? { overrodeOpenTasks: gathering } : {}) },
      ...(gathering > 0 ? { personal: { overrideReason } } : {}),
    });
    return released;
  });
}
