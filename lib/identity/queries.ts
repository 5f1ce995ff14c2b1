import "server-only";
import { isSlug } from "../organisations/slug";
import { and, eq, gte, isNull, isNotNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { identityVerifications, organisations, personRecords, users } from "../db/schema";
import { lookupHash, openText, verifySecret } from "../crypto";
import { linkRecords, recordIdentityVerification, type Verifier } from "./verification-queries";
import { validateHetu } from "./hetu";
import { recordClientReferenceFailure } from "./queries-reference";

export {
  decideIdentityClaim,
  listMyIdentity,
  listPendingClaims,
  recordInPersonCheck,
  submitIdentityClaim,
} from "./queries-claims";
export { getIdentityLevel } from "./level-queries";
export { recordIdentityVerification, type Verifier } from "./verification-queries";
export { issueClientReference, revokeClientReference, unlockClientReference, type IssuedClientReference } from "./queries-reference";

/**
 * Level 2 by email match (PRODUCT.md §4): records whose email equals the account's verified email
 * are linked, once per organisation recorded as `email_match`. Run when the subject opens My data or
 * My requests; a cheap read first, so the usual visit writes nothing.
 */
export async function linkRecordsByEmail(db: Db, user: { id: string; email: string }) {
  const email = user.email.trim().toLowerCase();
  const candidates = await db
    .select({ id: personRecords.id })
    .from(personRecords)
    .where(and(isNull(personRecords.userId), isNull(personRecords.anonymisedAt), sql`lower(${personRecords.email}) = ${email}`))
    .limit(1);
  if (candidates.length === 0) return { linked: [] as string[], organisations: [] as string[] };
  return db.transaction(async (tx) => {
    const [u] = await tx.select({ email: users.email, verified: users.emailVerified }).from(users).where(eq(users.id, user.id));
    // Only an address proven by the sign-in link counts (level 1 is the premise of level 2).
    if (!u?.verified || u.email.trim().toLowerCase() !== email) return { linked: [] as string[], organisations: [] as string[] };
    const linked = await tx
      .update(personRecords)
      .set({ userId: user.id, updatedAt: new Date() })
      .where(and(isNull(personRecords.userId), isNull(personRecords.anonymisedAt), sql`lower(${personRecords.email}) = ${email}`))
      .returning({ id: personRecords.id, organisationId: personRecords.organisationId });
    const actor: Verifier = { id: user.id, role: "subject" };
    await linkRecords(tx, user.id, linked, "email_match", actor);
    const orgIds = [...new Set(linked.map((r) => r.organisationId))];
    for (const organisationId of orgIds) {
      const [has] = await tx
        .select({ id: identityVerifications.id })
        .from(identityVerifications)
        .where(and(eq(identityVerifications.userId, user.id), eq(identityVerifications.organisationId, organisationId), gte(identityVerifications.level, 2)))
        .limit(1);
      if (!has) await recordIdentityVerification(tx, { userId: user.id, organisationId, level: 2, method: "email_match", actor });
    }
    return { linked: linked.map((r) => r.id), organisations: orgIds };
  });
}

/**
 * An anonymous client links their record with the reference and secret staff handed out (Art. 11,
 * LEGAL.md §2). Unknown reference, wrong secret, a locked reference and a record linked to another
 * account all give the same answer, so the form is no oracle. Every failure is counted on the
 * reference (./queries-reference.ts), which locks after a few; the action also limits per account and IP.
 */
export async function linkByClientReference(db: Db, user: { id: string }, input: { reference: string; secret: string }) {
  const reference = input.reference.trim();
  const candidates = await db
    .select({ id: personRecords.id, organisationId: personRecords.organisationId, userId: personRecords.userId, hash: personRecords.clientSecretHash, lockedAt: personRecords.clientReferenceLockedAt })
    .from(personRecords)
    .where(and(eq(personRecords.clientReference, reference), isNotNull(personRecords.clientSecretHash)));
  const match = candidates.find((c) => !c.lockedAt && c.hash && verifySecret(input.secret, c.hash) && (c.userId === null || c.userId === user.id));
  if (!match) {
    await recordClientReferenceFailure(db, reference, user.id);
    return null;
  }
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .update(personRecords)
      .set({ userId: user.id, clientSecretFailures: 0, updatedAt: new Date() })
      .where(and(eq(personRecords.id, match.id), isNull(personRecords.clientReferenceLockedAt), sql`(${personRecords.userId} is null or ${personRecords.userId} = ${user.id})`))
      .returning({ id: personRecords.id, organisationId: personRecords.organisationId });
    if (!linked) return null;
    const actor: Verifier = { id: user.id, role: "subject" };
    await linkRecords(tx, user.id, [linked], "client_reference", actor);
    await recordIdentityVerification(tx, { userId: user.id, organisationId: linked.organisationId, level: 2, method: "client_reference", actor });
    return { personId: linked.id, organisationId: linked.organisationId };
  });
}

