import "server-only";
import type { Tx } from "../db/client";
import { identityVerifications } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { releaseAwaitingRequests } from "../requests/queries-effects";
import { getIdentityLevel } from "./level-queries";
import { endIdentityPauses } from "../workflow/pause-queries";

// The one place an identity level is written (issue 10 item 9): the verification row, its audit event
// and the release of the requests held for the level. Subjects' own paths (email match, client
// reference, OIDC) and staff decisions (./decision-queries.ts) all end here.

export type Verifier = { id: string | null; role: "subject" | "staff" | "admin" | "system" };
type Method = (typeof identityVerifications.$inferInsert)["method"];

/**
 * The account reached `level` with the organisation (PRODUCT.md §4): the row, its audit event, and
 * the release of requests held for that level — in the caller's transaction.
 */
export async function recordIdentityVerification(
  tx: Tx,
  q: { userId: string; organisationId: string; level: 2 | 3; method: Method; verifiedBy?: string | null; note?: string | null; actor: Verifier; at?: Date },
) {
  await tx.insert(identityVerifications).values({
    userId: q.userId,
    organisationId: q.organisationId,
    level: q.level,
    method: q.method,
    verifiedBy: q.verifiedBy ?? null,
    note: q.note ?? null,
  });
  await recordAudit(tx, {
    organisationId: q.organisationId,
    actorId: q.actor.id,
    actorRole: q.actor.role,
    action: "identity_verified",
    payload: { level: q.level, method: q.method, account: q.userId },
  });
  const level = await getIdentityLevel(tx, q.userId, q.organisationId);
  const released = await releaseAwaitingRequests(tx, { userId: q.userId, organisationId: q.organisationId, level, at: q.at ?? new Date(), actor: q.actor });
  // Verifying answers an identity question as a message would: the paused clock runs again (LEGAL.md §1).
  const resumed = await endIdentityPauses(tx, { userId: q.userId, organisationId: q.organisationId, at: q.at ?? new Date(), actor: q.actor });
  return { level, released, resumed };
}

/** Link records to the account, one audit event per record (the record's own trail shows who linked it). */
export async function linkRecords(tx: Tx, userId: string, records: Array<{ id: string; organisationId: string }>, method: Method, actor: Verifier) {
  for (const r of records) {
    await recordAudit(tx, {
      organisationId: r.organisationId,
      personId: r.id,
      actorId: actor.id,
      actorRole: actor.role,
      action: "records_linked",
      payload: { method, account: userId },
    });
  }
}
