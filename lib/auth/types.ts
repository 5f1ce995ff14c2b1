import type { Locale } from "../db/types";

export type Role = "subject" | "staff" | "admin";

/** What the session exposes (built in lib/auth/config.ts); never the session token. */
export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  locale: Locale;
  organisationIds: string[];
  /** The second factor was passed in this session (required for staff pages). */
  mfa: boolean;
  totpEnabled: boolean;
  disabled: boolean;
};

export function isStaffRole(role: Role): boolean {
  return role === "staff" || role === "admin";
}
