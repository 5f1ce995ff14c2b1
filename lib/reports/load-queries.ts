import "server-only";
import { representativeRoleLabel } from "../representatives/messages";
import { listPersonReads } from "../persons/read-log-queries";
import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import {
  auditEvents,
  caseNotes,
  consents,
  contactEvents,
  eventRegistrations,
  feedback,
  itemMarks,
  mediaEntries,
  organisations,
  personRecords,
  registers,
  requests,
  type CaseNote,
  type PersonRecord,
  type Register,
} from "../db/schema";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { openText } from "../crypto";
import { maskHetu } from "../identity/hetu";
import { ActionError } from "../errors";
import { noticesInForce } from "../registers/version-queries";
import { toHelsinkiDate } from "../deadlines/compute";
import { labelOf, ombudsmanContact, reportMessages } from "./messages";
import { labelFor, labelTables as labelTablesOf } from "../i18n/labels";
import { buildOutcome } from "../workflow/outcomes";
import { describeOutcome } from "../workflow/outcome-text";
import {
  REPORT_SCHEMA_VERSION,
  applyItemMarks,
  type CaseNoteSource,
  type ItemMark,
  type ReportCaseNote,
  type ReportHead,
  type ReportRecordHead,
  type ReportRegisterHead,
} from "./report-data";
import { noticeIn } from "../notice-import/languages";

export type LoadReportInput = {
  requestId?: string | null;
  personIds: string[];
  /** Registers to describe even where the person has no record: "no data" is an answer too (Art. 15(1)). */
  registerIds?: string[];
  organisationId: string;
  locale: Locale;
  includeIdentityCode: boolean;
  /** The moment the report is made (tests); defaults to now. */
  now?: Date;
};
export type ReportSource = { head: ReportHead; notes: CaseNoteSource };
type Marks = Map<string, ItemMark[]>;

/** Staff-only steps: internal notes are never shown to the subject (PRODUCT.md §2), failures are technical. */
const INTERNAL_ACTIONS = new Set(["request.note_added", "request_note_added", "report_failed"]);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * One subject's case notes in (written_at, id) order, `batch` rows per query (keyset pagination), so
 * that 10,000 notes never sit in memory at once. The cursor is the timestamp's own text: a JS Date
 * would drop microseconds and skip or repeat notes written in the same millisecond.
 */
