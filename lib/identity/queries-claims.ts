import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { identityClaims, identityVerifications, memberships, organisations, personRecords, users } from "../db/schema";
import { activeMembership } from "../auth/membership";
import type { Role } from "../auth/types";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { lookupHash, openText, sealText } from "../crypto";
import { maskHetu, normaliseHetu } from "./hetu";
import type { Verifier } from "./verification-queries";
import { checkInPerson, decideClaim } from "./decision-queries";

/** The acting staff member; the audit role is the one in the claim's organisation (admin only if admin there). */
type Staff = { id: string; role: Role; adminOrganisationIds?: string[] };
const roleOf = (staff: Staff, organisationId: string): "admin" | "staff" => ((staff.adminOrganisationIds ?? []).includes(organisationId) ? "admin" : "staff");

/** The claim's identity code is sealed to its account (AAD), so a copied value opens nowhere else. */
const claimAad = (userId: string) => `claim:${userId}`;

async function assertMember(db: DbOrTx, staff: Staff, organisationId: string) {
  if (staff.role !== "staff" && staff.role !== "admin") throw new ActionError("forbidden");
  const [m] = await db
    .select({ u: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.userId, staff.id), eq(memberships.organisationId, organisationId), activeMembership));
  if (!m) throw new ActionError("forbidden");
}

/**
 * A subject whose email matched nothing gives birth date and/or identity code for staff to confirm
 * (PRODUCT.md §4). A likely record is suggested to the handler, never revealed to the subject.
 */
export async function submitIdentityClaim(
  db: Db,
  user: { id: string },
  input: { organisationId: string; fullName: string; birthDate?: string; identityCode?: string },
) {
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) throw new ActionError("not_found");
    const [pending] = await tx
      .select({ id: identityClaims.id })
      .from(identityClaims)
      .where(and(eq(identityClaims.userId, user.id), eq(identityClaims.organisationId, org.id), eq(identityClaims.status, "pending")));
    if (pending) throw new ActionError("conflict");
    const code = input.identityCode ? normaliseHetu(input.identityCode) : null;
    const birthDate = input.birthDate || null;
    const candidates = await tx
      .select({ id: personRecords.id, firstName: personRecords.firstName, lastName: personRecords.lastName, birthDate: personRecords.birthDate, lookup: personRecords.identityCodeLookup })
      .from(personRecords)
      .where(and(eq(personRecords.organisationId, org.id), isNull(personRecords.userId), isNull(personRecords.anonymisedAt)));
    const name = input.fullName.trim().toLowerCase().replace(/\s+/g, " ");
    const byCode = code ? candidates.find((c) => c.lookup === lookupHash(code)) : undefined;
    const byBirth = birthDate
      ? candidates.find((c) => c.birthDate === birthDate && [c.firstName, c.lastName].filter(Boolean).join(" ").toLowerCase() === name)
      : undefined;
    const [claim] = await tx
      .insert(identityClaims)
      .values({
        userId: user.id,
        organisationId: org.id,
        fullName: input.fullName.trim(),
        birthDate,
        identityCodeEnc: code ? sealText(code, claimAad(user.id)) : null,
        matchedPersonId: (byCode ?? byBirth)?.id ?? null,
      })
      .returning();
    await recordAudit(tx, {
      organisationId: org.id,
      actorId: user.id,
      actorRole: "subject",
      action: "identity_claim_submitted",
      payload: { claimId: claim.id, birthDate: Boolean(birthDate), identityCode: Boolean(code), suggestion: Boolean(claim.matchedPersonId) },
    });
    return claim;
  });
}

