import "server-only";
import { resumeRequestByVerification } from "./pause-queries";
import { and, desc, eq, isNull, max } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import {
  identityClaims,
  personRecords,
  requestRecords,
  requests,
} from "../db/schema";
import { ActionError } from "../errors";
import { auditRequest, loadRequest } from "./load-queries";
import { checkInPerson, decideClaim } from "../identity/decision-queries";
import { getIdentityLevel } from "../identity/level-queries";
import { refuse } from "./errors";
import type { ActOptions, StaffActor } from "./types";
import { roleIn } from "../auth/types";

/** The highest identity level an account has reached with an organisation (PRODUCT.md §4); 1 by sign-in. */
export const identityLevelOf = getIdentityLevel;

/** Pending and decided claims of the request's account with the request's organisation. */
export async function listClaimsForRequest(db: DbOrTx, actor: StaffActor, requestId: string) {
  const request = await loadRequest(db, actor, requestId);
  if (!request.userId) return [];
  return db
    .select()
    .from(identityClaims)
    .where(and(eq(identityClaims.userId, request.userId), eq(identityClaims.organisationId, request.organisationId)))
    .orderBy(desc(identityClaims.createdAt));
}

/**
 * Confirm or reject a subject's level-2 claim (birth date / identity code). Confirming links the account
 * to the chosen person record of the same organisation and records level 2 (method staff_confirmed).
 */
export async function decideIdentityClaim(
  db: Db,
  actor: StaffActor,
  input: { requestId: string; claimId: string; decision: "confirm" | "reject"; personId?: string; reason?: string },
  opts: ActOptions = {},
) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    const [claim] = await tx
      .select()
      .from(identityClaims)
      .where(and(eq(identityClaims.id, input.claimId), eq(identityClaims.organisationId, request.organisationId)))
      .for("update");
    if (!claim || claim.userId !== request.userId) throw new ActionError("not_found");
    if (claim.status !== "pending") refuse("claim_decided");
    const verifier = { id: actor.id, role: roleIn(actor, request.organisationId) };
    if (input.decision === "reject") {
      // The subject reads the reason on the request and identity pages and can correct the claim.
      const reason = input.reason?.trim();
      if (!reason || reason.length < 10) refuse("claim_reason_required", "invalid_input");
      await decideClaim(tx, { claim, decision: "reject", reason, actor: verifier, decidedBy: actor.id, at: now });
      await auditRequest(tx, actor, request, "identity.claim_rejected", { payload: { claimId: claim.id }, personal: { reason } });
      return;
    }
    if (!input.personId) refuse("person_required", "invalid_input");
    const [person] = await tx
      .select({ id: personRecords.id, userId: personRecords.userId })
      .from(personRecords)
      .where(and(eq(personRecords.id, input.personId), eq(personRecords.organisationId, request.organisationId)));
    if (!person) throw new ActionError("not_found");
    if (person.userId && person.userId !== claim.userId) refuse("person_linked_elsewhere");
    // The decision (claim, record link, level 2 and the release of held requests) is lib/identity's;
    // the request's own side stays here: its records and its trail.
    await decideClaim(tx, { claim, decision: "confirm", personIds: [person.id], actor: verifier, decidedBy: actor.id, at: now });
    // Every request of this account with the organisation now concerns the linked record.
    const own = await tx
      .select({ id: requests.id })
      .from(requests)
      // Not requests filed for someone else: those concern the represented person's record.
      .where(and(eq(requests.userId, claim.userId), eq(requests.organisationId, request.organisationId), isNull(requests.authorityStatus)));
    if (own.length) {
      await tx
        .insert(requestRecords)
        .values(own.map((r) => ({ requestId: r.id, personId: person.id })))
        .onConflictDoNothing();
    }
    await auditRequest(tx, actor, request, "identity.claim_confirmed", { personId: person.id, payload: { claimId: claim.id, level: 2 } });
  });
}

/**
 * Level 3: staff saw an identity document in person. Only the fact of the check is kept, never the
 * document or its number (LEGAL.md §2, EDPB 01/2022). For a request without an account (letter, visit)
 * the check is audited on the request itself.
 */
export async function recordInPersonCheck(db: Db, actor: StaffActor, input: { requestId: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    await auditRequest(tx, actor, request, "identity.in_person_checked", { payload: { level: 3, account: Boolean(request.userId) } });
    if (request.userId) {
      await checkInPerson(tx, {
        userId: request.userId,
        organisationId: request.organisationId,
        verifiedBy: actor.id,
        actor: { id: actor.id, role: roleIn(actor, request.organisationId) },
        at: now,
      });
    } else if (request.status === "awaiting_verification") {
      // Filed without an account (letter, visit): the check releases this request itself.
      const status = request.assigneeId ? "in_progress" : "new";
      await tx.update(requests).set({ status, updatedAt: now }).where(eq(requests.id, request.id));
      await auditRequest(tx, actor, request, "request.verified", { payload: { level: 3 } });
    } else if (request.status === "awaiting_subject" && request.pausedSince && request.pauseReason === "identity") {
      // No account to verify: the check answers this request's identity question, so its pause ends.
      await resumeRequestByVerification(tx, request, now, { id: actor.id, role: roleIn(actor, request.organisationId) });
    }
  });
}
