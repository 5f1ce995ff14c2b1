import { appBaseUrl } from "../requests/urls";

/** Absolute links for emails: the fixed public base URL (OMATIETO_BASE_URL), never a request's Host. */
export function publicBaseUrl(): string {
  return appBaseUrl();
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

/** Where a staff account answers its pending invitations. */
export function staffInvitationsUrl(): string {
  return `${publicBaseUrl()}/staff/invitations`;
}
