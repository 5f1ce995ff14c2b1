import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { organisations, personRecords } from "../db/schema";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { enqueueEmail } from "../mail/queries";
import { ActionError } from "../errors";
import { getPublicBaseUrl } from "../config/mode";
import { CLIENT_REFERENCE_MAX_FAILURES } from "../rate-limit/policies";
import type { StaffActor } from "../workflow/types";
import { listActiveStaff } from "../organisations/staff-queries";
import { hashSecret } from "../crypto";
import { roleIn } from "../auth/types";
import { generateClientReference, generateClientSecret } from "./client-secret";

/**
 * Anonymous client references (Art. 11, LEGAL.md §2): wrong secrets are counted on the reference
 * itself, whichever account or IP sends them, because accounts are free and IPs many (issue 9,
 * finding 8). At CLIENT_REFERENCE_MAX_FAILURES the reference is locked — no secret, not even the
 * right one, is accepted — and the organisation's staff are told, until staff unlock it.
 */
export async function recordClientReferenceFailure(db: Db, reference: string, userId: string): Promise<{ locked: string[] }> {
  return db.transaction(async (tx) => {
    // One atomic increment per row: concurrent guesses each count, and exactly one reaches the limit.
    const rows = await tx
      .update(personRecords)
      .set({
        clientSecretFailures: sql`least(${personRecords.clientSecretFailures} + 1, 32000)`,
        clientReferenceLockedAt: sql`case when ${personRecords.clientSecretFailures} + 1 >= ${CLIENT_REFERENCE_MAX_FAILURES} then now() else null end`,
      })
      .where(and(eq(personRecords.clientReference, reference), isNotNull(personRecords.clientSecretHash), isNull(personRecords.clientReferenceLockedAt)))
      .returning({ id: personRecords.id, organisationId: personRecords.organisationId, failures: personRecords.clientSecretFailures });
    const locked = rows.filter((r) => r.failures === CLIENT_REFERENCE_MAX_FAILURES);
    for (const r of locked) await alertReferenceLocked(tx, r, userId);
    return { locked: locked.map((r) => r.id) };
  });
}

/** The lock's audit event and one email per active staff member of the organisation; nothing personal in either. */
async function alertReferenceLocked(tx: Tx, r: { id: string; organisationId: string; failures: number }, userId: string) {
  await recordAudit(tx, {
    organisationId: r.organisationId,
    personId: r.id,
    actorId: userId,
    actorRole: "subject",
    action: "client_reference.locked",
    payload: { failures: r.failures },
  });
  const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, r.organisationId));
  const staff = await listActiveStaff(tx, r.organisationId);
  for (const s of staff) {
    await enqueueEmail(tx, {
      template: "staff_reference_locked",
      locale: s.locale as Locale,
      to: s.email,
      organisationId: r.organisationId,
      vars: { organisationName: org?.name ?? "", portalUrl: `${getPublicBaseUrl()}/staff/persons/${r.id}`, recipientName: s.name ?? "" },
    });
  }
}

/** Staff unlock a locked reference of their own organisation (the organisation is in the WHERE), audited. */
export async function unlockClientReference(db: Db, actor: StaffActor, input: { personId: string }): Promise<{ id: string }> {
  if (actor.organisationIds.length === 0) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(personRecords)
      .set({ clientSecretFailures: 0, clientReferenceLockedAt: null, updatedAt: new Date() })
      .where(and(eq(personRecords.id, input.personId), inArray(personRecords.organisationId, actor.organisationIds), isNotNull(personRecords.clientReferenceLockedAt)))
      .returning({ id: personRecords.id, organisationId: personRecords.organisationId });
    if (!row) throw new ActionError("not_found");
    await recordAudit(tx, {
      organisationId: row.organisationId,
      personId: row.id,
      actorId: actor.id,
      actorRole: actor.role === "admin" ? "admin" : "staff",
      action: "client_reference.unlocked",
      payload: {},
    });
    return { id: row.id };
  });
}

export type IssuedClientReference = { personId: string; reference: string; secret: string; locale: Locale | null };

/**
 * Staff issue (or reissue) a reference and a fresh secret for a record of their own organisation. Only
 * the keyed hash of the secret is stored; the secret is returned once, for the printed slip, and never
 * again. Reissuing replaces both, so a lost slip stops working at once; failures and a lock are cleared.
 */
export async function issueClientReference(db: Db, actor: StaffActor, input: { personId: string }): Promise<IssuedClientReference> {
  if (actor.organisationIds.length === 0) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: personRecords.id, organisationId: personRecords.organisationId, reference: personRecords.clientReference, locale: personRecords.serviceLanguage, prefix: organisations.referencePrefix, anonymisedAt: personRecords.anonymisedAt })
      .from(personRecords)
      .innerJoin(organisations, eq(organisations.id, personRecords.organisationId))
      .where(and(eq(personRecords.id, input.personId), inArray(personRecords.organisationId, actor.organisationIds)))
      .for("update");
    if (!person || person.anonymisedAt) throw new ActionError("not_found");
    const reference = generateClientReference(person.prefix);
    const secret = generateClientSecret();
    await tx
      .update(personRecords)
      .set({ clientReference: reference, clientSecretHash: hashSecret(secret), clientSecretFailures: 0, clientReferenceLockedAt: null, updatedAt: new Date() })
      .where(eq(personRecords.id, person.id));
    await recordAudit(tx, {
      organisationId: person.organisationId,
      personId: person.id,
      actorId: actor.id,
      actorRole: roleIn(actor, person.organisationId),
      action: person.reference ? "client_reference.reissued" : "client_reference.issued",
      payload: {},
    });
    return { personId: person.id, reference, secret, locale: person.locale };
  });
}

/**
 * Revoke a reference (a slip lost or misused): no secret works any more. With `unlinkAccount` the
 * portal account that redeemed it loses the record too (a stolen slip), audited either way.
 */
export async function revokeClientReference(db: Db, actor: StaffActor, input: { personId: string; unlinkAccount?: boolean }): Promise<{ id: string }> {
  if (actor.organisationIds.length === 0) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(personRecords)
      .set({
        clientReference: null,
        clientSecretHash: null,
        clientSecretFailures: 0,
        clientReferenceLockedAt: null,
        ...(input.unlinkAccount ? { userId: null } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(personRecords.id, input.personId), inArray(personRecords.organisationId, actor.organisationIds), isNotNull(personRecords.clientReference)))
      .returning({ id: personRecords.id, organisationId: personRecords.organisationId });
    if (!row) throw new ActionError("not_found");
    await recordAudit(tx, {
      organisationId: row.organisationId,
      personId: row.id,
      actorId: actor.id,
      actorRole: roleIn(actor, row.organisationId),
      action: "client_reference.revoked",
      payload: { unlinkedAccount: Boolean(input.unlinkAccount) },
    });
    return { id: row.id };
  });
}
