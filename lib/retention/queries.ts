import "server-only";
import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { organisations, personRecords, processors, registers, requestRecords, requests, retentionProposals, retentionTasks } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { isStaffRole, roleIn } from "../auth/types";
import { ActionError } from "../errors";
import type { StaffActor } from "../workflow/types";

/** The day a record is due, in SQL (date + interval clamps month ends like addMonthsClamped in rules.ts). */
const dueOnSql = sql<string>`(case ${registers.retentionRule}
  when 'fixed_term' then ((${personRecords.createdAt} at time zone 'Europe/Helsinki')::date + make_interval(months => coalesce(${registers.retentionMonthsAfterEnd}, 0)::int))::date
  else (${personRecords.relationshipEnd} + make_interval(months => coalesce(${registers.retentionMonthsAfterEnd}, 0)::int))::date
end)`;

/**
 * Records due under their register's rule on `today`. Left out: rules without a period, records already
 * anonymised, restricted ones (Art. 18: kept for the restriction's purpose) and those with an open request
 * (the request is handled first, on the data as it is). Legal retention is never due before its period.
 */
async function dueRecords(db: DbOrTx, organisationIds: string[], today: string, personIds?: string[]) {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select({
      personId: personRecords.id,
      organisationId: personRecords.organisationId,
      registerId: registers.id,
      rule: registers.retentionRule,
      months: registers.retentionMonthsAfterEnd,
      dueOn: dueOnSql,
    })
    .from(personRecords)
    .innerJoin(registers, eq(registers.id, personRecords.registerId))
    .where(
      and(
        inArray(personRecords.organisationId, organisationIds),
        personIds ? inArray(personRecords.id, personIds) : undefined,
        inArray(registers.retentionRule, ["erase_after_relationship_end", "fixed_term", "legal_retention"]),
        sql`(${registers.retentionRule} = 'fixed_term' or ${personRecords.relationshipEnd} is not null)`,
        isNull(personRecords.anonymisedAt),
        eq(personRecords.restricted, false),
        sql`${dueOnSql} <= ${today}::date`,
        sql`not exists (select 1 from ${requestRecords} rr join ${requests} r on r.id = rr.request_id
              where rr.person_id = ${personRecords.id} and r.closed_at is null)`,
      ),
    );
  return rows.map((r) => ({ ...r, dueOn: String(r.dueOn).slice(0, 10) }));
}

/** Insert a proposal for each due record without an open one; returns how many were new. Idempotent. */
async function proposeIn(db: DbOrTx, organisationIds: string[], today: string, personIds?: string[]): Promise<Map<string, number>> {
  const due = await dueRecords(db, organisationIds, today, personIds);
  const made = new Map<string, number>();
  for (const d of due) {
    // The partial unique index (one open proposal per record) makes concurrent runs harmless.
    const ins = await db
      .insert(retentionProposals)
      .values({ organisationId: d.organisationId, registerId: d.registerId, personId: d.personId, rule: d.rule, months: d.months, dueOn: d.dueOn })
      .onConflictDoNothing()
      .returning({ id: retentionProposals.id });
    if (ins.length) made.set(d.organisationId, (made.get(d.organisationId) ?? 0) + 1);
  }
  return made;
}

/**
 * The scheduled proposal run (lib/jobs/workers.ts, once a day under the job_runs lease): every
 * organisation's due records become proposals for staff, one audit event per organisation with the count.
 */
export async function proposeRetentionErasures(db: Db, today: string): Promise<number> {
  const orgIds = (await db.select({ id: organisations.id }).from(organisations)).map((o) => o.id);
  let total = 0;
  for (const orgId of orgIds) {
    await db.transaction(async (tx) => {
      const made = (await proposeIn(tx, [orgId], today)).get(orgId) ?? 0;
      if (made === 0) return;
      total += made;
      await recordAudit(tx, { organisationId: orgId, actorId: null, actorRole: "system", action: "retention.proposed", payload: { count: made, today } });
    });
  }
  return total;
}

/**
 * What the staff retention page shows: open proposals (topped up for today first, so a rule just set
 * shows at once) and approved erasures whose external tasks are not all done.
 */
