import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { requests } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { resumeClock } from "./status-queries";

type Actor = { id: string | null; role: "subject" | "staff" | "admin" | "system" };

/**
 * The subject answered an identity question by verifying (any method: email match, a confirmed claim,
 * OIDC, a client reference, an in-person check) instead of by a message: the pause for identity ends at
 * the verification, exactly as a reply would end it (LEGAL.md §1, EDPB 01/2022). A clarification pause
 * (Recital 63) is not answered by verifying and keeps running. Each resumption is audited.
 */
export async function endIdentityPauses(tx: DbOrTx, q: { userId: string; organisationId: string; at: Date; actor: Actor }) {
  const paused = await tx
    .select()
    .from(requests)
    .where(
      and(
        eq(requests.userId, q.userId),
        eq(requests.organisationId, q.organisationId),
        eq(requests.status, "awaiting_subject"),
        isNotNull(requests.pausedSince),
        eq(requests.pauseReason, "identity"),
      ),
    )
    .for("update");
  const resumed: string[] = [];
  for (const r of paused) {
    const row = await resumeRequestByVerification(tx, r, q.at, q.actor);
    resumed.push(row.id);
  }
  return resumed;
}

/** One request without an account (letter, visit) whose identity a handler checked in person. */
export async function resumeRequestByVerification(tx: DbOrTx, request: typeof requests.$inferSelect, at: Date, actor: Actor) {
  const row = await resumeClock(tx, request, at);
  await recordAudit(tx, {
    organisationId: request.organisationId,
    requestId: request.id,
    actorId: actor.id,
    actorRole: actor.role,
    action: "request.resumed",
    payload: {
      byVerification: true,
      pausedDays: row.pausedDays,
      addedDays: row.pausedDays - request.pausedDays,
      dueOn: row.dueOn,
      extendedDueOn: row.extendedDueOn,
    },
  });
  return row;
}
