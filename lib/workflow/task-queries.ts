import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx, Db } from "../db/client";
import { personRecords, processors, registers, requestRecords, tasks, type Processor, type Request } from "../db/schema";
import { ActionError } from "../errors";
import { auditRequest, loadRequest } from "./load-queries";
import { recordAudit, type AuditInput } from "../audit/queries";
import { roleIn } from "../auth/types";
import { GATHERING_ACTIONS } from "./task-actions";
import { refuse } from "./errors";
import { assertActionAllowed } from "./action-rules";
import type { ActOptions, StaffActor } from "./types";

/** Art. 19 notifications exist for rectification, erasure and restriction only. */
const ART19_TYPES = new Set(["rectification", "erasure", "restriction"]);

/** Task action codes (translated in the UI): what must be done in the external system. */
const EXTERNAL_VERB: Record<Request["type"], string> = {
  access: "access",
  rectification: "rectify",
  erasure: "erase",
  restriction: "restrict",
  objection: "object",
  consent_withdrawal: "withdraw_consent",
  portability: "export",
};

export function taskActionFor(kind: "processor" | "recipient", type: Request["type"]): string {
  if (kind === "recipient") return "notify_recipient";
  return `${EXTERNAL_VERB[type]}_external`;
}

/** The registers a request concerns: those of its linked records, narrowed by registers it names. */
async function requestRegisterIds(tx: DbOrTx, request: Request): Promise<string[]> {
  const linked = await tx
    .selectDistinct({ id: personRecords.registerId })
    .from(requestRecords)
    .innerJoin(personRecords, eq(personRecords.id, requestRecords.personId))
    .where(eq(requestRecords.requestId, request.id));
  const all = linked.length ? [] : await tx.select({ id: registers.id }).from(registers).where(eq(registers.organisationId, request.organisationId));
  return concernedRegisterIds(request, linked.map((r) => r.id), all.map((r) => r.id));
}

/** Pure: the registers of the linked records (else all the organisation's), narrowed by the registers the request names. */
export function concernedRegisterIds(request: Pick<Request, "details">, linkedRegisterIds: string[], allRegisterIds: string[]): string[] {
  let ids = [...new Set(linkedRegisterIds)];
  if (ids.length === 0) ids = allRegisterIds;
  const named = "registerIds" in request.details ? request.details.registerIds : [];
  if (named?.length) {
    const narrowed = ids.filter((i) => named.includes(i));
    if (narrowed.length) ids = narrowed;
  }
  return ids;
}

/** Who caused tasks to be created: the filer (subject or staff), a handler, or the system. */
export type TaskActor = { id: string | null; role: "subject" | "staff" | "admin" | "system" };

/**
 * Manual tasks for the processors (Art. 28) and recipients (Art. 19) of the request's registers whose
 * `taskFor` lists the request type. Created when the request is filed (issue 11: a request completed
 * without ever being assigned still has them) and topped up when records are linked later; a processor
 * that already has a task on the request gets no second one. Runs inside the caller's transaction and
 * returns how many were created.
 */
export async function ensureProcessorTasks(tx: DbOrTx, actor: TaskActor, request: Request): Promise<number> {
  const registerIds = await requestRegisterIds(tx, request);
  if (registerIds.length === 0) return 0;
  const existing = (await tx.select({ processorId: tasks.processorId }).from(tasks).where(and(eq(tasks.requestId, request.id), isNotNull(tasks.processorId)))).map(
    (t) => t.processorId,
  );
  const procs = await tx.select().from(processors).where(inArray(processors.registerId, registerIds)).orderBy(...processorOrder);
  const planned = plannedProcessorTasks(actor, request, registerIds, procs, existing);
  if (!planned) return 0;
  await tx.insert(tasks).values(planned.rows);
  await recordAudit(tx, planned.event);
  return planned.rows.length;
}

/** The order tasks are created in (by kind, then name, in the database's collation). */
export const processorOrder = [asc(processors.kind), asc(processors.name)];

