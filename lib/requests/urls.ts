import { getPublicBaseUrl } from "../config/mode";

/**
 * Absolute links for emails: the portal never emails data, only where to find it (PRODUCT.md §7).
 * Always the fixed public base URL, never a request's Host (issue 9, finding 3).
 */
export function appBaseUrl(): string {
  return getPublicBaseUrl();
}

export function subjectRequestUrl(requestId: string): string {
  return `${appBaseUrl()}/my/requests/${requestId}`;
}

export function staffRequestUrl(requestId: string): string {
  return `${appBaseUrl()}/staff/requests/${requestId}`;
}
