/**
 * The content of a data report (PRODUCT.md §6): one versioned shape for the PDF, the JSON export and
 * the CSV (Art. 20). Pure: no database, no Node APIs, so the staff preview and tests share it.
 *
 * Case notes can run to thousands per person, so the loader returns a `ReportHead` (everything but
 * the notes, with a count) and the writers pull the notes through a `CaseNoteSource` one at a time.
 */
import { z } from "zod";

/** /2: every stored code keeps its field and gains a translated `…Label` beside it (issue 12). */
export const REPORT_SCHEMA_VERSION = "omatieto.report/2";

/** What staff can mark on an access report: the `item_marks.item_type` vocabulary. */
export const reportItemTypes = ["case_note", "consent", "event_registration", "media_entry", "contact_event", "feedback"] as const;
export type ReportItemType = (typeof reportItemTypes)[number];

/** Replaces each redacted span: fixed length, so the blank does not reveal the length of what it hides. */
export const REDACTION_MARK = "█████";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoDateTime = z.iso.datetime({ offset: true });
const id = z.guid();
const text = z.string().nullable();
/** The translated label of the code beside it, in the report's language (null when the code is). */
const label = z.string().nullable();
/** [start, end) in the text as given in this report, where a REDACTION_MARK stands. */
const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
/** Art. 15(4) redaction of third parties and tietosuojalaki § 34 withholding, shown per item. */
const marks = { redacted: z.array(span).optional(), withheld: z.object({ reason: z.string() }).optional() };

export const caseNoteSchema = z.object({
  id,
  writtenAt: isoDateTime,
  source: z.enum(["subject", "professional", "relative", "third_party", "staff"]),
  sourceLabel: z.string(),
  sourceDetail: text,
  channel: text,
  channelLabel: label,
  topic: text,
  special: z.boolean(),
  body: text,
  ...marks,
});

const consentSchema = z.object({
  id,
  purpose: z.string(),
  purposeLabel: z.string(),
  /** The purpose explained in the report's language; `description` is the wording recorded by staff. */
  purposeDescription: label,
  description: text,
  givenAt: isoDateTime,
  withdrawnAt: isoDateTime.nullable(),
  method: text,
  methodLabel: label,
  ...marks,
});
const eventSchema = z.object({
  id,
  kind: z.enum(["event", "training", "group"]),
  kindLabel: z.string(),
  eventName: z.string(),
  eventDate: isoDate,
  dietaryNeeds: text,
  attended: z.boolean().nullable(),
  registeredAt: isoDateTime,
  ...marks,
});
const mediaSchema = z.object({ id, kind: z.enum(["photo", "camera_recording"]), kindLabel: z.string(), capturedAt: isoDateTime, description: text, location: text, deleteAfter: isoDate.nullable(), ...marks });
const contactEventSchema = z.object({ id, occurredAt: isoDateTime, channel: z.string(), channelLabel: z.string(), campaign: text, summary: text, ...marks });
const feedbackSchema = z.object({ id, givenAt: isoDateTime, channel: text, channelLabel: label, rating: z.number().int().nullable(), body: text, ...marks });

const recordHeadShape = {
  id,
  identity: z.object({
    firstName: text,
    lastName: text,
    birthYear: z.number().int().nullable(),
    birthDate: isoDate.nullable(),
    /** Masked ("131052-****") unless the subject asked for it in full (tietosuojalaki § 29). */
    identityCode: text,
    identityCodeMasked: z.boolean(),
    gender: text,
    genderLabel: label,
    motherTongue: text,
    motherTongueLabel: label,
    serviceLanguage: z.enum(["fi", "sv", "en"]).nullable(),
    serviceLanguageLabel: label,
    workingLifeStatus: text,
    workingLifeStatusLabel: label,
  }),
  contact: z.object({
    email: text,
    phone: text,
    address: z.object({ street: text, postalCode: text, city: text }).nullable(),
  }),
  subjectGroups: z.array(z.object({ code: z.string(), label: z.string() })),
  relationship: z.object({ start: isoDate.nullable(), end: isoDate.nullable(), state: text, stateLabel: label }),
  consents: z.array(consentSchema),
  bans: z.object({ directMarketing: z.boolean(), research: z.boolean(), profiling: z.boolean() }),
  restricted: z.boolean(),
  eventRegistrations: z.array(eventSchema),
  media: z.array(mediaSchema),
  contactHistory: z.array(contactEventSchema),
  feedback: z.array(feedbackSchema),
  /** CJEU C-579/21: dates and purposes of consultations, never the staff member's identity. */
  accessLog: z.array(z.object({ date: isoDateTime, purpose: z.string() })),
};
const recordSchema = z.object({ ...recordHeadShape, caseNotes: z.array(caseNoteSchema) });

