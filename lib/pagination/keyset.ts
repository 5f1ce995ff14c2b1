import { z } from "zod";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * Keyset pagination shared by every list (issue 13): a page is "the rows after (or before) this sort key
 * and id", never an OFFSET, so a deep page costs what the first one does. The cursor is the boundary
 * row's sort key and id, JSON in base64url: opaque to the reader, stable in a URL, no server state.
 *
 * A cursor comes from a URL, so it is validated with zod against the list's key kind; anything
 * malformed or tampered decodes to null and the list shows its first page (never a database error).
 */
export type KeyKind = "timestamp" | "date" | "text" | "bigint";
export type IdKind = "uuid" | "bigint";

export type KeysetSpec = {
  /** The sort column or expression, written exactly as its index is (so the planner uses it). */
  key: AnyColumn | SQL;
  keyKind: KeyKind;
  /** The tie-breaker: a unique column, so equal sort keys never skip or repeat a row. */
  id: AnyColumn;
  idKind: IdKind;
  order: "asc" | "desc";
};

/** "after": further along the list's order (older, next); "before": back towards its start. */
export type Cursor = { key: string; id: string; dir: "after" | "before" };

/** A page: rows in the list's order, and cursors to the next page and back (null when there is none). */
export type KeysetPage<T> = { rows: T[]; next: string | null; prev: string | null };

const keyPatterns: Record<KeyKind, z.ZodString> = {
  // Microseconds: PostgreSQL keeps them and a JS Date would drop them (equal-millisecond rows would skip).
  timestamp: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  // No NUL (PostgreSQL text cannot hold it): a query must never fail on a cursor.
  text: z.string().max(300).regex(/^[^\u0000]*$/),
  bigint: z.string().regex(/^\d{1,18}$/),
};
const idPatterns: Record<IdKind, z.ZodString> = {
  uuid: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  bigint: z.string().regex(/^\d{1,18}$/),
};
const wireSchema = z.object({ k: z.string(), i: z.string(), d: z.enum(["a", "b"]) }).strict();

export const MAX_CURSOR_LENGTH = 600;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ k: cursor.key, i: cursor.id, d: cursor.dir === "after" ? "a" : "b" }), "utf8").toString("base64url");
}

/** The cursor of a URL parameter, or null (first page) for anything absent, malformed or of another list. */
export function decodeCursor(value: unknown, spec: Pick<KeysetSpec, "keyKind" | "idKind">): Cursor | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const wire = wireSchema.safeParse(json);
  if (!wire.success) return null;
  if (!keyPatterns[spec.keyKind].safeParse(wire.data.k).success || !idPatterns[spec.idKind].safeParse(wire.data.i).success) return null;
  if ((spec.keyKind === "timestamp" || spec.keyKind === "date") && !isRealDate(wire.data.k)) return null;
  return { key: wire.data.k, id: wire.data.i, dir: wire.data.d === "a" ? "after" : "before" };
}

/** 2026-02-30 matches the pattern but PostgreSQL would refuse it: the calendar date must exist. */
function isRealDate(value: string): boolean {
  const day = value.slice(0, 10);
  const time = value.length > 10 ? value.slice(11, 19) : "00:00:00";
  const parsed = new Date(`${day}T${time}Z`);
  // Year 0000 exists for a JS Date, not for PostgreSQL.
  return !day.startsWith("0000") && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === `${day}T${time}`;
}

const casts: Record<KeyKind, SQL> = { timestamp: sql.raw("timestamptz"), date: sql.raw("date"), text: sql.raw("text"), bigint: sql.raw("bigint") };

/** The sort key as the cursor stores it; select it as `cursorKey` next to the row's id. */
export function cursorKeyOf(spec: KeysetSpec): SQL<string> {
  switch (spec.keyKind) {
    case "timestamp":
      return sql<string>`to_char(${spec.key} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    case "text":
      return sql<string>`${spec.key}`;
    default:
      return sql<string>`(${spec.key})::text`;
  }
}

/**
 * The WHERE condition (undefined on the first page) and ORDER BY of one page. A "before" page is read in
 * the opposite order and turned round by `toPage`, so both directions are one ordered index range.
 */
export function keysetPlan(spec: KeysetSpec, cursor: Cursor | null): { where: SQL | undefined; orderBy: SQL[] } {
  const backwards = cursor?.dir === "before";
  const ascending = (spec.order === "asc") !== backwards;
  const dir = sql.raw(ascending ? "asc" : "desc");
  const orderBy = [sql`${spec.key} ${dir}`, sql`${spec.id} ${dir}`];
  if (!cursor) return { where: undefined, orderBy };
  const op = sql.raw(ascending ? ">" : "<");
  const idCast = sql.raw(spec.idKind);
  return { where: sql`(${spec.key}, ${spec.id}) ${op} (${cursor.key}::${casts[spec.keyKind]}, ${cursor.id}::${idCast})`, orderBy };
}

/** Clamp a requested page size (callers pass limit + 1 to the query and the fetched rows here). */
export function pageSize(requested: number | undefined, fallback: number, max = 200): number {
  return Math.min(Math.max(Math.trunc(requested ?? fallback) || fallback, 1), max);
}

/**
 * Turn the rows of a query run with `keysetPlan` and `limit + 1` into a page in the list's order with
 * its cursors. The extra row only says whether there is more in the direction read.
 */
export function toPage<T extends { cursorKey: string; id: string | number }>(fetched: T[], limit: number, cursor: Cursor | null): KeysetPage<Omit<T, "cursorKey">> {
  const more = fetched.length > limit;
  const taken = fetched.slice(0, limit);
  const backwards = cursor?.dir === "before";
  if (backwards) taken.reverse();
  const first = taken[0];
  const last = taken[taken.length - 1];
  const at = (r: T, dir: Cursor["dir"]) => encodeCursor({ key: r.cursorKey, id: String(r.id), dir });
  let next: string | null = null;
  let prev: string | null = null;
  if (last && (backwards || more)) next = at(last, "after");
  if (first && (backwards ? more : cursor !== null)) prev = at(first, "before");
  // A "before" cursor past the start (rows deleted since) gives an empty page: point back to the start.
  if (!first && cursor) prev = null;
  const rows = taken.map(({ cursorKey: _k, ...rest }) => rest);
  return { rows, next, prev };
}

/**
 * The three steps every list query starts with — clamp the size, decode the cursor, plan the range —
 * and the one it ends with: run the query with `where`, `orderBy` and `.limit(fetch)`, then `finish`.
 */
export function openPage(spec: KeysetSpec, opts: { cursor?: unknown; limit?: number }, fallbackSize: number) {
  const limit = pageSize(opts.limit, fallbackSize);
  const cursor = decodeCursor(opts.cursor, spec);
  const plan = keysetPlan(spec, cursor);
  return {
    where: plan.where,
    orderBy: plan.orderBy,
    fetch: limit + 1,
    finish: <T extends { cursorKey: string; id: string | number }>(rows: T[]) => toPage(rows, limit, cursor),
  };
}
