import { NextResponse, type NextRequest } from "next/server";
import { getPublicBaseUrl } from "./lib/config/mode";
import { buildContentSecurityPolicy, buildStrictTransportSecurity, createNonce } from "./lib/http/security-headers";

function badRequest(): NextResponse {
  return new NextResponse("400 Bad Request\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** True when every percent-escape in the path decodes to valid UTF-8 (`%ZZ`, `%ff` do not). */
export function hasValidPercentEscapes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs before every page and route:
 * - refuses a URL with a NUL byte (PostgreSQL rejects NUL in text: it could only become a database
 *   error) or a percent-escape that is not UTF-8 (Next.js would answer 500 decoding the route params):
 *   a clear 400 instead;
 * - sets a per-request nonce CSP on the request (Next.js reads the nonce from it and puts it on its own
 *   inline scripts) and on the response, and HSTS when the public base URL is https.
 */
export function proxy(req: NextRequest) {
  const raw = req.nextUrl.pathname + req.nextUrl.search;
  if (/%00/i.test(raw) || raw.includes("\u0000") || !hasValidPercentEscapes(req.nextUrl.pathname)) return badRequest();

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
