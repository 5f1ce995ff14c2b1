import "server-only";
import { and, desc, eq, max } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import {
  identityClaims,
  identityVerifications,
  personRecords,
  requestRecords,
  requests,
  type Request,
} from "../db/schema";
import { computeDeadline, computeTargetOn, toHelsinkiDate } from "../deadlines";
import { ActionError } from "../errors";
import { auditRequest, loadOrganisation, loadRequest } from "./load-queries";
import { refuse } from "./errors";
import type { ActOptions, StaffActor } from "./types";

/** The highest identity level an account has reached with an organisation (PRODUCT.md §4); 1 by sign-in. */
export async function identityLevelOf(tx: DbOrTx, userId: string, organisationId: string): Promise<number> {
  const [row] = await tx
    .select({ level: max(identityVerifications.level) })
    .from(identityVerifications)
    .where(and(eq(identityVerifications.userId, userId), eq(identityVerifications.organisationId, organisationId)));
  return Math.max(1, Number(row?.level ?? 1));
}

/**
 * Requests held in awaiting_verification move on once the level they need is reached. With the
 * "clock starts at verification" setting (LEGAL.md §1) their deadline counts from today.
 */
async function releaseVerified(tx: DbOrTx, actor: StaffActor, requestList: Request[], level: number, now: Date) {
  for (const r of requestList) {
    if (r.status !== "awaiting_verification" || r.requiredLevel > level) continue;
    const org = await loadOrganisation(tx, r.organisationId);
    let dates = {};
    if (org.settings.clockStart === "verification") {
      const receivedOn = toHelsinkiDate(now);
      const { baseDueOn, dueOn } = computeDeadline({ receivedOn, pausedDays: 0 });
      dates = { receivedOn, baseDueOn, dueOn, pausedDays: 0, targetOn: computeTargetOn(receivedOn, org.settings.internalTargetDays) };
    }
    const status = r.assigneeId ? "in_progress" : "new";
    await tx.update(requests).set({ status, ...dates, updatedAt: now }).where(eq(requests.id, r.id));
    await auditRequest(tx, actor, r, "request.verified", { payload: { level, clockStart: org.settings.clockStart, ...dates } });
  }
}

async function waitingRequestsOf(tx: DbOrTx, userId: string, organisationId: string): Promise<Request[]> {
  return tx
    .select()
    .from(requests)
    .where(and(eq(requests.userId, userId), eq(requests.organisationId, organisationId), eq(requests.status, "awaiting_verification")))
    .for("update");
}

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
  input: { requestId: string; claimId: string; decision: "confirm" | "reject"; personId?: string },
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
    if (input.decision === "reject") {
      await tx.update(identityClaims).set({ status: "rejected", decidedBy: actor.id, decidedAt: now }).where(eq(identityClaims.id, claim.id));
      await auditRequest(tx, actor, request, "identity.claim_rejected", { payload: { claimId: claim.id } });
      return;
    }
    if (!input.personId) refuse("person_required", "invalid_input");
    const [person] = await tx
      .select({ id: personRecords.id, userId: personRecords.userId })
      .from(personRecords)
      .where(and(eq(personRecords.id, input.personId), eq(personRecords.organisationId, request.organisationId)));
    if (!person) throw new ActionError("not_found");
    if (person.userId && person.userId !== claim.userId) refuse("person_linked_elsewhere");
    await tx
      .update(identityClaims)
      .set({ status: "confirmed", matchedPersonId: person.id, decidedBy: actor.id, decidedAt: now })
      .where(eq(identityClaims.id, claim.id));
    await tx.update(personRecords).set({ userId: claim.userId, updatedAt: now }).where(eq(personRecords.id, person.id));
    await tx
      .insert(identityVerifications)
      .values({ userId: claim.userId, organisationId: request.organisationId, level: 2, method: "staff_confirmed", verifiedBy: actor.id, createdAt: now });
    // Every request of this account with the organisation now concerns the linked record.
    const own = await tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.userId, claim.userId), eq(requests.organisationId, request.organisationId)));
    if (own.length) {
      await tx
        .insert(requestRecords)
        .values(own.map((r) => ({ requestId: r.id, personId: person.id })))
        .onConflictDoNothing();
    }
    await auditRequest(tx, actor, request, "identity.claim_confirmed", { personId: person.id, payload: { claimId: claim.id, level: 2 } });
    const level = await identityLevelOf(tx, claim.userId, request.organisationId);
    await releaseVerified(tx, actor, await waitingRequestsOf(tx, claim.userId, request.organisationId), level, now);
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
    if (request.userId) {
      await tx
        .insert(identityVerifications)
        .values({ userId: request.userId, organisationId: request.organisationId, level: 3, method: "in_person", verifiedBy: actor.id, createdAt: now });
    }
    await auditRequest(tx, actor, request, "identity.in_person_checked", { payload: { level: 3, account: Boolean(request.userId) } });
    const waiting = request.userId ? await waitingRequestsOf(tx, request.userId, request.organisationId) : [request];
    await releaseVerified(tx, actor, waiting, 3, now);
  });
}
