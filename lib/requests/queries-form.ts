import "server-only";
import { isSlug } from "../organisations/slug";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import type { Locale, RequestTypeCode } from "../db/types";
import { caseNotes, consents, organisations, personRecords, registers } from "../db/schema";
import { RECTIFIABLE_FIELDS, type RectifiableField } from "./constants";
import { requiredLevelFor, type IdentityLevel } from "./levels";
import { getIdentityLevel } from "../identity/level-queries";
import { findOpenDuplicate } from "./duplicate-queries";
import { noticeIn } from "../notice-import/languages";

/** Organisations a subject can file with; those holding their linked records first. */
export async function listOrganisationsForSubject(db: DbOrTx, userId: string) {
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      // Written out: in a one-table select drizzle leaves columns unqualified, which a subquery would misread.
      linkedRecords: sql<number>`(select count(*)::int from person_records p where p.organisation_id = organisations.id and p.user_id = ${userId})`,
    })
    .from(organisations)
    .orderBy(sql`4 desc`, asc(organisations.name));
}

/**
 * What a request form offers, all from the subject's own data (issue 3): the organisation's
 * registers, the account's linked records with their current field values (for rectification, shown
 * only to the account they are linked to), and the consents on record that are still in force.
 */
export async function getRequestFormContext(db: DbOrTx, userId: string, organisationSlug: string, locale: Locale, type?: RequestTypeCode) {
  if (!isSlug(organisationSlug)) return null;
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, organisationSlug));
  if (!org) return null;
  const regs = await db.select().from(registers).where(eq(registers.organisationId, org.id)).orderBy(asc(registers.slug));
  const records = await db
    .select()
    .from(personRecords)
    .where(and(eq(personRecords.userId, userId), eq(personRecords.organisationId, org.id)))
    .orderBy(asc(personRecords.createdAt));
  const recordIds = records.map((r) => r.id);
  const activeConsents = recordIds.length
    ? await db
        .select({ id: consents.id, personId: consents.personId, purpose: consents.purpose, description: consents.description, givenAt: consents.givenAt })
        .from(consents)
        .where(and(inArray(consents.personId, recordIds), isNull(consents.withdrawnAt)))
        .orderBy(asc(consents.givenAt))
    : [];
  const notes = recordIds.length
    ? await db.select({ personId: caseNotes.personId, n: count() }).from(caseNotes).where(inArray(caseNotes.personId, recordIds)).groupBy(caseNotes.personId)
    : [];
  const noteCount = new Map(notes.map((n) => [n.personId, Number(n.n)]));
  const regName = (id: string) => {
    const r = regs.find((x) => x.id === id);
    return r ? noticeIn(r.notice, locale).notice.name : "";
  };
  const level = await getIdentityLevel(db, userId, org.id);
  const levels = Object.fromEntries(
    (["access", "rectification", "erasure", "restriction", "objection", "consent_withdrawal", "portability"] as const).map((t) => [
      t,
      requiredLevelFor(org.settings, t),
    ]),
  ) as Record<RequestTypeCode, IdentityLevel>;
  return {
    organisation: { id: org.id, slug: org.slug, name: org.name, oidcAvailable: Boolean(org.oidcIssuer && org.oidcClientId) },
    identityLevel: level,
    requiredLevels: levels,
    // An archived register is offered only to those who still have records in it (their rights remain).
    registers: regs.filter((r) => !r.archivedAt || records.some((p) => p.registerId === r.id)).map((r) => {
      const notice = noticeIn(r.notice, locale).notice;
      const labels = new Map(notice.dataCategories.map((c) => [c.code, c.label]));
      return {
        id: r.id,
        name: notice.name,
        hasRecord: records.some((p) => p.registerId === r.id),
        categories: r.categories.map((code) => ({ code, label: labels.get(code) ?? null, special: r.specialCategories.includes(code) })),
      };
    }),
    records: records.map((p) => ({
      id: p.id,
      registerId: p.registerId,
      registerName: regName(p.registerId),
      restricted: p.restricted,
      fields: RECTIFIABLE_FIELDS.filter((f) => p[f] !== null && p[f] !== undefined && p[f] !== "").map((f: RectifiableField) => ({
        field: f,
        value: String(p[f]),
      })),
      caseNotes: noteCount.get(p.id) ?? 0,
    })),
    consents: activeConsents.map((c) => ({ ...c, registerName: regName(records.find((p) => p.id === c.personId)?.registerId ?? "") })),
    duplicate: type ? await findOpenDuplicate(db, { userId, organisationId: org.id, type }) : null,
  };
}
export type RequestFormContext = NonNullable<Awaited<ReturnType<typeof getRequestFormContext>>>;