/**
 * Pure: the tasks to create and their audit event, from the processors already read (a new filing
 * reads them with its other reads and writes them in its one pipelined transaction; issue 13).
 */
export function plannedProcessorTasks(actor: TaskActor, request: Pick<Request, "id" | "type" | "organisationId">, registerIds: string[], procs: Processor[], existingProcessorIds: Array<string | null> = []) {
  // `procs` in processorOrder; those of other registers are skipped here.
  const existing = new Set(existingProcessorIds);
  const wanted = procs
    .filter((p) => registerIds.includes(p.registerId))
    .filter((p) => !existing.has(p.id) && p.taskFor.includes(request.type) && (p.kind === "processor" || ART19_TYPES.has(request.type)));
  if (wanted.length === 0) return null;
  return {
    rows: wanted.map((p) => ({
      requestId: request.id,
      kind: "manual" as const,
      action: taskActionFor(p.kind, request.type),
      processorId: p.id,
      title: p.name,
    })),
    event: {
      organisationId: request.organisationId,
      requestId: request.id,
      actorId: actor.id,
      actorRole: actor.role,
      action: "tasks.created",
      payload: { count: wanted.length, processorIds: wanted.map((p) => p.id) },
    } satisfies AuditInput,
  };
}

/** A staff actor as the author of created tasks. */
export function taskActorOf(actor: StaffActor, organisationId: string): TaskActor {
  return { id: actor.id, role: roleIn(actor, organisationId) };
}

async function loadTask(tx: DbOrTx, request: Request, taskId: string) {
  const [task] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.requestId, request.id)))
    .for("update");
  if (!task) throw new ActionError("not_found");
  return task;
}

/** A fulfilment step done in the external system (PRODUCT.md §2 "Task"). */
export async function markTaskDone(db: Db, actor: StaffActor, input: { requestId: string; taskId: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("taskUpdate", request);
    const task = await loadTask(tx, request, input.taskId);
    if (task.status !== "open") refuse("task_not_open");
    await tx.update(tasks).set({ status: "done", doneBy: actor.id, doneAt: now }).where(eq(tasks.id, task.id));
    await auditRequest(tx, actor, request, "task.done", { payload: { taskId: task.id, action: task.action, processorId: task.processorId } });
  });
}

/** Skipping needs a reason (a request closes only when every task is done or skipped with one). */
export async function skipTask(db: Db, actor: StaffActor, input: { requestId: string; taskId: string; reason: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("taskUpdate", request);
    const task = await loadTask(tx, request, input.taskId);
    if (task.status !== "open") refuse("task_not_open");
    if (!input.reason.trim()) refuse("reason_required", "invalid_input");
    await tx.update(tasks).set({ status: "skipped", skipReason: input.reason.trim(), doneBy: actor.id, doneAt: now }).where(eq(tasks.id, task.id));
    await auditRequest(tx, actor, request, "task.skipped", {
      payload: { taskId: task.id, action: task.action, processorId: task.processorId },
      personal: { reason: input.reason.trim() },
    });
  });
}

/** Close the open tasks of a request that ends without fulfilment (rejected, forwarded), with a coded reason. */
export async function skipOpenTasks(tx: DbOrTx, actor: StaffActor, request: Request, reasonCode: string, now: Date) {
  const skipped = await tx
    .update(tasks)
    .set({ status: "skipped", skipReason: reasonCode, doneBy: actor.id, doneAt: now })
    .where(and(eq(tasks.requestId, request.id), eq(tasks.status, "open")))
    .returning({ id: tasks.id });
  return skipped.length;
}

export async function countOpenTasks(tx: DbOrTx, requestId: string): Promise<number> {
  const rows = await tx.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.requestId, requestId), eq(tasks.status, "open")));
  return rows.length;
}


export async function countOpenGatheringTasks(tx: DbOrTx, requestId: string): Promise<number> {
  const rows = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.requestId, requestId), eq(tasks.status, "open"), inArray(tasks.action, [...GATHERING_ACTIONS])));
  return rows.length;
}
