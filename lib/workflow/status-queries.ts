import "server-only";
import { and, asc, eq, gte, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { internalNotes, messages, requests, type Request } from "../db/schema";
import {
  canExtend,
  computeDeadline,
  computeExtendedDeadline,
  computeTargetOn,
  legalHolidayOptions,
  targetHolidayOptions,
  pausedDaysBetween,
  toHelsinkiDate,
} from "../deadlines";
import { formatDate } from "@/emails";
import type { Locale } from "../db/types";
import { auditRequest, emailSubject, isHandlerOf, loadOrganisation, loadRequest } from "./load-queries";
import { ensureProcessorTasks, skipOpenTasks, taskActorOf } from "./task-queries";
import { refuse } from "./errors";
import { outcomeAppendix } from "./outcome-queries";
import { GROUNDS_NEEDING_JUSTIFICATION, isOpenStatus, type RejectionGround } from "./constants";
import { assertActionAllowed } from "./action-rules";
import type { ActOptions, StaffActor } from "./types";


/** Assign (or unassign) a handler. Taking a new request in hand starts it. */
export async function assignRequest(db: Db, actor: StaffActor, input: { requestId: string; assigneeId: string | null }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("assign", request);
    if (input.assigneeId && !(await isHandlerOf(tx, input.assigneeId, request.organisationId))) refuse("not_a_handler", "invalid_input");
    // Choosing the current handler again changes nothing and is not another audit event.
    if (input.assigneeId === request.assigneeId) return;
    const status = input.assigneeId && request.status === "new" ? "in_progress" : request.status;
    await tx.update(requests).set({ assigneeId: input.assigneeId, status, updatedAt: now }).where(eq(requests.id, request.id));
    await auditRequest(tx, actor, request, "request.assigned", {
      payload: { assigneeId: input.assigneeId, previousAssigneeId: request.assigneeId, status },
    });
    // Tasks are created at filing; assignment only tops up those of records linked since.
    if (input.assigneeId) await ensureProcessorTasks(tx, taskActorOf(actor, request.organisationId), { ...request, status });
  });
}

/**
 * Ask the subject for information (Art. 12(6) identity, Recital 63 clarification): status
 * awaiting_subject, a portal message with what is needed, and an email that only points to it. With the
 * organisation's pause setting the clock stops (EDPB 01/2022) — the reason is audited.
 */
export async function askForInformation(
  db: Db,
  actor: StaffActor,
  input: { requestId: string; reason: "identity" | "clarification"; message: string; pauseClock: boolean },
  opts: ActOptions = {},
) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("askInfo", request);
    const org = await loadOrganisation(tx, request.organisationId);
    const pause = org.settings.pauseClock && input.pauseClock && !request.pausedSince;
    await tx
      .update(requests)
      .set({
        status: "awaiting_subject",
        pausedSince: pause ? now : request.pausedSince,
        pauseReason: pause ? input.reason : request.pauseReason,
        updatedAt: now,
      })
      .where(eq(requests.id, request.id));
    const [msg] = await tx
      .insert(messages)
      .values({ requestId: request.id, authorId: actor.id, fromStaff: true, body: input.message, createdAt: now })
      .returning({ id: messages.id });
    await markSubjectMessagesRead(tx, request.id, now);
    const emailed = await emailSubject(tx, request, "info_needed");
    await auditRequest(tx, actor, request, "request.info_requested", {
      payload: { reason: input.reason, paused: pause, messageId: msg.id, emailed, previousStatus: request.status },
    });
  });
}

/**
 * End a running pause: the paused calendar days are added (LEGAL.md §1) and the due dates recomputed,
 * the extended one too. Used by staff ("the subject answered") and by the portal when the subject
 * replies. Runs in the caller's transaction; returns the updated row.
 */
