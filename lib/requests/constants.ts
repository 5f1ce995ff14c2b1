/**
 * Vocabulary of requests shared by the forms (client), the actions and the queries. Pure constants:
 * no database, no server-only imports, so client components may import this file.
 */
import type { RequestTypeCode } from "../db/types";

export const REQUEST_TYPES = [
  "access",
  "rectification",
  "erasure",
  "restriction",
  "objection",
  "consent_withdrawal",
  "portability",
] as const satisfies readonly RequestTypeCode[];

export function isRequestType(value: unknown): value is RequestTypeCode {
  return typeof value === "string" && (REQUEST_TYPES as readonly string[]).includes(value);
}

/** Statuses in which a request is still being handled (a duplicate check and withdrawal apply). */
export const OPEN_STATUSES = ["awaiting_verification", "new", "in_progress", "awaiting_subject"] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];
export function isOpenStatus(status: string): status is OpenStatus {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/** PRODUCT.md §4 defaults, used when an organisation's settings lack a type. */
export const DEFAULT_IDENTITY_LEVELS: Record<RequestTypeCode, 1 | 2 | 3> = {
  objection: 1,
  consent_withdrawal: 1,
  access: 2,
  rectification: 2,
  restriction: 2,
  portability: 2,
  erasure: 2,
};

/**
 * Fields of a person record a subject may ask to rectify (Art. 16). Keys are the drizzle column
 * names of `person_records`, so the staff workflow applies an accepted item with one update.
 * The identity code is left out on purpose: it must never travel in request details (LEGAL.md §5);
 * the subject asks for it in a supplementary statement and staff correct it from the ID check.
 */
export const RECTIFIABLE_FIELDS = [
  "firstName",
  "lastName",
  "birthYear",
  "birthDate",
  "gender",
  "motherTongue",
  "serviceLanguage",
  "workingLifeStatus",
  "email",
  "phone",
  "streetAddress",
  "postalCode",
  "city",
] as const;
export type RectifiableField = (typeof RECTIFIABLE_FIELDS)[number];

/** Fields holding codes (lib/seed/data/persons.ts): the correct value is chosen, not typed. */
export const CODED_FIELD_VALUES = {
  gender: ["female", "male", "other"],
  serviceLanguage: ["fi", "sv", "en"],
  workingLifeStatus: ["employed", "entrepreneur", "unemployed", "student", "retired", "sick_leave", "rehabilitation", "outside_labour_force"],
} as const satisfies Partial<Record<RectifiableField, readonly string[]>>;
export type CodedField = keyof typeof CODED_FIELD_VALUES;
export function isCodedField(field: string): field is CodedField {
  return Object.hasOwn(CODED_FIELD_VALUES, field);
}

/** Case notes cannot be rewritten by the subject, only completed by a statement (Art. 16, 2nd sentence). */
export const STATEMENT_ONLY_FIELDS = ["caseNotes"] as const;
export const RECTIFICATION_FIELDS = [...RECTIFIABLE_FIELDS, ...STATEMENT_ONLY_FIELDS] as const;
export type RectificationField = (typeof RECTIFICATION_FIELDS)[number];

/** Art. 17(1)(a)–(f). */
export const ERASURE_GROUNDS = [
  "no_longer_necessary",
  "consent_withdrawn",
  "objection",
  "unlawful",
  "legal_obligation",
  "child_online_service",
] as const;
export type ErasureGround = (typeof ERASURE_GROUNDS)[number];

/** Art. 18(1)(a)–(d). */
export const RESTRICTION_GROUNDS = ["a", "b", "c", "d"] as const;

/** Art. 21: marketing and profiling for it are absolute (21(2)–(3)); the rest needs the personal situation (21(1)). */
export const OBJECTION_KINDS = ["direct_marketing", "profiling", "legitimate_interest"] as const;

export const ACCESS_FORMATS = ["pdf", "json"] as const;
export const PORTABILITY_FORMATS = ["json", "csv"] as const;

export const CHANNELS = ["portal", "letter", "in_person", "email"] as const;
export type Channel = (typeof CHANNELS)[number];

export const TEXT_MAX = 4000;
/** A personal situation of a few words cannot be weighed against the controller's grounds. */
export const PERSONAL_SITUATION_MIN = 10;
