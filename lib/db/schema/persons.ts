import { sql } from "drizzle-orm";
import { boolean, date, index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { localeEnum, mediaKindEnum, noteSourceEnum } from "./enums";
import { users } from "./auth";
import { organisations, registers } from "./organisations";

/**
 * One data subject's entry in a register (PRODUCT.md §2 "Person record"), holding every data
 * category both seed notices name. Child rows cascade so that erasure is one DELETE away.
 */
export const personRecords = pgTable(
  "person_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    registerId: uuid("register_id").notNull().references(() => registers.id, { onDelete: "cascade" }),
    /** The portal account linked after verification (level 2+). */
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    firstName: text("first_name"),
    lastName: text("last_name"),
    birthYear: smallint("birth_year"),
    birthDate: date("birth_date"),
    /** Personal identity code, AES-256-GCM (tietosuojalaki § 29); never stored in clear. */
    identityCodeEnc: text("identity_code_enc"),
    /** Keyed hash of the code, so a record can be found by code without decrypting every row. */
    identityCodeLookup: text("identity_code_lookup"),
    gender: text("gender"),
    motherTongue: text("mother_tongue"),
    serviceLanguage: localeEnum("service_language"),
    workingLifeStatus: text("working_life_status"),
    email: text("email"),
    phone: text("phone"),
    streetAddress: text("street_address"),
    postalCode: text("postal_code"),
    city: text("city"),
    subjectGroups: text("subject_groups").array().notNull().default([]),
    relationshipStart: date("relationship_start"),
    relationshipEnd: date("relationship_end"),
    relationshipState: text("relationship_state"),
    directMarketingBan: boolean("direct_marketing_ban").notNull().default(false),
    researchBan: boolean("research_ban").notNull().default(false),
    profilingBan: boolean("profiling_ban").notNull().default(false),
    /** Art. 18: a restricted record is only stored; edits are refused and marketing excludes it. */
    restricted: boolean("restricted").notNull().default(false),
    restrictedAt: timestamp("restricted_at", { withTimezone: true }),
    restrictionGround: text("restriction_ground"),
    /** Anonymous clients (Art. 11): a reference and a hashed secret handed out by staff. */
    clientReference: text("client_reference"),
    clientSecretHash: text("client_secret_hash"),
    /** Wrong secrets given for this reference since the last success or unlock (finding 8: per reference, not per account). */
    clientSecretFailures: smallint("client_secret_failures").notNull().default(0),
    /** Set when too many wrong secrets were given: no secret is accepted until staff unlock it. */
    clientReferenceLockedAt: timestamp("client_reference_locked_at", { withTimezone: true }),
    /** Set when erased categories left the row as a tombstone (anonymised). */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("person_records_org_idx").on(t.organisationId, t.lastName),
    // The persons list: per organisation by last name then id, keyset-paginated (lib/persons/list-queries.ts).
    index("person_records_list_idx").on(t.organisationId, sql`coalesce(${t.lastName}, '')`, t.id),
    index("person_records_user_idx").on(t.userId),
    index("person_records_email_idx").on(t.email),
    index("person_records_lookup_idx").on(t.identityCodeLookup),
    index("person_records_register_idx").on(t.registerId),
  ],
);
export type PersonRecord = typeof personRecords.$inferSelect;
export type NewPersonRecord = typeof personRecords.$inferInsert;

const personRef = () => uuid("person_id").notNull().references(() => personRecords.id, { onDelete: "cascade" });

/** Consents on record (Art. 7): purpose, when given, when withdrawn. */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: personRef(),
    purpose: text("purpose").notNull(),
    description: text("description").notNull(),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    method: text("method"),
  },
  (t) => [index("consents_person_idx").on(t.personId)],
);
export type Consent = typeof consents.$inferSelect;

/**
 * Case notes: the client relationship's notes, including special-category data (Art. 9) and the
 * views of professionals in network work (seed 000 §5); `source` answers Art. 15(1)(g).
 */
export const caseNotes = pgTable(
  "case_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: personRef(),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
    author: text("author"),
    source: noteSourceEnum("source").notNull(),
    sourceDetail: text("source_detail"),
    channel: text("channel"),
    topic: text("topic").notNull(),
    special: boolean("special").notNull().default(false),
    body: text("body").notNull(),
  },
  // The person page pages the notes, newest first, keyset on (written_at, id); the count of hidden
  // special-category notes reads only those (partial index).
  (t) => [index("case_notes_person_idx").on(t.personId, t.writtenAt, t.id), index("case_notes_special_idx").on(t.personId).where(sql`special`)],
);
export type CaseNote = typeof caseNotes.$inferSelect;

/** Registrations to events, trainings and groups, with dietary needs (seed 000 §5, seed 004). */
export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: personRef(),
    kind: text("kind").$type<"event" | "training" | "group">().notNull().default("event"),
    eventName: text("event_name").notNull(),
    eventDate: date("event_date").notNull(),
    dietaryNeeds: text("dietary_needs"),
    attended: boolean("attended"),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("event_registrations_person_idx").on(t.personId)],
);
export type EventRegistration = typeof eventRegistrations.$inferSelect;

/** Photos (taken with consent) and camera recordings: metadata only (seed 004). */
export const mediaEntries = pgTable(
  "media_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: personRef(),
    kind: mediaKindEnum("kind").notNull(),
    capturedAt: timestamp("captured_at", { withTimezone: true }).notNull(),
    description: text("description").notNull(),
    location: text("location"),
    consentId: uuid("consent_id").references(() => consents.id, { onDelete: "set null" }),
    deleteAfter: date("delete_after"),
  },
  (t) => [index("media_entries_person_idx").on(t.personId)],
);
export type MediaEntry = typeof mediaEntries.$inferSelect;

/** Campaign and contact history (seed 004 "Kampanja- ja yhteydenottotiedot"). */
export const contactEvents = pgTable(
  "contact_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: personRef(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    channel: text("channel").notNull(),
    campaign: text("campaign"),
    summary: text("summary").notNull(),
  },
  (t) => [index("contact_events_person_idx").on(t.personId)],
);
export type ContactEvent = typeof contactEvents.$inferSelect;

/** Client feedback (seed 004 "Asiakaspalaute"). */
export const feedback = pgTable(
  "feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: personRef(),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull(),
    channel: text("channel"),
    rating: smallint("rating"),
    body: text("body").notNull(),
  },
  (t) => [index("feedback_person_idx").on(t.personId)],
);
export type Feedback = typeof feedback.$inferSelect;
