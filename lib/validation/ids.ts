/**
 * Is this an id the database could hold? Checked before a query so that an id from a URL or a form
 * that is not a UUID is "not found", never a database error. Pure: client and server may import it.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
