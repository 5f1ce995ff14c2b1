/** PRODUCT.md §4: a session lasts 8 hours from its last use, extended at most every 15 minutes. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 15 * 60;

/** next-auth's session cookie, `__Secure-` when the public base URL is https (lib/http/security-headers.ts). */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

/**
 * next-auth's rule for database sessions, kept as it is: a session used when less than
 * maxAge − updateAge is left is extended to maxAge from now (at most one write per 15 minutes).
 */
export function extendedExpiry(expires: Date, now: Date): Date | null {
  const dueAt = expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000;
  return dueAt <= now.getTime() ? new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) : null;
}