export async function resumeClock(tx: DbOrTx, request: Request, now: Date): Promise<Request> {
  const org = await loadOrganisation(tx, request.organisationId);
  const added = request.pausedSince ? pausedDaysBetween(request.pausedSince, now) : 0;
  const pausedDays = request.pausedDays + added;
  // The target is not capped here: a paused request's target moves with the pause (as before).
  const { baseDueOn, dueOn } = computeDeadline({ receivedOn: request.receivedOn, pausedDays, holidayOptions: legalHolidayOptions(org.settings) });
  const extendedDueOn = request.extendedDueOn ? computeExtendedDeadline({ receivedOn: request.receivedOn, baseDueOn, pausedDays, holidayOptions: legalHolidayOptions(org.settings) }) : null;
  const targetOn = computeTargetOn(request.receivedOn, org.settings.internalTargetDays + pausedDays, targetHolidayOptions(org.settings));
  const status = request.status === "awaiting_subject" ? (request.assigneeId ? "in_progress" : "new") : request.status;
  const [row] = await tx
    .update(requests)
    .set({ status, pausedSince: null, pauseReason: null, pausedDays, baseDueOn, dueOn, extendedDueOn, targetOn, updatedAt: now })
    .where(eq(requests.id, request.id))
    .returning();
  return row;
}

export async function resumeRequest(db: Db, actor: StaffActor, input: { requestId: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("resume", request);
    // The pause ends when the subject answered, not when a handler got round to it (LEGAL.md §1).
    const [answer] = request.pausedSince
      ? await tx
          .select({ at: messages.createdAt })
          .from(messages)
          .where(and(eq(messages.requestId, request.id), eq(messages.fromStaff, false), gte(messages.createdAt, request.pausedSince)))
          .orderBy(asc(messages.createdAt))
          .limit(1)
      : [];
    const row = await resumeClock(tx, request, answer?.at ?? now);
    await auditRequest(tx, actor, request, "request.resumed", {
      payload: { pausedDays: row.pausedDays, addedDays: row.pausedDays - request.pausedDays, dueOn: row.dueOn, extendedDueOn: row.extendedDueOn },
    });
    return row;
  });
}

/**
 * The one extension of Art. 12(3): only while no extension exists and on or before the first due date,
 * with reasons, and the subject is told the new date and the reasons (LEGAL.md §1).
 */
export async function extendRequest(db: Db, actor: StaffActor, input: { requestId: string; reason: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  const today = toHelsinkiDate(now);
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("extend", request);
    if (request.extendedDueOn) refuse("already_extended");
    if (!canExtend({ today, dueOn: request.dueOn, extendedDueOn: request.extendedDueOn })) refuse("extension_too_late");
    const reason = input.reason.trim();
    if (reason.length < 20) refuse("reason_too_short", "invalid_input");
    const org = await loadOrganisation(tx, request.organisationId);
    const extendedDueOn = computeExtendedDeadline({ receivedOn: request.receivedOn, baseDueOn: request.baseDueOn, pausedDays: request.pausedDays, holidayOptions: legalHolidayOptions(org.settings) });
    await tx
      .update(requests)
      .set({ extendedDueOn, extensionReason: reason, extendedAt: now, updatedAt: now })
      .where(eq(requests.id, request.id));
    const emailed = await emailSubject(tx, request, "extension", {
      dueDate: formatDate(extendedDueOn, request.locale as Locale),
      reasons: reason,
    });
    await auditRequest(tx, actor, request, "request.extended", { payload: { dueOn: request.dueOn, extendedDueOn, emailed }, personal: { reason } });
    return extendedDueOn;
  });
}

/**
 * Refusal (Art. 12(4)): the reasons go to the subject with the right to complain and to a judicial
 * remedy (the `rejected` email). "Manifestly unfounded or excessive" puts the burden of proof on the
 * controller (Art. 12(5)), so a written justification is kept as an internal note.
 */
