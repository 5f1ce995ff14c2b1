import "server-only";
/**
 * The case notes of an access report, streamed (PRODUCT.md §6): read in keyset batches, the next batch
 * fetched while the current one is drawn, each note in the report's language with the request's
 * redactions and withholdings applied.
 */
import { and, asc, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { caseNotes, type CaseNote } from "../db/schema";
import type { DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { labelFor } from "../i18n/labels";
import { applyItemMarks, type ItemMark, type ReportCaseNote } from "./report-data";

/** The request's marks by "item_type:item_id". */
export type Marks = Map<string, ItemMark[]>;

/**
 * One subject's case notes in (written_at, id) order, `batch` rows per query (keyset pagination), so
 * that 10,000 notes never sit in memory at once. The cursor is the timestamp's own text: a JS Date
 * would drop microseconds and skip or repeat notes written in the same millisecond.
 */
export async function* iterateCaseNotes(db: DbOrTx, personId: string, batch = 500): AsyncGenerator<CaseNote> {
  const page = (cursor: { at: string; id: string } | null) => {
    const after: SQL | undefined = cursor ? sql`(${caseNotes.writtenAt}, ${caseNotes.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined;
    return db
      .select({ ...getTableColumns(caseNotes), cursorAt: sql<string>`${caseNotes.writtenAt}::text` })
      .from(caseNotes)
      .where(and(eq(caseNotes.personId, personId), after))
      .orderBy(asc(caseNotes.writtenAt), asc(caseNotes.id))
      .limit(batch)
      .then((rows) => rows);
  };
  let next: Promise<Array<CaseNote & { cursorAt: string }>> | null = page(null);
  while (next) {
    const rows: Array<CaseNote & { cursorAt: string }> = await next;
    // The next batch is read while this one is drawn: the database's time hides behind the layout's.
    next = rows.length < batch ? null : page({ at: rows[rows.length - 1].cursorAt, id: rows[rows.length - 1].id });
    // A consumer that stops early leaves it unread; its failure then is nobody's to report.
    next?.catch(() => {});
    for (const { cursorAt: _c, ...note } of rows) yield note;
  }
}

export function toReportNote(n: CaseNote, marks: Marks, locale: Locale): ReportCaseNote {
  const note = {
    id: n.id,
    writtenAt: n.writtenAt.toISOString(),
    source: n.source,
    sourceLabel: labelFor(locale, "noteSource", n.source),
    sourceDetail: n.sourceDetail,
    channel: n.channel,
    channelLabel: labelFor(locale, "contactChannel", n.channel),
    topic: n.topic as string | null,
    special: n.special,
    body: n.body as string | null,
  };
  return applyItemMarks(note, "body", ["sourceDetail", "topic"], marks.get(`case_note:${n.id}`));
}

export async function* mapNotes(rows: AsyncIterable<CaseNote>, marks: Marks, locale: Locale): AsyncGenerator<ReportCaseNote> {
  for await (const n of rows) yield toReportNote(n, marks, locale);
}