export async function* iterateCaseNotes(db: DbOrTx, personId: string, batch = 500): AsyncGenerator<CaseNote> {
  let cursor: { at: string; id: string } | null = null;
  for (;;) {
    const after: SQL | undefined = cursor ? sql`(${caseNotes.writtenAt}, ${caseNotes.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined;
    const rows = await db
      .select({ ...getTableColumns(caseNotes), cursorAt: sql<string>`${caseNotes.writtenAt}::text` })
      .from(caseNotes)
      .where(and(eq(caseNotes.personId, personId), after))
      .orderBy(asc(caseNotes.writtenAt), asc(caseNotes.id))
      .limit(batch);
    for (const { cursorAt: _c, ...note } of rows) yield note;
    if (rows.length < batch) return;
    const last: { cursorAt: string; id: string } = rows[rows.length - 1];
    cursor = { at: last.cursorAt, id: last.id };
  }
}

function toReportNote(n: CaseNote, marks: Marks, locale: Locale): ReportCaseNote {
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

function buildRecord(p: PersonRecord, reg: Register, ctx: LoadContext): ReportRecordHead {
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

type LoadContext = Awaited<ReturnType<typeof loadRows>> & { locale: Locale; includeIdentityCode: boolean; marks: Marks };

async function loadRows(db: DbOrTx, ids: string[]) {
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

/**
 * Everything an access report holds except the case notes (PRODUCT.md §6), in the report's language,
 * with the request's redactions and withholdings applied. The notes come through `notes(recordId)`,
 * which streams them with the same marks applied.
 */
export async function loadReportData(db: DbOrTx, input: LoadReportInput): Promise<ReportSource> {
  const { locale } = input;
  const m = reportMessages(locale);
  const [org] = await db.select().from(organisations).where(eq(organisations.id, input.organisationId));
  if (!org) throw new ActionError("not_found");
  const persons = input.personIds.length
    ? await db
        .select()
        .from(personRecords)
        .where(and(inArray(personRecords.id, input.personIds), eq(personRecords.organisationId, org.id)))
        .orderBy(asc(personRecords.createdAt), asc(personRecords.id))
    : [];
  const regIds = [...new Set([...persons.map((p) => p.registerId), ...(input.registerIds ?? [])])];
  const regs = regIds.length
    ? await db.select().from(registers).where(and(inArray(registers.id, regIds), eq(registers.organisationId, org.id))).orderBy(asc(registers.slug))
    : [];

  let request: ReportHead["request"] = null;
  let subjectName: string | null = null;
  let requestedBy: { name: string; role: string } | undefined;
  const marks: Marks = new Map();
  let history: ReportHead["history"] = [];
  let outcome: ReportHead["outcome"] = null;
  if (input.requestId) {
    const [r] = await db.select().from(requests).where(and(eq(requests.id, input.requestId), eq(requests.organisationId, org.id)));
    if (!r) throw new ActionError("not_found");
    request = { reference: r.reference, type: r.type, typeLabel: labelFor(locale, "requestType", r.type), receivedOn: r.receivedOn, dueOn: r.extendedDueOn ?? r.dueOn };
    subjectName = r.subjectName;
    // Only once staff confirmed the authority; a role label, never the stored code.
    if (r.representativeName && r.authorityStatus !== "pending" && r.authorityStatus !== "refused") {
      requestedBy = { name: r.representativeName, role: r.representativeRole ? representativeRoleLabel(locale, r.representativeRole) : "" };
    }
    for (const k of await db.select().from(itemMarks).where(eq(itemMarks.requestId, r.id)).orderBy(asc(itemMarks.createdAt))) {
      const key = `${k.itemType}:${k.itemId}`;
      marks.set(key, [...(marks.get(key) ?? []), { kind: k.kind, spans: k.spans ?? [], reason: k.reason }]);
    }
    const events = await db
      .select({ at: auditEvents.at, action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.requestId, r.id))
      .orderBy(asc(auditEvents.id));
    history = events
      .filter((e) => !INTERNAL_ACTIONS.has(e.action))
      .map((e) => ({ at: e.at.toISOString(), action: e.action, label: labelOf(m.actions, e.action) }));
    outcome = reportOutcome(r, [...marks.values()].flat(), persons.length, locale);
  }

  const ctx: LoadContext = { ...(await loadRows(db, persons.map((p) => p.id))), locale, includeIdentityCode: input.includeIdentityCode, marks };
  // The report cites the notice version in force the day it is made (Art. 15(1) as then published).
  const generatedAt = input.now ?? new Date();
  const inForce = await noticesInForce(db, regs.map((r) => r.id), toHelsinkiDate(generatedAt));
  const registersOut: ReportRegisterHead[] = regs.map((reg) => {
    const version = inForce.get(reg.id);
    const notice = version?.notice ?? reg.notice;
    const n = noticeIn(notice, locale).notice;
    return {
      id: reg.id,
      name: n.name,
      noticeVersion: version ? { id: version.id, number: version.version, inForceFrom: version.inForceFrom } : null,
      art15: {
        purposes: n.purposes,
        legalBasis: n.legalBasis,
        categories: n.dataCategories.map((c) => ({ code: c.code, label: c.description ? `${c.label}: ${c.description}` : c.label, special: !!c.special || reg.specialCategories.includes(c.code) })),
        recipients: n.recipients,
        processors: n.processors,
        retention: n.retention,
        sources: n.sources,
        // Art. 15(1)(e) names rectification, erasure, restriction and objection even where a notice is silent.
        rights: [m.art15.rightsStandard, ...n.rights],
        complaint: ombudsmanContact(locale),
        // Art. 15(1)(h): what the register declares; its silence means no such decisions are made.
        automatedDecisions: n.automatedDecisions?.trim() || m.art15.automatedNone,
        transfers: n.transfers,
      },
      records: persons.filter((p) => p.registerId === reg.id).map((p) => buildRecord(p, reg, ctx)),
    };
  });
  const first = persons[0];
  const head: ReportHead = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    scope: "access",
    generatedAt: generatedAt.toISOString(),
    locale,
    organisation: {
      name: org.name,
      businessId: org.businessId,
      address: `${org.streetAddress}, ${org.postalCode} ${org.city}`,
      contact: { name: org.contactName, email: org.contactEmail, phone: org.contactPhone, address: org.contactAddress },
      dpo: org.dpoName ? { name: org.dpoName, email: org.dpoEmail } : null,
    },
    request,
    subject: { name: subjectName ?? [first?.firstName, first?.lastName].filter(Boolean).join(" "), ...(requestedBy ? { requestedBy } : {}) },
    registers: registersOut,
    history,
    outcome,
  };
  return { head, notes: (recordId) => mapNotes(iterateCaseNotes(db, recordId), marks, locale) };
}

async function* mapNotes(rows: AsyncIterable<CaseNote>, marks: Marks, locale: Locale): AsyncGenerator<ReportCaseNote> {
  for await (const n of rows) yield toReportNote(n, marks, locale);
}

/**
 * The decision as far as this report shows it (issue 11 §1): withheld items (a partial refusal, with
 * the remedies) or "we hold no data about you" when an access request concerns no record. Null where
 * nothing applies — a full copy says so by being the copy.
 */
function reportOutcome(r: typeof requests.$inferSelect, marks: ItemMark[], records: number, locale: Locale): ReportHead["outcome"] {
  const noData = r.details.type === "access" && (records === 0 || r.details.noDataHeld === true);
  const withheld = marks.filter((k) => k.kind === "withhold").map((k) => ({ reason: k.reason }));
  if (!noData && withheld.length === 0) return null;
  const o = buildOutcome({
    status: "completed",
    details: noData && r.details.type === "access" ? { ...r.details, noDataHeld: true } : r.details,
    rejectionGround: null,
    decisionReasons: null,
    forwardedTo: null,
    withheld,
    recipients: [],
    reportReleased: true,
    withdrawnPurposes: [],
  });
  if (!o) return null;
  const d = describeOutcome({ ...o, items: o.items.filter((i) => i.kind !== "copy") }, locale);
  return { overall: o.overall, title: d.title, overallText: d.overall, items: d.items, remedies: d.remedies };
}
