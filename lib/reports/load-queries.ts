import "server-only";
/**
 * An access report's content apart from the case notes (PRODUCT.md §6): the organisation, the
 * request, its marks, history and outcome, the registers' Art. 15 information and every record
 * (record-queries.ts); the notes stream through notes-queries.ts.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { auditEvents, itemMarks, organisations, personRecords, registers, requests } from "../db/schema";
import type { DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { ActionError } from "../errors";
import { representativeRoleLabel } from "../representatives/messages";
import { noticesInForce } from "../registers/version-queries";
import { toHelsinkiDate } from "../deadlines/compute";
import { labelOf, ombudsmanContact, reportMessages } from "./messages";
import { labelFor } from "../i18n/labels";
import { buildOutcome } from "../workflow/outcomes";
import { describeOutcome } from "../workflow/outcome-text";
import { noticeIn } from "../notice-import/languages";
import { REPORT_SCHEMA_VERSION, type CaseNoteSource, type ItemMark, type ReportHead, type ReportRegisterHead } from "./report-data";
import { iterateCaseNotes, mapNotes, type Marks } from "./notes-queries";
import { buildRecord, loadRows, type LoadContext } from "./record-queries";

export { iterateCaseNotes };

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

/** Staff-only steps: internal notes are never shown to the subject (PRODUCT.md §2), failures are technical. */
const INTERNAL_ACTIONS = new Set(["request.note_added", "request_note_added", "report_failed"]);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

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
