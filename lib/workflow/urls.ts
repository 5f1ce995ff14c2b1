/**
 * Absolute links for emails. Emails leave the app, so they need the public origin; it comes from the
 * environment (OMATIETO_PUBLIC_URL, else next-auth's AUTH_URL), defaulting to the local dev server.
 */
export function publicBaseUrl(): string {
  const raw = process.env.OMATIETO_PUBLIC_URL ?? process.env.AUTH_URL ?? "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

/** The subject's page of a request (subject portal). */
export function subjectRequestUrl(requestId: string): string {
  return `${publicBaseUrl()}/my/requests/${requestId}`;
}

export function subjectPortalUrl(): string {
  return `${publicBaseUrl()}/my/requests`;
}

/** The staff page of a request. */
export function staffRequestUrl(requestId: string): string {
  return `${publicBaseUrl()}/staff/requests/${requestId}`;
}

export function staffQueueUrl(): string {
  return `${publicBaseUrl()}/staff`;
}
