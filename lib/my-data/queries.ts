import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { caseNotes, consents, contactEvents, eventRegistrations, feedback, mediaEntries, organisations, personRecords, registers } from "../db/schema";
import { heldCategories } from "./categories";
import { noticeIn } from "../notice-import/languages";

async function countBy(db: DbOrTx, table: typeof consents | typeof eventRegistrations | typeof contactEvents | typeof feedback, ids: string[]) {
  const rows = await db.select({ personId: table.personId, n: count() }).from(table).where(inArray(table.personId, ids)).groupBy(table.personId);
  return new Map(rows.map((r) => [r.personId, Number(r.n)]));
}

/**
 * My data (issue 3 §5): per organisation and register, the categories held about the account's
 * linked records (not the content), the consents and bans, and where the privacy notice is. Only
 * records linked to this account are read: the user id is in every WHERE.
 */
export async function getMyData(db: DbOrTx, userId: string, locale: Locale) {
  const records = await db
    .select({ record: personRecords, register: registers, org: { id: organisations.id, slug: organisations.slug, name: organisations.name } })
    .from(personRecords)
    .innerJoin(registers, eq(registers.id, personRecords.registerId))
    .innerJoin(organisations, eq(organisations.id, personRecords.organisationId))
    .where(eq(personRecords.userId, userId))
    .orderBy(asc(organisations.name), asc(registers.slug));
  const ids = records.map((r) => r.record.id);
  if (ids.length === 0) return [];
  const [consentCounts, events, contacts, fb] = await Promise.all([
    countBy(db, consents, ids),
    countBy(db, eventRegistrations, ids),
    countBy(db, contactEvents, ids),
    countBy(db, feedback, ids),
  ]);
  const notes = await db.select({ personId: caseNotes.personId, source: caseNotes.source, special: caseNotes.special }).from(caseNotes).where(inArray(caseNotes.personId, ids));
  const media = await db
    .select({ personId: mediaEntries.personId, kind: mediaEntries.kind, n: count() })
    .from(mediaEntries)
    .where(inArray(mediaEntries.personId, ids))
    .groupBy(mediaEntries.personId, mediaEntries.kind);
  const consentRows = await db
    .select({ id: consents.id, personId: consents.personId, purpose: consents.purpose, description: consents.description, givenAt: consents.givenAt, withdrawnAt: consents.withdrawnAt })
    .from(consents)
    .where(inArray(consents.personId, ids))
    .orderBy(asc(consents.givenAt));

  const byOrg = new Map<string, { id: string; slug: string; name: string; registers: ReturnType<typeof toRegister>[] }>();
  function toRegister(row: (typeof records)[number]) {
    const { record, register } = row;
    const notice = noticeIn(register.notice, locale).notice;
    const labels = new Map(notice.dataCategories.map((c) => [c.code, c.label]));
    const m = (kind: string) => Number(media.find((x) => x.personId === record.id && x.kind === kind)?.n ?? 0);
    const held = heldCategories(
      record,
      {
        consents: consentCounts.get(record.id) ?? 0,
        notes: notes.filter((n) => n.personId === record.id),
        eventRegistrations: events.get(record.id) ?? 0,
        photos: m("photo"),
        cameraRecordings: m("camera_recording"),
        contactEvents: contacts.get(record.id) ?? 0,
        feedback: fb.get(record.id) ?? 0,
      },
      register.categories,
    );
    return {
      personId: record.id,
      registerId: register.id,
      registerName: notice.name,
      categories: held.map((h) => ({ ...h, label: labels.get(h.code) ?? null, special: register.specialCategories.includes(h.code) })),
      consents: consentRows.filter((c) => c.personId === record.id),
      bans: { directMarketing: record.directMarketingBan, research: record.researchBan, profiling: record.profilingBan },
      restricted: record.restricted,
      relationshipState: record.relationshipState,
    };
  }
  for (const row of records) {
    const entry = byOrg.get(row.org.id) ?? { ...row.org, registers: [] };
    entry.registers.push(toRegister(row));
    byOrg.set(row.org.id, entry);
  }
  return [...byOrg.values()];
}
export type MyDataOrganisation = Awaited<ReturnType<typeof getMyData>>[number];

/** Whether the account has any linked record with the organisation (for forms that need one). */
export async function hasLinkedRecords(db: DbOrTx, userId: string, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: personRecords.id })
    .from(personRecords)
    .where(and(eq(personRecords.userId, userId), eq(personRecords.organisationId, organisationId)))
    .limit(1);
  return Boolean(row);
}
