/**
 * Checks every state-changing JSON route makes before reading the body (issue 9, finding 6).
 *
 * JSON only: a browser can send `text/plain` or a form across sites without a CORS preflight, so a
 * route that parsed any body as JSON could be driven from another site. `application/json` forces the
 * preflight, which this app never answers with CORS headers.
 *
 * Origin: a request whose `Origin` names another site than the public base URL is refused. A missing
 * Origin is accepted: browsers always send it on a cross-site POST, so its absence means a
 * non-browser client (an integration with its session cookie, curl), which no other site can steer.
 * `Origin: null` (sandboxed frames, some redirects) counts as foreign.
 */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const [type] = value.split(";");
  return type.trim().toLowerCase() === "application/json";
}

export function isForeignOrigin(origin: string | null, publicBaseUrl: string): boolean {
  if (origin === null) return false;
  try {
    return new URL(origin).origin !== new URL(publicBaseUrl).origin;
  } catch {
    return true;
  }
}