/** The organisation's OIDC client (PRODUCT.md §4 level 3), the secret opened from its seal; null if not configured. */
export async function getOidcClientConfig(db: DbOrTx, slug: string) {
  if (!isSlug(slug)) return null;
  const [org] = await db
    .select({ id: organisations.id, slug: organisations.slug, issuer: organisations.oidcIssuer, clientId: organisations.oidcClientId, secretEnc: organisations.oidcClientSecretEnc })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  if (!org?.issuer || !org.clientId) return null;
  return { organisationId: org.id, slug: org.slug, issuer: org.issuer, clientId: org.clientId, clientSecret: org.secretEnc ? openOidcSecret(org.secretEnc, org.id) : null };
}

/** Sealed by the admin settings with the organisation id as AAD; older seals without AAD still open. */
function openOidcSecret(sealed: string, organisationId: string): string {
  try {
    return openText(sealed, `oidc:${organisationId}`);
  } catch {
    return openText(sealed);
  }
}

/** Claims in which identity providers carry the Finnish personal identity code (e.g. Suomi.fi: urn:oid:1.2.246.21). */
const HETU_CLAIMS = ["personal_identity_code", "hetu", "urn:oid:1.2.246.21", "national_identification_number"];

/**
 * Strong identification succeeded: level 3 with the organisation. If the provider vouches for an
 * identity code, unlinked records with that code are linked too — strong identification is proof,
 * unlike a typed-in code (LEGAL.md §2). Only the fact is kept, not the code or the provider's subject.
 */
export async function recordOidcVerification(db: Db, user: { id: string }, organisationId: string, claims: Record<string, unknown>, issuer: string) {
  return db.transaction(async (tx) => {
    const actor: Verifier = { id: user.id, role: "subject" };
    const code = HETU_CLAIMS.map((k) => claims[k]).find((v): v is string => typeof v === "string");
    const checked = code ? validateHetu(code, new Date()) : null;
    if (checked?.ok) {
      const linked = await tx
        .update(personRecords)
        .set({ userId: user.id, updatedAt: new Date() })
        .where(and(eq(personRecords.organisationId, organisationId), isNull(personRecords.userId), eq(personRecords.identityCodeLookup, lookupHash(checked.normalised))))
        .returning({ id: personRecords.id, organisationId: personRecords.organisationId });
      await linkRecords(tx, user.id, linked, "oidc", actor);
    }
    return recordIdentityVerification(tx, { userId: user.id, organisationId, level: 3, method: "oidc", note: `oidc:${new URL(issuer).host}`, actor });
  });
}

/** Organisations where the account has linked records (for My data and the forms). */
export async function listLinkedOrganisationIds(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ id: personRecords.organisationId }).from(personRecords).where(eq(personRecords.userId, userId));
  return rows.map((r) => r.id);
}
