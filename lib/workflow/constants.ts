/**
 * Plain value lists shared by forms (client) and queries (server): kept free of drizzle imports so that
 * client bundles can use them. They mirror the pg enums in lib/db/schema/enums.ts.
 */
// The request types, the open statuses and the rectifiable fields are the portal's vocabulary
// (lib/requests/constants.ts): one list, so filing and handling can never disagree.
import { REQUEST_TYPES, OPEN_STATUSES, isOpenStatus, RECTIFIABLE_FIELDS, type RectifiableField } from "../requests/constants";
export { REQUEST_TYPES, OPEN_STATUSES, isOpenStatus, RECTIFIABLE_FIELDS, type RectifiableField };
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = [
  "awaiting_verification",
  "new",
  "in_progress",
  "awaiting_subject",
  "completed",
  "rejected",
  "withdrawn",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Refusal grounds (Art. 12(4)–(5), 11(2), 12(2)); the subject sees the reasons written with them. */
export const REJECTION_GROUNDS = [
  "identity_not_established",
  "manifestly_unfounded",
  "excessive",
  "no_data",
  "exception",
  "other",
] as const;
export type RejectionGround = (typeof REJECTION_GROUNDS)[number];

/** Art. 12(5): the controller bears the burden of showing these grounds, so a written justification is required. */
export const GROUNDS_NEEDING_JUSTIFICATION: readonly RejectionGround[] = ["manifestly_unfounded", "excessive"];

/** Art. 17(3) exceptions under which a category may be kept despite an erasure request. */
export const ERASURE_EXCEPTIONS = [
  "freedom_of_expression",
  "legal_obligation",
  "public_health",
  "archiving_research",
  "legal_claims",
] as const;
export type ErasureException = (typeof ERASURE_EXCEPTIONS)[number];

export const ERASURE_ACTIONS = ["erase", "anonymise", "keep"] as const;
export type ErasureAction = (typeof ERASURE_ACTIONS)[number];

/** Why the handler asks the subject for more (Art. 12(6) identity, Recital 63 specification). */
export const INFO_REASONS = ["identity", "clarification"] as const;

/** How the subject was told before a restriction is lifted (Art. 18(3)). */
export const NOTICE_CHANNELS = ["email", "letter", "phone"] as const;


/** Why a fee may be asked (Art. 12(5)(a) manifestly unfounded or excessive; Art. 15(3) further copies). */
export const FEE_BASES = ["manifestly_unfounded", "excessive", "further_copy"] as const;
