import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { caseNotes } from "../db/schema";
import { cursorKeyOf, openPage, type KeysetSpec } from "../pagination/keyset";

export const NOTE_PAGE_SIZE = 50;

/** Newest first on case_notes_person_idx (person_id, written_at, id). */
const spec: KeysetSpec = { key: caseNotes.writtenAt, keyKind: "timestamp", id: caseNotes.id, idKind: "uuid", order: "desc" };

/**
 * One page of a person's case notes, read newest first and returned oldest first (a record reads top to
 * bottom). Special-category notes only when `withSpecial` (the caller decided the member may read them).
 * The caller has checked that the person is in the actor's organisations.
 */
export async function caseNotePage(db: DbOrTx, personId: string, withSpecial: boolean, cursorParam: unknown, limit = NOTE_PAGE_SIZE) {
  const plan = openPage(spec, { cursor: cursorParam, limit }, NOTE_PAGE_SIZE);
  const rows = await db
    .select({
      id: caseNotes.id,
      cursorKey: cursorKeyOf(spec),
      personId: caseNotes.personId,
      writtenAt: caseNotes.writtenAt,
      topic: caseNotes.topic,
      body: caseNotes.body,
      source: caseNotes.source,
      sourceDetail: caseNotes.sourceDetail,
      author: caseNotes.author,
      channel: caseNotes.channel,
      special: caseNotes.special,
    })
    .from(caseNotes)
    .where(and(eq(caseNotes.personId, personId), withSpecial ? undefined : eq(caseNotes.special, false), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  const page = plan.finish(rows);
  return { ...page, rows: [...page.rows].reverse() };
}

/** How many special-category notes a member without the right does not see (case_notes_special_idx). */
export async function countSpecialNotes(db: DbOrTx, personId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(caseNotes).where(and(eq(caseNotes.personId, personId), eq(caseNotes.special, true)));
  return Number(row?.n ?? 0);
}