/** The staff queue of claims in the handler's organisations, the code masked (LEGAL.md §5). */
export async function listPendingClaims(db: DbOrTx, staff: Staff) {
  const rows = await db
    .select({ claim: identityClaims, email: users.email, organisationName: organisations.name })
    .from(identityClaims)
    .innerJoin(memberships, and(eq(memberships.organisationId, identityClaims.organisationId), eq(memberships.userId, staff.id), activeMembership))
    .innerJoin(users, eq(users.id, identityClaims.userId))
    .innerJoin(organisations, eq(organisations.id, identityClaims.organisationId))
    .where(eq(identityClaims.status, "pending"))
    .orderBy(asc(identityClaims.createdAt));
  return rows.map(({ claim, email, organisationName }) => ({
    id: claim.id,
    organisationId: claim.organisationId,
    organisationName,
    accountEmail: email,
    fullName: claim.fullName,
    birthDate: claim.birthDate,
    identityCodeMasked: claim.identityCodeEnc ? maskHetu(openText(claim.identityCodeEnc, claimAad(claim.userId))) : null,
    suggestedPersonId: claim.matchedPersonId,
    createdAt: claim.createdAt,
  }));
}

/**
 * Staff confirm (linking the chosen records: level 2, `staff_confirmed`) or reject a claim. The
 * handler must belong to the claim's organisation, and every record must be in it and unlinked; the
 * decision itself is written by ./decision-queries.ts.
 */
export async function decideIdentityClaim(
  db: Db,
  staff: Staff,
  input: { claimId: string; decision: "confirm" | "reject"; personIds?: string[]; reason?: string },
) {
  return db.transaction(async (tx) => {
    const [claim] = await tx.select().from(identityClaims).where(eq(identityClaims.id, input.claimId)).for("update");
    if (!claim) throw new ActionError("not_found");
    await assertMember(tx, staff, claim.organisationId);
    const actor: Verifier = { id: staff.id, role: roleOf(staff, claim.organisationId) };
    return decideClaim(tx, { claim, decision: input.decision, personIds: input.personIds, reason: input.reason, actor, decidedBy: staff.id, at: new Date() });
  });
}

/** Level 3 by an ID document checked in person: only the fact of the check is kept (LEGAL.md §2). */
export async function recordInPersonCheck(db: Db, staff: Staff, input: { userId: string; organisationId: string; note?: string }) {
  return db.transaction(async (tx) => {
    await assertMember(tx, staff, input.organisationId);
    const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!u) throw new ActionError("not_found");
    const actor: Verifier = { id: staff.id, role: roleOf(staff, input.organisationId) };
    return checkInPerson(tx, { userId: input.userId, organisationId: input.organisationId, actor, verifiedBy: staff.id, note: input.note ?? null });
  });
}

/** The subject's identity page: per organisation the level reached, how, and the latest claim. */
export async function listMyIdentity(db: DbOrTx, userId: string) {
  const orgs = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, issuer: organisations.oidcIssuer, clientId: organisations.oidcClientId })
    .from(organisations)
    .orderBy(asc(organisations.name));
  const verifs = await db
    .select({ organisationId: identityVerifications.organisationId, level: identityVerifications.level, method: identityVerifications.method, createdAt: identityVerifications.createdAt })
    .from(identityVerifications)
    .where(eq(identityVerifications.userId, userId))
    .orderBy(desc(identityVerifications.level), desc(identityVerifications.createdAt));
  const claims = await db
    .select({ organisationId: identityClaims.organisationId, status: identityClaims.status, createdAt: identityClaims.createdAt, decidedAt: identityClaims.decidedAt, rejectionReason: identityClaims.rejectionReason })
    .from(identityClaims)
    .where(eq(identityClaims.userId, userId))
    .orderBy(desc(identityClaims.createdAt));
  const linked = await db
    .select({ organisationId: personRecords.organisationId, n: sql<number>`count(*)::int` })
    .from(personRecords)
    .where(eq(personRecords.userId, userId))
    .groupBy(personRecords.organisationId);
  return orgs.map((o) => {
    const best = verifs.find((v) => v.organisationId === o.id);
    return {
      id: o.id,
      slug: o.slug,
      name: o.name,
      oidcAvailable: Boolean(o.issuer && o.clientId),
      level: (best?.level ?? 1) as 1 | 2 | 3,
      method: best?.method ?? "email_link",
      linkedRecords: Number(linked.find((l) => l.organisationId === o.id)?.n ?? 0),
      latestClaim: claims.find((c) => c.organisationId === o.id) ?? null,
    };
  });
}
