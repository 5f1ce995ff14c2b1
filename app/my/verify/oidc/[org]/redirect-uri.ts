import { getPublicBaseUrl } from "@/lib/config/mode";

/** The callback registered with the provider: always on the fixed public base URL, never from Host. */
export function oidcRedirectUri(org: string): string {
  return `${getPublicBaseUrl()}/my/verify/oidc/${encodeURIComponent(org)}/callback`;
}

/** Where the OIDC routes send the browser back to: a path on the public base URL. */
export function publicUrl(pathAndQuery: string): URL {
  return new URL(pathAndQuery, `${getPublicBaseUrl()}/`);
}
