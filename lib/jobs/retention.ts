import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import {
  internalNotes,
  authorityDocuments,
  itemMarks,
  messages,
  organisations,
  personRecords,
  registers,
  requestRecords,
  requests,
  tasks,
} from "../db/schema";
import type { RequestDetails } from "../db/types";
import { recordAudit } from "../audit/queries";
import { addMonthsClamped } from "../deadlines";
import { isStaffRole, roleIn } from "../auth/types";
import type { StaffActor } from "../workflow/types";

/**
 * Records whose register's retention rule says they are due for erasure (PRODUCT.md §8; seed 004: erased
 * when the client relationship has ended). A proposal only: staff approve each erasure. Left out: records
 * already anonymised, restricted ones (Art. 18: kept for the restriction's purpose) and those with an open
 * request (the request is handled first, on the data as it is).
 */
export async function listRetentionProposals(db: DbOrTx, actor: StaffActor, today: string) {
  if (!isStaffRole(actor.role) || actor.organisationIds.length === 0) return [];
  const rows = await db
    .select({
      id: personRecords.id,
      firstName: personRecords.firstName,
      lastName: personRecords.lastName,
      relationshipEnd: personRecords.relationshipEnd,
      registerId: registers.id,
      notice: registers.notice,
      months: registers.retentionMonthsAfterEnd,
    })
    .from(personRecords)
    .innerJoin(registers, eq(registers.id, personRecords.registerId))
    .where(
      and(
        inArray(personRecords.organisationId, actor.organisationIds),
        eq(registers.retentionRule, "erase_after_relationship_end"),
        isNotNull(personRecords.relationshipEnd),
        isNull(personRecords.anonymisedAt),
        eq(personRecords.restricted, false),
        sql`not exists (select 1 from ${requestRecords} rr join ${requests} r on r.id = rr.request_id
              where rr.person_id = ${personRecords.id} and r.closed_at is null)`,
      ),
    );
  return rows
    .map((r) => ({ ...r, dueOn: addMonthsClamped(String(r.relationshipEnd), r.months ?? 0) }))
    .filter((r) => r.dueOn <= today)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
}

/** Erase the approved records (each re-checked against the rule), one audit event per record. */
export async function approveRetentionErasure(db: Db, actor: StaffActor, input: { personIds: string[]; today: string }) {
  const due = new Map((await listRetentionProposals(db, actor, input.today)).map((p) => [p.id, p]));
  let erased = 0;
  for (const id of input.personIds) {
    const p = due.get(id);
    if (!p) continue;
    await db.transaction(async (tx) => {
      const [row] = await tx.select({ organisationId: personRecords.organisationId }).from(personRecords).where(eq(personRecords.id, id)).for("update");
      if (!row) return;
      await tx.delete(personRecords).where(eq(personRecords.id, id));
      await recordAudit(tx, {
        organisationId: row.organisationId,
        personId: id,
        actorId: actor.id,
        actorRole: roleIn(actor, row.organisationId),
        action: "person.retention_erased",
        payload: { registerId: p.registerId, rule: "erase_after_relationship_end", months: p.months ?? 0, dueOn: p.dueOn },
      });
      erased++;
    });
  }
  return erased;
}

function prunedDetails(d: RequestDetails): RequestDetails {
  switch (d.type) {
    case "access":
      return { type: "access", registerIds: d.registerIds, formats: d.formats };
    case "portability":
      return { type: "portability", registerIds: d.registerIds, formats: d.formats };
    case "rectification":
      return { type: "rectification", items: d.items.map((i) => ({ personId: "", field: i.field, decision: i.decision })) };
    case "erasure":
      return { type: "erasure", scope: d.scope, categories: d.categories, ground: d.ground, plan: d.plan };
    case "restriction":
      return { type: "restriction", ground: d.ground, explanation: "", registerIds: d.registerIds };
    case "objection":
      return { type: "objection", kind: d.kind, registerIds: d.registerIds };
    case "consent_withdrawal":
      return { type: "consent_withdrawal", consentIds: [] };
  }
}

/**
 * Closed requests older than the organisation's `closedRequestRetentionYears` (default 3) are pruned to
 * statistics: type, channel, status, dates and the coded decision stay (so the dashboard and the
 * accountability export still count them); names, addresses, messages, notes, reasons and links go.
 */
export async function pruneClosedRequests(db: Db, today: string, opts: { batch?: number } = {}) {
  const orgs = await db.select({ id: organisations.id, settings: organisations.settings }).from(organisations);
  let pruned = 0;
  for (const org of orgs) {
    const years = org.settings.closedRequestRetentionYears ?? 3;
    const cutoff = addMonthsClamped(today, -12 * years);
    const old = await db
      .select()
      .from(requests)
      .where(
        and(
          eq(requests.organisationId, org.id),
          isNotNull(requests.closedAt),
          lt(sql`(${requests.closedAt} at time zone 'Europe/Helsinki')::date`, sql`${cutoff}::date`),
          sql`${requests.subjectName} <> '-'`,
        ),
      )
      .limit(opts.batch ?? 500);
    for (const r of old) {
      await db.transaction(async (tx) => {
        for (const table of [messages, internalNotes, tasks, itemMarks, requestRecords, authorityDocuments]) {
          await tx.delete(table).where(eq(table.requestId, r.id));
        }
        await tx
          .update(requests)
          .set({
            subjectName: "-",
            subjectEmail: null,
            userId: null,
            representativeName: null,
            representativeRole: null,
            representedBirthDate: null,
            representedIdentityLookup: null,
            assigneeId: null,
            extensionReason: null,
            decisionReasons: null,
            forwardedTo: r.forwardedTo ? "-" : null,
            details: prunedDetails(r.details),
            updatedAt: new Date(),
          })
          .where(eq(requests.id, r.id));
        await recordAudit(tx, { organisationId: org.id, requestId: r.id, actorId: null, actorRole: "system", action: "request.pruned", payload: { years } });
      });
      pruned++;
    }
  }
  return pruned;
}
