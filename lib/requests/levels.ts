/**
 * Identity levels of requests (PRODUCT.md §4, LEGAL.md §2). Pure: the caller reads the settings and
 * the account's level from the database.
 */
import type { OrganisationSettings, RequestTypeCode } from "../db/types";
import { DEFAULT_IDENTITY_LEVELS } from "./constants";

export type IdentityLevel = 1 | 2 | 3;

/** The minimum level the organisation set for this request type, else the PRODUCT.md §4 default. */
export function requiredLevelFor(settings: Partial<OrganisationSettings> | null | undefined, type: RequestTypeCode): IdentityLevel {
  const configured = settings?.identityLevels?.[type];
  return configured === 1 || configured === 2 || configured === 3 ? configured : DEFAULT_IDENTITY_LEVELS[type];
}

/**
 * A request below its level waits in `awaiting_verification` (Art. 12(6): reasonable doubts are
 * resolved before the data is handed out); at or above it, it enters the queue as `new`.
 */
export function initialStatus(required: IdentityLevel, current: number): "new" | "awaiting_verification" {
  return current >= required ? "new" : "awaiting_verification";
}

/**
 * With `clockStart: "verification"` the month runs from the day identity is established; until then
 * the stored dates are provisional (counted from receipt) and are recomputed at verification.
 */
export function clockStartsLater(settings: Partial<OrganisationSettings> | null | undefined, status: string): boolean {
  return settings?.clockStart === "verification" && status === "awaiting_verification";
}

/** The next step a subject below the level can take, for the explanation on the request page. */
export function nextVerificationStep(current: number, required: IdentityLevel, oidcAvailable: boolean): "link_records" | "strong_identification" | "in_person" | null {
  if (current >= required) return null;
  if (current < 2) return "link_records";
  return oidcAvailable ? "strong_identification" : "in_person";
}
