import type { Locale } from "../db/types";

/**
 * "subject" and "staff" are kinds of account (users.role). "admin" is never stored on the account:
 * a staff account is admin only in the organisations whose membership says so; `role` of a session
 * is "admin" when the account administers at least one organisation (used for navigation only).
 */
export type Role = "subject" | "staff" | "admin" | "operator";

/** What the session exposes (built in lib/auth/config.ts); never the session token. */
export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  locale: Locale;
  /** Organisations where this account's membership is accepted and not disabled. */
  organisationIds: string[];
  /** Of those, the ones where its role is admin. Absent means none. */
  adminOrganisationIds?: string[];
  /** The second factor was passed in this session (required for staff pages). */
  mfa: boolean;
  totpEnabled: boolean;
};

/** A staff account (whatever its memberships): may sign in with TOTP and answer invitations. */
export function isStaffRole(role: Role): boolean {
  return role === "staff" || role === "admin";
}

/** The platform operator (issue 10): organisations and their first admins, never personal data. */
export function isOperatorRole(role: Role): boolean {
  return role === "operator";
}

/** Accounts that must pass the TOTP second factor (PRODUCT.md §4): staff, admins and the operator. */
export function needsSecondFactor(role: Role): boolean {
  return isStaffRole(role) || isOperatorRole(role);
}

/** Where a signed-in account goes after the second factor. */
export function homeOf(role: Role): string {
  if (isOperatorRole(role)) return "/operator";
  return isStaffRole(role) ? "/staff" : "/my/requests";
}

type Member = { organisationIds: string[]; adminOrganisationIds?: string[] };

/** Admin of this very organisation (an accepted, active admin membership), never "admin somewhere". */
export function isAdminOf(actor: Member, organisationId: string): boolean {
  return actor.organisationIds.includes(organisationId) && (actor.adminOrganisationIds ?? []).includes(organisationId);
}

/** The actor's role in one organisation, as the audit trail records it. */
export function roleIn(actor: Member, organisationId: string): "admin" | "staff" {
  return isAdminOf(actor, organisationId) ? "admin" : "staff";
}

/** The session's navigation role from the account kind and the active memberships. */
export function sessionRole(kind: "subject" | "staff" | "operator", adminOrganisationIds: string[]): Role {
  if (kind === "operator") return "operator";
  if (kind !== "staff") return "subject";
  return adminOrganisationIds.length > 0 ? "admin" : "staff";
}
