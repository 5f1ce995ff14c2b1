/**
 * A redirect target taken from a form (`back` of the language switcher) reduced to a path on this
 * site, or "/" (finding 11: an open redirect helps phishing). Browsers treat `/\host` like `//host`,
 * strip tabs and newlines inside URLs, and some proxies decode `%2F` / `%5C`, so anything that is not
 * plainly one path is refused rather than repaired.
 */
export function toSameSitePath(back: unknown, publicBaseUrl: string): string {
  if (typeof back !== "string" || back.length === 0 || back.length > 2000) return "/";
  if (!back.startsWith("/") || back.startsWith("//")) return "/";
  // Backslash, ASCII control characters (tab, CR, LF, NUL …) and DEL.
  if (/[\\\u0000-\u001f\u007f]/.test(back)) return "/";
  // No empty path segment anywhere, and no encoded slash or backslash that a later hop might decode.
  if (back.includes("//") || /%(2f|5c)/i.test(back)) return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(publicBaseUrl);
    target = new URL(back, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin) return "/";
  return target.pathname + target.search + target.hash;
}
