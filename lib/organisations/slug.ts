/**
 * Organisation slugs are lower-case letters, digits and hyphens. Anything else in a URL names no
 * organisation: checked before the query so hostile text (e.g. a NUL byte, which PostgreSQL refuses
 * in text) is a 404, never a database error.
 */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9][a-z0-9-]{0,99}$/.test(value);
}
