import "server-only";
/**
 * One person record's data categories for an access report (PRODUCT.md §6): the rows of every
 * category for all the report's records in one query each, then each record built in the report's
 * language with the request's marks applied.
 */
import { asc, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { auditEvents, caseNotes, consents, contactEvents, eventRegistrations, feedback, mediaEntries, type PersonRecord, type Register } from "../db/schema";
import type { DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { openText } from "../crypto";
import { maskHetu } from "../identity/hetu";
import { listPersonReads } from "../persons/read-log-queries";
import { labelFor, labelTables as labelTablesOf } from "../i18n/labels";
import { noticeIn } from "../notice-import/languages";
import { labelOf, reportMessages } from "./messages";
import { applyItemMarks, type ReportRecordHead } from "./report-data";
import type { Marks } from "./notes-queries";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The identity code, opened from its seal. The seed seals without AAD; later writers may bind the record id. */
function openIdentityCode(p: PersonRecord): string | null {
  if (!p.identityCodeEnc) return null;
  for (const aad of ["", `person:${p.id}`]) {
    try {
      return openText(p.identityCodeEnc, aad);
    } catch {}
  }
  return null;
}

export function buildRecord(p: PersonRecord, reg: Register, ctx: LoadContext): ReportRecordHead {
  const notice = noticeIn(reg.notice, ctx.locale).notice;
  const code = openIdentityCode(p);
  const mark = <T extends Record<string, unknown>>(type: string, item: T & { id: string }, field: keyof T, others: Array<keyof T> = []) =>
    applyItemMarks(item, field, others, ctx.marks.get(`${type}:${item.id}`));
  const mine = <T extends { personId: string }>(rows: T[]) => rows.filter((r) => r.personId === p.id);
  const m = reportMessages(ctx.locale);
  const loc = ctx.locale;
  return {
    id: p.id,
    identity: {
      firstName: p.firstName,
      lastName: p.lastName,
      birthYear: p.birthYear,
      birthDate: p.birthDate,
      identityCode: code === null ? null : ctx.includeIdentityCode ? code : maskHetu(code),
      identityCodeMasked: code !== null && !ctx.includeIdentityCode,
      gender: p.gender,
      genderLabel: labelFor(loc, "gender", p.gender),
      motherTongue: p.motherTongue,
      motherTongueLabel: labelFor(loc, "language", p.motherTongue),
      serviceLanguage: p.serviceLanguage,
      serviceLanguageLabel: labelFor(loc, "locale", p.serviceLanguage),
      workingLifeStatus: p.workingLifeStatus,
      workingLifeStatusLabel: labelFor(loc, "workingLifeStatus", p.workingLifeStatus),
    },
    contact: {
      email: p.email,
      phone: p.phone,
      address: p.streetAddress || p.postalCode || p.city ? { street: p.streetAddress, postalCode: p.postalCode, city: p.city } : null,
    },
    subjectGroups: p.subjectGroups.map((g) => ({ code: g, label: notice.subjectGroups.find((s) => s.code === g)?.label ?? labelFor(loc, "subjectGroup", g) })),
    relationship: { start: p.relationshipStart, end: p.relationshipEnd, state: p.relationshipState, stateLabel: labelFor(loc, "relationshipState", p.relationshipState) },
    consents: mine(ctx.rows.consents).map((c) =>
      mark("consent", {
        id: c.id,
        purpose: c.purpose,
        purposeLabel: labelFor(loc, "consentPurpose", c.purpose),
        purposeDescription: (labelTablesOf(loc).consentPurposeDescription as Record<string, string>)[c.purpose] ?? null,
        description: c.description as string | null,
        givenAt: c.givenAt.toISOString(),
        withdrawnAt: iso(c.withdrawnAt),
        method: c.method,
        methodLabel: labelFor(loc, "consentMethod", c.method),
      }, "description"),
    ),
    bans: { directMarketing: p.directMarketingBan, research: p.researchBan, profiling: p.profilingBan },
    restricted: p.restricted,
    eventRegistrations: mine(ctx.rows.events).map((e) =>
      mark("event_registration", { id: e.id, kind: e.kind, kindLabel: labelFor(loc, "eventKind", e.kind), eventName: e.eventName, eventDate: e.eventDate, dietaryNeeds: e.dietaryNeeds, attended: e.attended, registeredAt: e.registeredAt.toISOString() }, "dietaryNeeds"),
    ),
    media: mine(ctx.rows.media).map((x) =>
      mark("media_entry", { id: x.id, kind: x.kind, kindLabel: labelFor(loc, "mediaKind", x.kind), capturedAt: x.capturedAt.toISOString(), description: x.description as string | null, location: x.location, deleteAfter: x.deleteAfter }, "description", ["location"]),
    ),
    contactHistory: mine(ctx.rows.contacts).map((c) =>
      mark("contact_event", { id: c.id, occurredAt: c.occurredAt.toISOString(), channel: c.channel, channelLabel: labelFor(loc, "contactChannel", c.channel), campaign: c.campaign, summary: c.summary as string | null }, "summary"),
    ),
    feedback: mine(ctx.rows.feedback).map((f) =>
      mark("feedback", { id: f.id, givenAt: f.givenAt.toISOString(), channel: f.channel, channelLabel: labelFor(loc, "contactChannel", f.channel), rating: f.rating, body: f.body as string | null }, "body"),
    ),
    accessLog: [
      ...ctx.rows.log.filter((e) => e.personId === p.id).map((e) => ({ at: e.at, purpose: labelOf(m.purposes, e.action) })),
      ...ctx.rows.reads.filter((e) => e.personId === p.id).map((e) => ({ at: e.at, purpose: labelOf(m.purposes, e.purpose) })),
    ]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e) => ({ date: e.at.toISOString(), purpose: e.purpose })),
    caseNoteCount: ctx.noteCounts.get(p.id) ?? 0,
  };
}

