import { sql } from "drizzle-orm";
import { boolean, check, date, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { claimStatusEnum, localeEnum, membershipRoleEnum, verificationMethodEnum } from "./enums";
import { users } from "./auth";
import type { OrganisationSettings, RegisterNoticeByLocale, LocalizedText } from "../types";

/** The controller (PRODUCT.md §2). One installation can host several associations. */
export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  businessId: text("business_id"),
  streetAddress: text("street_address").notNull(),
  postalCode: text("postal_code").notNull(),
  city: text("city").notNull(),
  phone: text("phone"),
  email: text("email"),
  /** The contact person for data-protection matters (seed 000 §2). */
  contactName: text("contact_name").notNull(),
  contactEmail: text("contact_email").notNull(),
  contactPhone: text("contact_phone"),
  contactAddress: text("contact_address"),
  /** Data protection officer, if appointed (seed 004 names one). */
  dpoName: text("dpo_name"),
  dpoEmail: text("dpo_email"),
  languages: localeEnum("languages").array().notNull().default(["fi", "sv", "en"]),
  /** Short prefix for request references, e.g. "TKL". */
  referencePrefix: text("reference_prefix").notNull(),
  settings: jsonb("settings").$type<OrganisationSettings>().notNull(),
  /** Strong electronic identification (level 3) via OpenID Connect, per organisation. */
  oidcIssuer: text("oidc_issuer"),
  oidcClientId: text("oidc_client_id"),
  oidcClientSecretEnc: text("oidc_client_secret_enc"),
  /**
   * Set by the platform operator (issue 10): the organisation no longer appears publicly nor accepts
   * new requests; its data stays (retention and pending requests are the controller's duty).
   */
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

/**
 * Staff and admins belong to organisations; every staff query is scoped by this table. Role and
 * disabled state are per organisation, so an admin of one organisation can never change what an
 * account may do in another. A row with `acceptedAt` null is a pending invitation: it grants nothing
 * until the invited account accepts it (an existing account is never attached without consent).
 * Active = accepted and not disabled (lib/auth/membership.ts).
 */
export const memberships = pgTable(
  "memberships",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    /** May this member read special-category case notes (PRODUCT.md §1: "where their role allows")? */
    canReadSpecial: boolean("can_read_special").notNull().default(true),
    role: membershipRoleEnum("role").notNull().default("staff"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Set when an existing account was invited; null for accounts created by the admin. */
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    /** Null while the invitation is pending (an invitation must set it to null explicitly). */
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index("memberships_org_idx").on(t.organisationId),
    // A membership not yet accepted is always an explicit invitation (never a silent attach).
    check("memberships_pending_is_invited", sql`${t.acceptedAt} is not null or ${t.invitedAt} is not null`),
  ],
);
export type Membership = typeof memberships.$inferSelect;

/**
 * A register (rekisteri) with the whole content of its privacy notice per language.
 * `categories` lists the data-category codes (lib/registers/categories.ts) the register holds,
 * so that My data, access reports and erasure work on the same vocabulary.
 */
export const registers = pgTable(
  "registers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    notice: jsonb("notice").$type<RegisterNoticeByLocale>().notNull(),
    categories: text("categories").array().notNull(),
    /** Categories that are special (Art. 9) in this register. */
    specialCategories: text("special_categories").array().notNull().default([]),
    /** Retention rule of person records (PRODUCT.md §8), e.g. erase when the relationship ended. */
    retentionRule: text("retention_rule").notNull().default("while_needed"),
    retentionMonthsAfterEnd: smallint("retention_months_after_end"),
    /**
     * For `legal_retention`: the law that sets the period (e.g. "Kirjanpitolaki 2:10 §"), shown with every
     * proposal; no erasure is proposed before the period ends (Art. 17(3)(b)).
     */
    retentionLaw: text("retention_law"),
    noticeDate: date("notice_date"),
    transfersOutsideEea: boolean("transfers_outside_eea").notNull().default(false),
    /** An archived register is no longer published nor offered in new requests; its history stays. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("registers_org_slug_idx").on(t.organisationId, t.slug)],
);
export type Register = typeof registers.$inferSelect;
export type NewRegister = typeof registers.$inferInsert;

/**
 * Every published version of a register's privacy notice (Art. 13/14 and Art. 12(1): the information
 * given must be the one in force). Rows are never changed once in force; a version dated in the future
 * may still be amended. The public page and reports use the latest version in force on their date.
 */
export const registerVersions = pgTable(
  "register_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerId: uuid("register_id").notNull().references(() => registers.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    version: smallint("version").notNull(),
    notice: jsonb("notice").$type<RegisterNoticeByLocale>().notNull(),
    /** The Helsinki calendar day from which this version is in force. */
    inForceFrom: date("in_force_from").notNull(),
    publishedBy: text("published_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("register_versions_register_version_idx").on(t.registerId, t.version), index("register_versions_org_idx").on(t.organisationId)],
);
export type RegisterVersion = typeof registerVersions.$inferSelect;

/**
 * Processors (Art. 28) and recipients (Art. 19) of a register. Manual fulfilment tasks are
 * created for each one whose `taskFor` lists the request type (e.g. erase from the membership register).
 */
export const processors = pgTable(
  "processors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registerId: uuid("register_id").notNull().references(() => registers.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"processor" | "recipient">().notNull(),
    /** The name in the default language (fi); kept for sorting and as the fallback of `names`. */
    name: text("name").notNull(),
    /** The name per language (a missing language falls back to `name`): task titles are shown to staff in their own language (issue 15). */
    names: jsonb("names").$type<Partial<LocalizedText>>().notNull().default({}),
    /** How the organisation reaches it for a manual task (email, phone or a portal), free text. */
    contact: text("contact"),
    service: jsonb("service").$type<LocalizedText>().notNull(),
    taskFor: text("task_for").array().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("processors_register_idx").on(t.registerId)],
);
export type Processor = typeof processors.$inferSelect;

/** The identity level an account has reached with an organisation, and how (PRODUCT.md §4). */
export const identityVerifications = pgTable(
  "identity_verifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    level: smallint("level").notNull(),
    method: verificationMethodEnum("method").notNull(),
    /** Only the fact of an ID check is kept, never a copy (LEGAL.md §2). */
    note: text("note"),
    verifiedBy: text("verified_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("identity_verifications_user_org_idx").on(t.userId, t.organisationId)],
);

/** A subject's level-2 claim (birth date and/or identity code) that staff confirm or reject. */
export const identityClaims = pgTable(
  "identity_claims",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    fullName: text("full_name").notNull(),
    birthDate: date("birth_date"),
    identityCodeEnc: text("identity_code_enc"),
    status: claimStatusEnum("status").notNull().default("pending"),
    matchedPersonId: uuid("matched_person_id"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Why staff could not confirm the claim: shown to the subject, who can then correct it (issue 11 §4). */
    rejectionReason: text("rejection_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("identity_claims_org_status_idx").on(t.organisationId, t.status)],
);
export type IdentityClaim = typeof identityClaims.$inferSelect;
