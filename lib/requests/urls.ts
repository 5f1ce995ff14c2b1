/** Absolute links for emails: the portal never emails data, only where to find it (PRODUCT.md §7). */
export function appBaseUrl(): string {
  const url = process.env.APP_URL ?? process.env.AUTH_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  return url.replace(/\/+$/, "");
}

export function subjectRequestUrl(requestId: string): string {
  return `${appBaseUrl()}/my/requests/${requestId}`;
}

export function staffRequestUrl(requestId: string): string {
  return `${appBaseUrl()}/staff/requests/${requestId}`;
}