export type LoadContext = Awaited<ReturnType<typeof loadRows>> & { locale: Locale; includeIdentityCode: boolean; marks: Marks };

export async function loadRows(db: DbOrTx, ids: string[]) {
  const none = ids.length === 0;
  const by = (col: AnyPgColumn) => (none ? sql`false` : inArray(col, ids));
  const rows = {
    consents: await db.select().from(consents).where(by(consents.personId)).orderBy(asc(consents.givenAt), asc(consents.id)),
    events: await db.select().from(eventRegistrations).where(by(eventRegistrations.personId)).orderBy(asc(eventRegistrations.eventDate), asc(eventRegistrations.id)),
    media: await db.select().from(mediaEntries).where(by(mediaEntries.personId)).orderBy(asc(mediaEntries.capturedAt), asc(mediaEntries.id)),
    contacts: await db.select().from(contactEvents).where(by(contactEvents.personId)).orderBy(asc(contactEvents.occurredAt), asc(contactEvents.id)),
    feedback: await db.select().from(feedback).where(by(feedback.personId)).orderBy(asc(feedback.givenAt), asc(feedback.id)),
    log: none
      ? []
      : await db
          .select({ personId: auditEvents.personId, action: auditEvents.action, at: auditEvents.at })
          .from(auditEvents)
          .where(inArray(auditEvents.personId, ids))
          .orderBy(asc(auditEvents.at), asc(auditEvents.id)),
    // Staff reads (C-579/21): person page, request page, staff download — beside the audited changes.
    reads: await listPersonReads(db, ids),
  };
  const counts = none
    ? []
    : await db.select({ personId: caseNotes.personId, n: sql<number>`count(*)::int` }).from(caseNotes).where(inArray(caseNotes.personId, ids)).groupBy(caseNotes.personId);
  return { rows, noteCounts: new Map(counts.map((c) => [c.personId, Number(c.n)])) };
}