export async function listRetentionProposals(db: Db, actor: StaffActor, today: string) {
  if (!isStaffRole(actor.role) || actor.organisationIds.length === 0) return { proposals: [], pending: [] };
  await proposeIn(db, actor.organisationIds, today);
  const due = new Set((await dueRecords(db, actor.organisationIds, today)).map((d) => d.personId));
  const open = await db
    .select({
      proposalId: retentionProposals.id,
      personId: personRecords.id,
      firstName: personRecords.firstName,
      lastName: personRecords.lastName,
      relationshipEnd: personRecords.relationshipEnd,
      rule: retentionProposals.rule,
      months: retentionProposals.months,
      dueOn: retentionProposals.dueOn,
      notice: registers.notice,
      law: registers.retentionLaw,
    })
    .from(retentionProposals)
    .innerJoin(personRecords, eq(personRecords.id, retentionProposals.personId))
    .innerJoin(registers, eq(registers.id, retentionProposals.registerId))
    .where(and(inArray(retentionProposals.organisationId, actor.organisationIds), eq(retentionProposals.status, "proposed")))
    .orderBy(asc(retentionProposals.dueOn), asc(retentionProposals.id));
  const tasks = await db
    .select({
      taskId: retentionTasks.id,
      proposalId: retentionTasks.proposalId,
      title: retentionTasks.title,
      action: retentionTasks.action,
      decidedAt: retentionProposals.decidedAt,
      notice: registers.notice,
    })
    .from(retentionTasks)
    .innerJoin(retentionProposals, eq(retentionProposals.id, retentionTasks.proposalId))
    .innerJoin(registers, eq(registers.id, retentionProposals.registerId))
    .where(and(inArray(retentionProposals.organisationId, actor.organisationIds), eq(retentionTasks.status, "open")))
    .orderBy(asc(retentionProposals.decidedAt), asc(retentionTasks.title));
  // A proposal whose record is no longer due (e.g. restricted since, or an open request) waits unlisted.
  return { proposals: open.filter((p) => due.has(p.personId)), pending: tasks };
}

/**
 * Erase the approved records, each re-checked against its register's rule today (never before a legal
 * retention period ends), in one transaction per record: the record goes, the proposal is approved, and
 * a manual task is made for each processor (erase in their system, Art. 28) and recipient (Art. 19) of
 * the register that takes erasure tasks. One audit event per record.
 */
export async function approveRetentionErasure(db: Db, actor: StaffActor, input: { personIds: string[]; today: string }) {
  if (!isStaffRole(actor.role) || actor.organisationIds.length === 0) return 0;
  let erased = 0;
  for (const personId of [...new Set(input.personIds)]) {
    await db.transaction(async (tx) => {
      await proposeIn(tx, actor.organisationIds, input.today, [personId]);
      const [due] = await dueRecords(tx, actor.organisationIds, input.today, [personId]);
      if (!due) return;
      const [proposal] = await tx
        .select()
        .from(retentionProposals)
        .where(and(eq(retentionProposals.personId, personId), eq(retentionProposals.status, "proposed"), inArray(retentionProposals.organisationId, actor.organisationIds)))
        .for("update");
      if (!proposal) return;
      const [reg] = await tx.select({ law: registers.retentionLaw }).from(registers).where(eq(registers.id, due.registerId));
      await tx.delete(personRecords).where(eq(personRecords.id, personId));
      const now = new Date();
      await tx.update(retentionProposals).set({ status: "approved", decidedBy: actor.id, decidedAt: now }).where(eq(retentionProposals.id, proposal.id));
      const targets = (await tx.select().from(processors).where(eq(processors.registerId, due.registerId)).orderBy(asc(processors.kind), asc(processors.name))).filter((p) =>
        p.taskFor.includes("erasure"),
      );
      if (targets.length) {
        await tx.insert(retentionTasks).values(
          targets.map((p) => ({ proposalId: proposal.id, processorId: p.id, action: p.kind === "recipient" ? "notify_recipient" : "erase_external", title: p.name })),
        );
      }
      await recordAudit(tx, {
        organisationId: due.organisationId,
        personId,
        actorId: actor.id,
        actorRole: roleIn(actor, due.organisationId),
        action: "person.retention_erased",
        payload: { proposalId: proposal.id, registerId: due.registerId, rule: due.rule, months: due.months ?? 0, dueOn: due.dueOn, law: reg?.law ?? null, tasks: targets.length },
      });
      erased++;
    });
  }
  return erased;
}

/** An external erasure or recipient notice done; scoped to the actor's organisations in the WHERE. */
export async function markRetentionTaskDone(db: Db, actor: StaffActor, input: { taskId: string }) {
  if (!isStaffRole(actor.role) || actor.organisationIds.length === 0) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ task: retentionTasks, organisationId: retentionProposals.organisationId })
      .from(retentionTasks)
      .innerJoin(retentionProposals, eq(retentionProposals.id, retentionTasks.proposalId))
      .where(and(eq(retentionTasks.id, input.taskId), inArray(retentionProposals.organisationId, actor.organisationIds), ne(retentionTasks.status, "done")))
      .for("update");
    if (!row) throw new ActionError("not_found");
    await tx.update(retentionTasks).set({ status: "done", doneBy: actor.id, doneAt: new Date() }).where(eq(retentionTasks.id, row.task.id));
    await recordAudit(tx, {
      organisationId: row.organisationId,
      actorId: actor.id,
      actorRole: roleIn(actor, row.organisationId),
      action: "retention.task_done",
      payload: { proposalId: row.task.proposalId, taskId: row.task.id, processorId: row.task.processorId, action: row.task.action },
    });
  });
}
