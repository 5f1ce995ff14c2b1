import type { NextRequest } from "next/server";
import { appBaseUrl } from "@/lib/requests/urls";

/** The callback registered with the provider: APP_URL when configured (behind a proxy), else this origin. */
export function oidcRedirectUri(req: NextRequest, org: string): string {
  const base = process.env.APP_URL || process.env.AUTH_URL ? appBaseUrl() : req.nextUrl.origin;
  return `${base}/my/verify/oidc/${encodeURIComponent(org)}/callback`;
}
