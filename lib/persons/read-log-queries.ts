import "server-only";
import { asc, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { personReads, requestRecords } from "../db/schema";

/** Why a record was read, as the report names it (a purpose code translated in reports.json `purposes`). */
export type ReadPurpose = "person_viewed" | "request_viewed" | "person_exported";

/**
 * Log one staff read of person records (CJEU C-579/21: the subject may learn when and why their data was
 * consulted; the organisation is shown as who, never the employee). One multi-row INSERT, ids only —
 * cheap enough for every page view, and outside the audit chain's lock on purpose.
 */
export async function logPersonReads(
  db: DbOrTx,
  q: { organisationId: string; personIds: string[]; actorId: string; purpose: ReadPurpose; requestId?: string | null; at?: Date },
): Promise<void> {
  const ids = [...new Set(q.personIds)];
  if (ids.length === 0) return;
  await db.insert(personReads).values(
    ids.map((personId) => ({ organisationId: q.organisationId, personId, actorId: q.actorId, requestId: q.requestId ?? null, purpose: q.purpose, ...(q.at ? { at: q.at } : {}) })),
  );
}

/** The same for every record a request concerns (a staff download of its report, a request page). */
export async function logRequestReads(db: DbOrTx, q: { organisationId: string; requestId: string; actorId: string; purpose: ReadPurpose }): Promise<void> {
  await db.execute(sql`
    insert into ${personReads} (organisation_id, person_id, actor_id, request_id, purpose)
    select ${q.organisationId}::uuid, rr.person_id, ${q.actorId}, ${q.requestId}::uuid, ${q.purpose}
    from ${requestRecords} rr where rr.request_id = ${q.requestId}::uuid`);
}

/** The reads of some records, oldest first, for the access log of a report. */
export async function listPersonReads(db: DbOrTx, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ personId: personReads.personId, purpose: personReads.purpose, at: personReads.at, requestId: personReads.requestId })
    .from(personReads)
    .where(inArray(personReads.personId, personIds))
    .orderBy(asc(personReads.at), asc(personReads.id));
}
