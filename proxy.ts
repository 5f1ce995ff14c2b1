import { NextResponse, type NextRequest } from "next/server";
import { getPublicBaseUrl } from "./lib/config/mode";
import { checkActionBody } from "./lib/http/action-body";
import { buildContentSecurityPolicy, buildStrictTransportSecurity, createNonce } from "./lib/http/security-headers";

function plainStatus(status: 400 | 413, text: string): NextResponse {
  return new NextResponse(`${status} ${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
const badRequest = () => plainStatus(400, "Bad Request");

/** True when every percent-escape in the path decodes to valid UTF-8 (`%ZZ`, `%ff` do not). */
export function hasValidPercentEscapes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A POST that Next.js treats as a server action (route handlers under /api read their own bodies). */
function isActionPost(req: NextRequest): boolean {
  if (req.method !== "POST" || req.nextUrl.pathname.startsWith("/api/")) return false;
  return req.headers.has("next-action") || (req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * Runs before every page and route:
 * - refuses a URL with a NUL byte (PostgreSQL rejects NUL in text: it could only become a database
 *   error) or a percent-escape that is not UTF-8 (Next.js would answer 500 decoding the route params):
 *   a clear 400 instead;
 * - refuses a server-action POST whose body Next.js could not decode (400) or that is over the
 *   action body limit (413): Next.js itself would answer both with 500 (lib/http/action-body.ts);
 * - sets a per-request nonce CSP on the request (Next.js reads the nonce from it and puts it on its own
 *   inline scripts) and on the response, and HSTS when the public base URL is https.
 */
export async function proxy(req: NextRequest) {
  const raw = req.nextUrl.pathname + req.nextUrl.search;
  if (/%00/i.test(raw) || raw.includes("\u0000") || !hasValidPercentEscapes(req.nextUrl.pathname)) return badRequest();
  if (isActionPost(req)) {
    const verdict = await checkActionBody(req);
    if (verdict === "malformed") return badRequest();
    if (verdict === "too_large") return plainStatus(413, "Content Too Large");
  }

  const csp = buildContentSecurityPolicy(createNonce(), process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  const hsts = buildStrictTransportSecurity(getPublicBaseUrl());
  if (hsts) res.headers.set("Strict-Transport-Security", hsts);
  return res;
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