export async function rejectRequest(
  db: Db,
  actor: StaffActor,
  input: { requestId: string; ground: RejectionGround; reasons: string; justification?: string },
  opts: ActOptions = {},
) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("reject", request);
    const reasons = input.reasons.trim();
    if (!reasons) refuse("reason_required", "invalid_input");
    const justification = input.justification?.trim();
    if (GROUNDS_NEEDING_JUSTIFICATION.includes(input.ground) && (justification?.length ?? 0) < 40) refuse("justification_required", "invalid_input");
    const paused = request.pausedSince ? await resumeClock(tx, request, now) : request;
    const [closed] = await tx
      .update(requests)
      .set({ status: "rejected", rejectionGround: input.ground, decisionReasons: reasons, closedAt: now, updatedAt: now })
      .where(eq(requests.id, request.id))
      .returning();
    if (justification) {
      await tx.insert(internalNotes).values({ requestId: request.id, authorId: actor.id, body: justification, createdAt: now });
    }
    const skipped = await skipOpenTasks(tx, actor, request, "request_rejected", now);
    // The outcome and the remedies go after the (overridable) template text: emails/render.ts.
    const emailed = await emailSubject(tx, paused, "rejected", { reasons }, await outcomeAppendix(tx, closed));
    await auditRequest(tx, actor, request, "request.rejected", {
      payload: { ground: input.ground, emailed, skippedTasks: skipped, justified: Boolean(justification) },
      personal: { reasons, justification: justification ?? null },
    });
  });
}

/** Re-open a closed request (e.g. the subject points out something missed); deadlines are unchanged. */
export async function reopenRequest(db: Db, actor: StaffActor, input: { requestId: string; reason: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("reopen", request);
    await tx
      .update(requests)
      .set({ status: "in_progress", closedAt: null, rejectionGround: null, assigneeId: request.assigneeId ?? actor.id, updatedAt: now })
      .where(eq(requests.id, request.id));
    await auditRequest(tx, actor, request, "request.reopened", { payload: { previousStatus: request.status }, personal: { reason: input.reason } });
  });
}

/**
 * Forwarding (LEGAL.md §4): the association only processes for another controller, so the request goes
 * there and the subject is told to whom, in a portal message and by email.
 */
export async function forwardRequest(db: Db, actor: StaffActor, input: { requestId: string; controller: string; message: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("forward", request);
    await tx
      .update(requests)
      .set({ status: "completed", forwardedTo: input.controller, decisionReasons: input.message, pausedSince: null, pauseReason: null, closedAt: now, updatedAt: now })
      .where(eq(requests.id, request.id));
    await tx.insert(messages).values({ requestId: request.id, authorId: actor.id, fromStaff: true, body: input.message, createdAt: now });
    await skipOpenTasks(tx, actor, request, "request_forwarded", now);
    const emailed = await emailSubject(tx, request, "message_received");
    await auditRequest(tx, actor, request, "request.forwarded", { payload: { emailed }, personal: { controller: input.controller } });
  });
}

/** A message to the subject: shown in the portal; the email only says that there is one (no content). */
export async function postMessage(db: Db, actor: StaffActor, input: { requestId: string; body: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("message", request);
    const [msg] = await tx
      .insert(messages)
      .values({ requestId: request.id, authorId: actor.id, fromStaff: true, body: input.body, createdAt: now })
      .returning({ id: messages.id });
    await markSubjectMessagesRead(tx, request.id, now);
    const emailed = await emailSubject(tx, request, "message_received");
    await auditRequest(tx, actor, request, "request.message_sent", { payload: { messageId: msg.id, emailed } });
  });
}

/** Staff-only note: never shown to the subject, never emailed. */
export async function addInternalNote(db: Db, actor: StaffActor, input: { requestId: string; body: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId);
    assertActionAllowed("note", request);
    const [note] = await tx
      .insert(internalNotes)
      .values({ requestId: request.id, authorId: actor.id, body: input.body, createdAt: now })
      .returning({ id: internalNotes.id });
    await auditRequest(tx, actor, request, "request.note_added", { payload: { noteId: note.id } });
  });
}

/**
 * The "unread message from the subject" marker in the queue is the subject's messages with no read time:
 * cleared when staff open the request or answer it. Idempotent, one UPDATE.
 */
export async function markSubjectMessagesRead(tx: DbOrTx, requestId: string, now: Date) {
  await tx
    .update(messages)
    .set({ readAt: now })
    .where(and(eq(messages.requestId, requestId), eq(messages.fromStaff, false), isNull(messages.readAt)));
}