const art15Schema = z.object({
  purposes: z.array(z.string()),
  legalBasis: z.string(),
  categories: z.array(z.object({ code: z.string(), label: z.string(), special: z.boolean() })),
  recipients: z.array(z.string()),
  processors: z.array(z.object({ name: z.string(), service: z.string() })),
  retention: z.string(),
  sources: z.array(z.string()),
  rights: z.array(z.string()),
  complaint: z.object({
    authority: z.string(),
    visitingAddress: z.string(),
    postalAddress: z.string(),
    email: z.string(),
    phone: z.string(),
    website: z.string(),
  }),
  automatedDecisions: z.string(),
  transfers: z.string(),
});

const envelopeShape = {
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  /** "portability": only what the subject provided (Art. 20); "access": everything (Art. 15). */
  scope: z.enum(["access", "portability"]),
  generatedAt: isoDateTime,
  locale: z.enum(["fi", "sv", "en"]),
  organisation: z.object({
    name: z.string(),
    businessId: text,
    address: z.string(),
    contact: z.object({ name: z.string(), email: z.string(), phone: text, address: text }),
    dpo: z.object({ name: z.string(), email: text }).nullable(),
  }),
  request: z
    .object({
      reference: z.string(),
      type: z.enum(["access", "rectification", "erasure", "restriction", "objection", "consent_withdrawal", "portability"]),
      typeLabel: z.string(),
      receivedOn: isoDate,
      dueOn: isoDate,
    })
    .nullable(),
  /** `requestedBy`: a representative filed the request (LEGAL.md §2); the data stays under the subject's own name. */
  subject: z.object({ name: z.string(), requestedBy: z.object({ name: z.string(), role: z.string() }).optional() }),
  history: z.array(z.object({ at: isoDateTime, action: z.string(), label: z.string() })),
  /**
   * The decision as it applies to this report (issue 11 §1): items withheld (tietosuojalaki 34 §) or
   * "no data held", in the report's language, with the remedy block wherever anything is not given.
   */
  outcome: z
    .object({
      overall: z.enum(["done", "partly", "refused", "no_data", "forwarded"]),
      title: z.string(),
      overallText: z.string(),
      items: z.array(z.object({ text: z.string(), result: z.enum(["done", "partly", "refused"]), resultLabel: z.string(), reasons: z.array(z.string()) })),
      remedies: z.object({ title: z.string(), complaint: z.string(), ombudsman: z.array(z.string()), judicial: z.string() }).nullable(),
    })
    .nullable()
    .optional(),
};

export const reportDataSchema = z.object({
  ...envelopeShape,
  registers: z.array(
    z.object({
      id,
      name: z.string(),
      /** The privacy-notice version in force when the report was made (absent in reports made before versions). */
      noticeVersion: z.object({ id, number: z.number().int(), inForceFrom: z.string() }).nullable().optional(),
      art15: art15Schema,
      records: z.array(recordSchema),
    }),
  ),
});

export type ReportData = z.infer<typeof reportDataSchema>;
export type ReportRegister = ReportData["registers"][number];
export type ReportRecord = ReportRegister["records"][number];
export type ReportCaseNote = z.infer<typeof caseNoteSchema>;
export type Art15Info = ReportRegister["art15"];

