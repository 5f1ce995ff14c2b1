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
