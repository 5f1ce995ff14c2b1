import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { consents, requestRecords, requests } from "../db/schema";
import { toHelsinkiDate } from "../deadlines";
import { auditRequest, emailSubject, loadRequest } from "./load-queries";
import { countOpenTasks, ensureProcessorTasks, taskActorOf } from "./task-queries";
import { isOpenStatus } from "./constants";
import { fulfilmentDone } from "./rights-queries";
import { resumeClock } from "./status-queries";
import { refuse } from "./errors";
import { outcomeAppendix } from "./outcome-queries";
import { hasPendingFee } from "./fee-queries";
import { assertActionAllowed } from "./action-rules";
import type { ActOptions, StaffActor } from "./types";

/**
 * Complete a request: refused while a task is open (PRODUCT.md §2: every task done or skipped with a
 * reason), while identity is unresolved, and before the fulfilment of its type has happened (items
 * decided, erasure executed, restriction applied, objection decided, consents withdrawn). The subject
 * is emailed a link to the portal, never the data itself.
 */
export async function completeRequest(db: Db, actor: StaffActor, input: { requestId: string; summary?: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  // A request filed before tasks were made at filing (or whose records were linked since) gets its
  // processor/recipient tasks now, committed on their own: the completion below then refuses while they
  // are open instead of closing a request whose external systems were never touched (issue 11).
  await db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    if (isOpenStatus(request.status)) await ensureProcessorTasks(tx, taskActorOf(actor, request.organisationId), request);
  });
  return db.transaction(async (tx) => {
    let request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("complete", request);
    // Art. 12(5): a fee must be accepted before anything is fulfilled.
    if (await hasPendingFee(tx, request.id)) refuse("fee_pending");
    const d = request.details;
    if (d.type === "rectification" && d.items.some((i) => !i.decision)) refuse("items_undecided");
    if (d.type === "consent_withdrawal" && d.consentIds.length) {
      const pending = await tx
        .select({ id: consents.id })
        .from(consents)
        .where(and(inArray(consents.id, d.consentIds), isNull(consents.withdrawnAt)));
      if (pending.length) refuse("consents_not_withdrawn");
    }
    if (!(await fulfilmentDone(tx, request.id, d.type))) refuse(`${d.type}_not_done`);
    // After the request's own step: the handler is told what is missing in the order it is done.
    if ((await countOpenTasks(tx, request.id)) > 0) refuse("tasks_open");
    if (request.pausedSince) request = await resumeClock(tx, request, now);
    const [closed] = await tx
      .update(requests)
      .set({
        status: "completed",
        closedAt: now,
        decisionReasons: input.summary?.trim() || request.decisionReasons,
        assigneeId: request.assigneeId ?? actor.id,
        updatedAt: now,
      })
      .where(eq(requests.id, request.id))
      .returning();
    const emailed = await emailSubject(tx, request, "completed", {}, await outcomeAppendix(tx, closed));
    const onTime = (request.extendedDueOn ?? request.dueOn) >= toHelsinkiDate(now);
    await auditRequest(tx, actor, request, "request.completed", {
      payload: { emailed, onTime },
      personal: input.summary?.trim() ? { summary: input.summary.trim() } : undefined,
    });
  });
}


/**
 * "We hold no data about you" (Art. 15(1), issue 11 §4): an access request whose person, signed in but
 * matched to no record, gets that answer as a completed request, within the deadline — not a refusal
 * and not a wait for identity that can never be verified against nothing. Refused once any record is
 * linked (then the data is the answer). The Art. 15(1)(a)–(h) register information is still given:
 * the subject's page lists the registers and their privacy notices, and a report can be generated.
 */
export async function completeNoDataHeld(db: Db, actor: StaffActor, input: { requestId: string; summary?: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    let request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    if (!isOpenStatus(request.status)) refuse("request_closed");
    const details = request.details;
    if (details.type !== "access") refuse("wrong_type");
    const linked = await tx.select({ id: requestRecords.personId }).from(requestRecords).where(eq(requestRecords.requestId, request.id)).limit(1);
    if (linked.length) refuse("records_linked");
    if (request.pausedSince) request = await resumeClock(tx, request, now);
    const [closed] = await tx
      .update(requests)
      .set({
        status: "completed",
        details: { ...details, noDataHeld: true },
        decisionReasons: input.summary?.trim() || null,
        closedAt: now,
        assigneeId: request.assigneeId ?? actor.id,
        updatedAt: now,
      })
      .where(eq(requests.id, request.id))
      .returning();
    const emailed = await emailSubject(tx, closed, "completed", {}, await outcomeAppendix(tx, closed));
    const onTime = (request.extendedDueOn ?? request.dueOn) >= toHelsinkiDate(now);
    await auditRequest(tx, actor, request, "request.no_data_held", {
      payload: { emailed, onTime, previousStatus: request.status },
      personal: input.summary?.trim() ? { summary: input.summary.trim() } : undefined,
    });
  });
}
