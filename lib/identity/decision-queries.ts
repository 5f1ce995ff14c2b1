import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import { identityClaims, personRecords, type IdentityClaim } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { recordIdentityVerification, type Verifier } from "./verification-queries";

/**
 * Staff identity decisions (issue 10 item 9: one module decides identity). The identity pages and the
 * request workflow both check who may decide and load what they decide on, then call these, in their
 * own transaction: what a decision writes — the claim's status, the record links with one audit event
 * each, the decision's audit event and the level reached — is written here only.
 */

/** A claim locked for update, pending: the caller checked the actor's organisation. */
export async function decideClaim(
  tx: Tx,
  input: { claim: IdentityClaim; decision: "confirm" | "reject"; personIds?: string[]; reason?: string; actor: Verifier; decidedBy: string; at: Date },
): Promise<{ status: "confirmed" | "rejected"; linked: string[]; released: string[] }> {
  const { claim, actor, at } = input;
  if (claim.status !== "pending") throw new ActionError("conflict");
  if (input.decision === "reject") {
    await tx.update(identityClaims).set({ status: "rejected", rejectionReason: input.reason ?? null, decidedBy: input.decidedBy, decidedAt: at }).where(eq(identityClaims.id, claim.id));
    await recordAudit(tx, {
      organisationId: claim.organisationId,
      actorId: actor.id,
      actorRole: actor.role,
      action: "identity_claim_rejected",
      payload: { claimId: claim.id },
      ...(input.reason ? { personal: { reason: input.reason } } : {}),
    });
    return { status: "rejected", linked: [], released: [] };
  }
  const ids = [...new Set(input.personIds ?? [])];
  if (ids.length === 0) throw new ActionError("invalid_input");
  // Only records of the claim's organisation that are unlinked (or already this account's).
  const linked = await tx
    .update(personRecords)
    .set({ userId: claim.userId, updatedAt: at })
    .where(
      and(
        inArray(personRecords.id, ids),
        eq(personRecords.organisationId, claim.organisationId),
        sql`(${personRecords.userId} is null or ${personRecords.userId} = ${claim.userId})`,
      ),
    )
    .returning({ id: personRecords.id });
  if (linked.length !== ids.length) throw new ActionError("invalid_input");
  await tx
    .update(identityClaims)
    .set({ status: "confirmed", decidedBy: input.decidedBy, decidedAt: at, matchedPersonId: ids[0] })
    .where(eq(identityClaims.id, claim.id));
  for (const { id } of linked) {
    await recordAudit(tx, {
      organisationId: claim.organisationId,
      personId: id,
      actorId: actor.id,
      actorRole: actor.role,
      action: "records_linked",
      payload: { method: "staff_confirmed", account: claim.userId, claimId: claim.id },
    });
  }
  await recordAudit(tx, {
    organisationId: claim.organisationId,
    actorId: actor.id,
    actorRole: actor.role,
    action: "identity_claim_confirmed",
    payload: { claimId: claim.id, records: linked.length },
  });
  const result = await recordIdentityVerification(tx, {
    userId: claim.userId,
    organisationId: claim.organisationId,
    level: 2,
    method: "staff_confirmed",
    verifiedBy: input.decidedBy,
    actor,
    at,
  });
  return { status: "confirmed", linked: linked.map((l) => l.id), released: result.released };
}

/**
 * Level 3 by an identity document seen in person: only the fact of the check is kept, never the
 * document or its number (LEGAL.md §2, EDPB 01/2022).
 */
export async function checkInPerson(
  tx: Tx,
  input: { userId: string; organisationId: string; actor: Verifier; verifiedBy: string; note?: string | null; at?: Date },
) {
  return recordIdentityVerification(tx, {
    userId: input.userId,
    organisationId: input.organisationId,
    level: 3,
    method: "in_person",
    verifiedBy: input.verifiedBy,
    note: input.note ?? null,
    actor: input.actor,
    at: input.at,
  });
}
