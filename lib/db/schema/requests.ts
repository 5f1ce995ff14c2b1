import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import {
  authorityStatusEnum,
  localeEnum,
  requestChannelEnum,
  requestStatusEnum,
  requestTypeEnum,
  taskKindEnum,
  taskStatusEnum,
  itemMarkKindEnum,
  feeBasisEnum,
  feeStatusEnum,
  pauseReasonEnum,
} from "./enums";
import { users } from "./auth";
import { organisations, processors } from "./organisations";
import { personRecords } from "./persons";
import type { RequestDetails } from "../types";

/**
 * A data-subject request (PRODUCT.md §2–3). Dates follow LEGAL.md §1: `receivedOn` is the Helsinki
 * calendar day the clock starts; `dueOn` the legal limit (end of that day, Helsinki time).
 */
export const requests = pgTable(
  "requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull().unique(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    /** The filing account; null for a request staff took in by letter with no portal account. */
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    type: requestTypeEnum("type").notNull(),
    status: requestStatusEnum("status").notNull(),
    channel: requestChannelEnum("channel").notNull().default("portal"),
    locale: localeEnum("locale").notNull().default("fi"),
    /** Name and email of the subject as given (intake on behalf has no account). */
    subjectName: text("subject_name").notNull(),
    subjectEmail: text("subject_email"),
    /** A guardian or authorised representative filing for someone else (LEGAL.md §2). */
    representativeName: text("representative_name"),
    representativeRole: text("representative_role"),
    powerOfAttorneyCheckedAt: timestamp("power_of_attorney_checked_at", { withTimezone: true }),
    /** Null when the subject files for themselves; otherwise the staff check of the representative's authority. */
    authorityStatus: authorityStatusEnum("authority_status"),
    /** The represented person's birth date as the representative gave it, to find their record. */
    representedBirthDate: date("represented_birth_date"),
    /** Keyed hash of the represented person's identity code (never the code itself): finds the record only. */
    representedIdentityLookup: text("represented_identity_lookup"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    receivedOn: date("received_on").notNull(),
    /** The one-month date before the working-day shift, kept because the extension counts from it. */
    baseDueOn: date("base_due_on").notNull(),
    dueOn: date("due_on").notNull(),
    targetOn: date("target_on").notNull(),
    extendedDueOn: date("extended_due_on"),
    extensionReason: text("extension_reason"),
    extendedAt: timestamp("extended_at", { withTimezone: true }),
    /** Clock pause (EDPB 01/2022): days paused so far and the start of a running pause. */
    pausedDays: integer("paused_days").notNull().default(0),
    pausedSince: timestamp("paused_since", { withTimezone: true }),
    /** Why the running pause began: an identity question ends when the subject verifies or answers. */
    pauseReason: pauseReasonEnum("pause_reason"),
    requiredLevel: smallint("required_level").notNull().default(1),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    details: jsonb("details").$type<RequestDetails>().notNull(),
    decisionReasons: text("decision_reasons"),
    rejectionGround: text("rejection_ground"),
    forwardedTo: text("forwarded_to"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The staff queue: scoped by organisation, sorted by the effective due date (the extended one once
    // granted), keyset-paginated on (due, id). Expression indexes written exactly like the queue's
    // ORDER BY so that a million requests stay an ordered index scan with no sort.
    index("requests_queue_due_idx").on(t.organisationId, sql`coalesce(${t.extendedDueOn}, ${t.dueOn})`, t.id),
    index("requests_queue_open_idx").on(t.organisationId, sql`coalesce(${t.extendedDueOn}, ${t.dueOn})`, t.id).where(sql`closed_at is null`),
    index("requests_queue_status_idx").on(t.organisationId, t.status, sql`coalesce(${t.extendedDueOn}, ${t.dueOn})`, t.id),
    index("requests_assignee_idx").on(t.assigneeId, sql`coalesce(${t.extendedDueOn}, ${t.dueOn})`, t.id),
    // The subject's own requests, newest first, keyset on (created_at, id) (lib/requests/list-queries.ts).
    index("requests_user_idx").on(t.userId, t.createdAt, t.id),
  ],
);
export type Request = typeof requests.$inferSelect;
export type NewRequest = typeof requests.$inferInsert;

/**
 * The document showing a representative's authority (custody decision, court order, power of attorney),
 * encrypted at rest with the data key (`content_enc`, the row id as AAD); deleted with its request.
 */
export const authorityDocuments = pgTable(
  "authority_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    /** Decided from the file's first bytes, never from what the client claimed. */
    mimeType: text("mime_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    contentEnc: text("content_enc").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("authority_documents_request_idx").on(t.requestId)],
);
export type AuthorityDocument = typeof authorityDocuments.$inferSelect;

/** The person records a request concerns. */
export const requestRecords = pgTable(
  "request_records",
  {
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull().references(() => personRecords.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.personId] }), index("request_records_person_idx").on(t.personId)],
);

/** Messages between the subject and staff — never mixed with internal notes. */
export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    fromStaff: boolean("from_staff").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  // A thread's pages: keyset on (created_at, id) within the request (lib/requests/thread-queries.ts).
  // The unread markers (my requests' count, the queue's "subject wrote"): partial indexes of the few
  // unread rows, so a request with thousands of read messages costs no more than one with none.
  (t) => [
    index("messages_request_idx").on(t.requestId, t.createdAt, t.id),
    index("messages_unread_from_staff_idx").on(t.requestId).where(sql`from_staff and read_at is null`),
    index("messages_unread_from_subject_idx").on(t.requestId).where(sql`not from_staff and read_at is null`),
  ],
);
export type Message = typeof messages.$inferSelect;

