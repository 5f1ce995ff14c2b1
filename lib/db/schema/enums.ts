import { pgEnum } from "drizzle-orm/pg-core";

/** The portal's languages: Finnish is the default (PRODUCT.md §9). */
export const localeEnum = pgEnum("locale", ["fi", "sv", "en"]);

/**
 * The kind of account. "subject", "staff" and "operator" (the party hosting the installation, issue 10)
 * are stored since roles moved to the membership (issue 9): "admin" stays in the type only because
 * PostgreSQL cannot drop an enum value; a check constraint on users.role refuses it.
 */
export const userRoleEnum = pgEnum("user_role", ["subject", "staff", "admin", "operator"]);

/** A staff account's role in one organisation (PRODUCT.md §1: admins manage their own organisations only). */
export const membershipRoleEnum = pgEnum("membership_role", ["staff", "admin"]);

/** The five rights plus consent withdrawal (Art. 7(3)) and portability (Art. 20). */
export const requestTypeEnum = pgEnum("request_type", [
  "access",
  "rectification",
  "erasure",
  "restriction",
  "objection",
  "consent_withdrawal",
  "portability",
]);

export const requestStatusEnum = pgEnum("request_status", [
  "awaiting_verification",
  "new",
  "in_progress",
  "awaiting_subject",
  "completed",
  "rejected",
  "withdrawn",
]);

/** How the request reached the controller; the deadline counts from the real receipt (LEGAL.md §1). */
export const requestChannelEnum = pgEnum("request_channel", ["portal", "letter", "in_person", "email"]);

/** Where a case note came from (seed 000 §6: the person, a professional, a relative, third parties). */
export const noteSourceEnum = pgEnum("note_source", ["subject", "professional", "relative", "third_party", "staff"]);

export const mediaKindEnum = pgEnum("media_kind", ["photo", "camera_recording"]);

export const taskKindEnum = pgEnum("task_kind", ["automatic", "manual"]);
export const taskStatusEnum = pgEnum("task_status", ["open", "done", "skipped"]);

export const outboxStatusEnum = pgEnum("outbox_status", ["pending", "sent", "failed"]);

export const reportStatusEnum = pgEnum("report_status", ["pending", "generating", "ready", "failed", "expired"]);
export const reportFormatEnum = pgEnum("report_format", ["pdf", "json", "csv"]);

/** How an account reached an identity level with an organisation (PRODUCT.md §4). */
export const verificationMethodEnum = pgEnum("verification_method", [
  "email_link",
  "email_match",
  "staff_confirmed",
  "in_person",
  "oidc",
  "client_reference",
]);

/** A representative's authority (LEGAL.md §2), checked by staff before anything is released. */
export const authorityStatusEnum = pgEnum("authority_status", ["pending", "confirmed", "refused"]);

export const claimStatusEnum = pgEnum("claim_status", ["pending", "confirmed", "rejected"]);

/** Staff marks on report items: redaction of third parties (Art. 15(4)) vs withholding (tietosuojalaki § 34). */
export const itemMarkKindEnum = pgEnum("item_mark_kind", ["redact", "withhold"]);

/** Art. 12(5), 15(3): why a fee is charged (EDPB 01/2022: administrative costs only). */
export const feeBasisEnum = pgEnum("fee_basis", ["manifestly_unfounded", "excessive", "further_copy"]);
export const feeStatusEnum = pgEnum("fee_status", ["pending", "accepted", "declined"]);

export const requestLocaleValues = localeEnum.enumValues;
export const requestTypeValues = requestTypeEnum.enumValues;
export const requestStatusValues = requestStatusEnum.enumValues;

/** Why a request's clock is paused (LEGAL.md §1): only these two reasons may stop it. */
export const pauseReasonEnum = pgEnum("pause_reason", ["identity", "clarification"]);

/** A retention erasure proposed by the schedule (PRODUCT.md §8), then approved or dismissed by staff. */
export const retentionProposalStatusEnum = pgEnum("retention_proposal_status", ["proposed", "approved", "dismissed"]);
