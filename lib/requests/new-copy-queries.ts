import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { reports, requests, tasks } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { isUuid } from "../validation/ids";
import { listRequestRecipients } from "../organisations/staff-queries";
import { notifyStaffOfSubjectMessage } from "./queries-effects";

/**
 * The subject's report expired before they downloaded it (or they need it again): a new copy of the same
 * answer is part of the same request, so it is free (Art. 15(3) charges only for *further* copies) and
 * files nothing new. Chosen design: the request goes back to its handler — reopened, with a "prepare a
 * new copy" task and the staff email — instead of regenerating silently, because a new copy is read
 * from today's data and must be reviewed (redactions, Art. 15(4)) before release like the first one.
 * Asking twice adds nothing. Audited on the request.
 */
export async function askForNewCopy(db: Db, userId: string, input: { requestId: string }, now = new Date()) {
  if (!isUuid(input.requestId)) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(requests)
      .where(and(eq(requests.id, input.requestId), eq(requests.userId, userId), inArray(requests.type, ["access", "portability"])))
      .for("update");
    if (!request) throw new ActionError("not_found");
    const rows = await tx.select({ status: reports.status, releasedAt: reports.releasedAt, format: reports.format }).from(reports).where(eq(reports.requestId, request.id));
    const released = rows.filter((r) => r.releasedAt);
    // Only when nothing released is downloadable any more.
    if (released.length === 0 || released.some((r) => r.status === "ready")) throw new ActionError("conflict");
    const [asked] = await tx
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.requestId, request.id), eq(tasks.action, "new_copy"), eq(tasks.status, "open"), isNull(tasks.doneAt)));
    if (asked) return { alreadyAsked: true };
    if (request.status === "completed") {
      await tx.update(requests).set({ status: "in_progress", closedAt: null, updatedAt: now }).where(eq(requests.id, request.id));
    }
    await tx.insert(tasks).values({ requestId: request.id, kind: "manual", action: "new_copy", title: [...new Set(released.map((r) => r.format.toUpperCase()))].join(", "), createdAt: now });
    const staffEmailed = (await listRequestRecipients(tx, request)).length > 0 ? await notifyStaffOfSubjectMessage(tx, request) : 0;
    await recordAudit(tx, {
      organisationId: request.organisationId,
      requestId: request.id,
      actorId: userId,
      actorRole: "subject",
      action: "request.new_copy_requested",
      payload: { previousStatus: request.status, staffEmailed },
    });
    return { alreadyAsked: false };
  });
}
