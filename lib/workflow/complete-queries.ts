import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { consents, requests } from "../db/schema";
import { toHelsinkiDate } from "../deadlines";
import { auditRequest, emailSubject, loadRequest } from "./load-queries";
import { countOpenTasks } from "./task-queries";
import { fulfilmentDone } from "./rights-queries";
import { resumeClock } from "./status-queries";
import { refuse } from "./errors";
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
  return db.transaction(async (tx) => {
    let request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("complete", request);
    const open = await countOpenTasks(tx, request.id);
    if (open > 0) refuse("tasks_open");
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
    if (request.pausedSince) request = await resumeClock(tx, request, now);
    await tx
      .update(requests)
      .set({
        status: "completed",
        closedAt: now,
        decisionReasons: input.summary?.trim() || request.decisionReasons,
        assigneeId: request.assigneeId ?? actor.id,
        updatedAt: now,
      })
      .where(eq(requests.id, request.id));
    const emailed = await emailSubject(tx, request, "completed");
    const onTime = (request.extendedDueOn ?? request.dueOn) >= toHelsinkiDate(now);
    await auditRequest(tx, actor, request, "request.completed", {
      payload: { emailed, onTime },
      personal: input.summary?.trim() ? { summary: input.summary.trim() } : undefined,
    });
  });
}