/** Staff-only notes on a request. */
export const internalNotes = pgTable(
  "internal_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("internal_notes_request_idx").on(t.requestId, t.createdAt, t.id)],
);
export type InternalNote = typeof internalNotes.$inferSelect;

/** Fulfilment steps; a request closes only when each is done or skipped with a reason. */
export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    kind: taskKindEnum("kind").notNull(),
    /** A code the UI translates (e.g. "erase_external", "notify_recipient"). */
    action: text("action").notNull(),
    processorId: uuid("processor_id").references(() => processors.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    status: taskStatusEnum("status").notNull().default("open"),
    skipReason: text("skip_reason"),
    doneBy: text("done_by").references(() => users.id, { onDelete: "set null" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("tasks_request_idx").on(t.requestId)],
);
export type Task = typeof tasks.$inferSelect;

/** Redactions (Art. 15(4)) and withheld items (tietosuojalaki § 34) marked on an access report. */
export const itemMarks = pgTable(
  "item_marks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    kind: itemMarkKindEnum("kind").notNull(),
    itemType: text("item_type").notNull(),
    itemId: uuid("item_id").notNull(),
    /** For redaction: character ranges of the text to blank; empty means the whole item. */
    spans: jsonb("spans").$type<Array<[number, number]>>().notNull().default([]),
    reason: text("reason").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("item_marks_request_idx").on(t.requestId)],
);

/**
 * A fee decided by staff (Art. 12(5) manifestly unfounded or excessive, Art. 15(3) further copies):
 * a reasonable amount based on administrative costs, with reasons, that the subject accepts or
 * declines before anything is fulfilled (EDPB Guidelines 01/2022). One pending fee per request.
 */
export const requestFees = pgTable(
  "request_fees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    basis: feeBasisEnum("basis").notNull(),
    amountCents: integer("amount_cents").notNull(),
    reasons: text("reasons").notNull(),
    status: feeStatusEnum("status").notNull().default("pending"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [index("request_fees_request_idx").on(t.requestId, t.createdAt)],
);
export type RequestFee = typeof requestFees.$inferSelect;

/** Reminders already sent (7 and 2 days before, overdue): the unique key makes each go out once. */
export const remindersSent = pgTable(
  "reminders_sent",
  {
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    dueOn: date("due_on").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.kind, t.dueOn] })],
);

/**
 * Audit trail: append-only (a trigger refuses UPDATE and DELETE, see the migration) and hash-chained
 * per organisation. No foreign keys: events outlive the rows they describe (e.g. an erased record).
 * `payload` holds no personal data; values that are personal go to `sealed`, encrypted.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id"),
    chain: text("chain").notNull(),
    requestId: uuid("request_id"),
    personId: uuid("person_id"),
    actorId: text("actor_id"),
    actorRole: text("actor_role").notNull(),
    action: text("action").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    sealed: text("sealed"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_events_request_idx").on(t.requestId, t.id),
    index("audit_events_chain_idx").on(t.chain, t.id),
    index("audit_events_person_idx").on(t.personId),
  ],
);
export type AuditEvent = typeof auditEvents.$inferSelect;

/**
 * The anchored head of each audit chain (issue 9, finding 14): the last event's id and hash and the
 * number of events, MACed with the audit key (not in the database). Upserted in the same transaction
 * as every append, so deleting the newest events is noticed by `audit:verify`. `legacy_through`:
 * events up to this id predate the keyed chain and were hashed with plain SHA-256 (README).
 */
export const auditChainHeads = pgTable("audit_chain_heads", {
  chain: text("chain").primaryKey(),
  lastEventId: bigint("last_event_id", { mode: "number" }).notNull(),
  eventCount: bigint("event_count", { mode: "number" }).notNull(),
  headHash: text("head_hash").notNull(),
  legacyThrough: bigint("legacy_through", { mode: "number" }).notNull().default(0),
  mac: text("mac").notNull(),
});
export type AuditChainHead = typeof auditChainHeads.$inferSelect;

/**
 * Staff reads of a person record (CJEU C-579/21): who is shown as the organisation, when, and why (the
 * request or the purpose code). One plain insert per view — no hash chain, no personal data beyond ids —
 * so logging every read stays cheap. The next access report lists these beside the audited changes.
 */
export const personReads = pgTable(
  "person_reads",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    organisationId: uuid("organisation_id").notNull(),
    personId: uuid("person_id").notNull().references(() => personRecords.id, { onDelete: "cascade" }),
    actorId: text("actor_id"),
    requestId: uuid("request_id"),
    /** A purpose code the report translates: person_viewed, request_viewed, person_exported. */
    purpose: text("purpose").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("person_reads_person_idx").on(t.personId, t.at)],
);
export type PersonRead = typeof personReads.$inferSelect;