export type ReportRecordHead = Omit<ReportRecord, "caseNotes"> & { caseNoteCount: number };
export type ReportRegisterHead = Omit<ReportRegister, "records"> & { records: ReportRecordHead[] };
/** Everything but the case notes, which stream through a CaseNoteSource. */
export type ReportHead = Omit<ReportData, "registers"> & { registers: ReportRegisterHead[] };
export type CaseNoteSource = (recordId: string) => AsyncIterable<ReportCaseNote>;

export type ItemMark = { kind: "redact" | "withhold"; spans: Array<[number, number]>; reason: string };

/**
 * Blank the marked character ranges (Art. 15(4)). Overlapping spans merge; an empty span list
 * blanks the whole text. Returns the spans of the marks in the output text.
 */
export function redactText(value: string, spans: Array<[number, number]>): { text: string; redacted: Array<[number, number]> } {
  if (spans.length === 0) return { text: REDACTION_MARK, redacted: [[0, REDACTION_MARK.length]] };
  const merged: Array<[number, number]> = [];
  for (const [a, b] of [...spans].map(([s, e]) => [Math.max(0, Math.min(s, e)), Math.min(value.length, Math.max(s, e))] as [number, number]).sort((x, y) => x[0] - y[0])) {
    if (b <= a) continue;
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  let out = "";
  let at = 0;
  const redacted: Array<[number, number]> = [];
  for (const [a, b] of merged) {
    out += value.slice(at, a);
    redacted.push([out.length, out.length + REDACTION_MARK.length]);
    out += REDACTION_MARK;
    at = b;
  }
  return { text: out + value.slice(at), redacted };
}

/**
 * Apply an item's marks to its free-text field; `others` are the item's secondary texts (e.g. who
 * the source was) that a whole-item redaction or a withholding also removes.
 * Withholding (tietosuojalaki § 34) wins over redaction: the item is replaced by a notice.
 */
export function applyItemMarks<T extends Record<string, unknown>>(
  item: T,
  field: keyof T,
  others: Array<keyof T>,
  itemMarks: ItemMark[] | undefined,
): T & { redacted?: Array<[number, number]>; withheld?: { reason: string } } {
  if (!itemMarks?.length) return item;
  const withhold = itemMarks.find((m) => m.kind === "withhold");
  if (withhold) {
    const out: Record<string, unknown> = { ...item, [field]: null, withheld: { reason: withhold.reason } };
    for (const k of others) out[k as string] = null;
    return out as T & { withheld: { reason: string } };
  }
  const redactions = itemMarks.filter((m) => m.kind === "redact");
  const whole = redactions.some((m) => m.spans.length === 0);
  const value = item[field];
  if (typeof value !== "string") return item;
  const { text: redactedText, redacted } = redactText(value, whole ? [] : redactions.flatMap((m) => m.spans));
  const out: Record<string, unknown> = { ...item, [field]: redactedText, redacted };
  if (whole) for (const k of others) if (typeof out[k as string] === "string") out[k as string] = REDACTION_MARK;
  return out as T & { redacted: Array<[number, number]> };
}

/**
 * Art. 20 covers only data the subject provided, processed on consent or contract: identity,
 * contact details, consents, event registrations, feedback and the notes whose source is the subject.
 */
export function toPortableHead(head: ReportHead): ReportHead {
  return {
    ...head,
    scope: "portability",
    registers: head.registers.map((r) => ({
      ...r,
      records: r.records.map((rec) => ({ ...rec, subjectGroups: [], media: [], contactHistory: [], accessLog: [] })),
    })),
  };
}

export function isPortableNote(note: ReportCaseNote): boolean {
  return note.source === "subject";
}

/** Join head and notes into the full document (tests and small reports; the writers stream instead). */
export async function collectReport(head: ReportHead, notes: CaseNoteSource): Promise<ReportData> {
  const registers: ReportRegister[] = [];
  for (const r of head.registers) {
    const records: ReportRecord[] = [];
    for (const { caseNoteCount: _count, ...rec } of r.records) {
      const caseNotes: ReportCaseNote[] = [];
      for await (const n of notes(rec.id)) if (head.scope === "access" || isPortableNote(n)) caseNotes.push(n);
      records.push({ ...rec, caseNotes });
    }
    registers.push({ ...r, records });
  }
  return { ...head, registers };
}
