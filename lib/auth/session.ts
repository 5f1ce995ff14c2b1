import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { usesSecureCookies } from "../http/security-headers";
import { sessionCookieName } from "./session-policy";
import { readSessionOf } from "./session-queries";
import { isOperatorRole, isStaffRole, type SessionUser } from "./types";

/**
 * The signed-in person, read once per render (issue 13): the header, the page and its metadata all ask,
 * and each read is the session with its account plus a staff account's memberships. React's cache()
 * lasts one request, so a change (a disabled membership, a revoked session) still applies on the next
 * one; server actions run outside a render and read afresh. Without a session cookie there is nothing
 * to look up. next-auth still signs people in and out; reading the session is lib/auth/session-queries.ts.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = await getSessionToken();
  return token ? readSessionOf(token) : null;
});

/** The session token from next-auth's cookie, under the name next-auth gives it for this base URL. */
export async function getSessionToken(): Promise<string | undefined> {
  const jar = await cookies();
  return jar.get(sessionCookieName(usesSecureCookies()))?.value || undefined;
}

/** Pages: any signed-in person, else to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * A staff account with the second factor passed in this session, whatever its memberships: only for
 * the pages that every staff account needs (answering invitations). Everything else uses requireStaff.
 */
export async function requireStaffAccount(): Promise<SessionUser> {
  const user = await requireUser();
  if (!isStaffRole(user.role)) forbidden();
  if (!user.mfa) redirect("/staff/mfa");
  return user;
}

/**
 * Staff pages: a staff account, the second factor (PRODUCT.md §4) and at least one active membership.
 * An account without one (all disabled, or only pending invitations) goes to its invitations.
 */
export async function requireStaff(): Promise<SessionUser> {
  const user = await requireStaffAccount();
  if (user.organisationIds.length === 0) redirect("/staff/invitations");
  return user;
}

/** Admin of at least one organisation; each page and query still checks the organisation (isAdminOf). */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireStaff();
  if ((user.adminOrganisationIds ?? []).length === 0) forbidden();
  return user;
}

/**
 * The platform operator's pages (issue 10): the operator account with the second factor passed in this
 * session. Staff and subjects are refused; the operator never reaches staff or subject pages either.
 */
export async function requireOperator(): Promise<SessionUser> {
  const user = await requireUser();
  if (!isOperatorRole(user.role)) forbidden();
  if (!user.mfa) redirect("/staff/mfa");
  return user;
}
