/**
 * The shared keyset helper (issue 13): cursors are opaque, validated against the list's key kind, and
 * anything else decodes to null (the first page); pages carry the right next/previous cursors.
 */
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH, pageSize, toPage } from "@/lib/pagination/keyset";

const ts = { keyKind: "timestamp", idKind: "uuid" } as const;
const UUID = "0b7e8a4e-3f7c-4a53-9a51-2f1a4c7d9e10";
const b64 = (v: unknown) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v), "utf8").toString("base64url");

describe("cursor encoding", () => {
  it("round-trips every key kind", () => {
    const c = { key: "2026-12-02T07:11:50.123456Z", id: UUID, dir: "after" as const };
    expect(decodeCursor(encodeCursor(c), ts)).toEqual(c);
    expect(decodeCursor(encodeCursor({ key: "Äijälä, O'Brien; --", id: UUID, dir: "before" }), { keyKind: "text", idKind: "uuid" })).toEqual({ key: "Äijälä, O'Brien; --", id: UUID, dir: "before" });
    expect(decodeCursor(encodeCursor({ key: "12345", id: "12345", dir: "after" }), { keyKind: "bigint", idKind: "bigint" })?.id).toBe("12345");
    expect(decodeCursor(encodeCursor({ key: "2026-01-31", id: UUID, dir: "after" }), { keyKind: "date", idKind: "uuid" })?.key).toBe("2026-01-31");
  });

  it("is opaque in a URL (base64url, no padding or reserved characters)", () => {
    expect(encodeCursor({ key: "2026-12-02T07:11:50.123456Z", id: UUID, dir: "after" })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ["absent", undefined],
    ["empty", ""],
    ["not base64url", "%%%"],
    ["not JSON", b64("hello")],
    ["JSON of another shape", b64({ k: "x" })],
    ["an extra field", b64({ k: "2026-12-02T07:11:50.123456Z", i: UUID, d: "a", x: 1 })],
    ["a timestamp without microseconds (a JS Date's)", b64({ k: "2026-12-02T07:11:50.123Z", i: UUID, d: "a" })],
    ["an impossible timestamp", b64({ k: "2026-13-45T99:99:99.000000Z", i: UUID, d: "a" })],
    ["a day that does not exist", b64({ k: "2026-02-30T10:00:00.000000Z", i: UUID, d: "a" })],
    ["year zero", b64({ k: "0000-01-01T10:00:00.000000Z", i: UUID, d: "a" })],
    ["a second that does not exist", b64({ k: "2026-02-03T10:00:60.000000Z", i: UUID, d: "a" })],
    ["SQL in the key", b64({ k: "2026-12-02'); drop table requests; --", i: UUID, d: "a" })],
    ["an id that is no uuid", b64({ k: "2026-12-02T07:11:50.123456Z", i: "1 or 1=1", d: "a" })],
    ["an unknown direction", b64({ k: "2026-12-02T07:11:50.123456Z", i: UUID, d: "x" })],
    ["a number", 42],
    ["too long", "A".repeat(MAX_CURSOR_LENGTH + 1)],
  ])("decodes %s to null (first page)", (_what, value) => {
    expect(decodeCursor(value, ts)).toBeNull();
  });

  it("refuses another list's cursor (a name cursor on a time-sorted list)", () => {
    const other = encodeCursor({ key: "Virtanen", id: UUID, dir: "after" });
    expect(decodeCursor(other, ts)).toBeNull();
    expect(decodeCursor(encodeCursor({ key: "99", id: "99", dir: "after" }), ts)).toBeNull();
  });

  it("refuses a text key PostgreSQL could not compare (NUL) and a date that does not exist", () => {
    expect(decodeCursor(encodeCursor({ key: "a\u0000b", id: UUID, dir: "after" }), { keyKind: "text", idKind: "uuid" })).toBeNull();
    expect(decodeCursor(encodeCursor({ key: "2026-02-29", id: UUID, dir: "after" }), { keyKind: "date", idKind: "uuid" })).toBeNull();
    expect(decodeCursor(encodeCursor({ key: "2028-02-29", id: UUID, dir: "after" }), { keyKind: "date", idKind: "uuid" })).not.toBeNull();
  });

  it("takes the first of repeated URL parameters", () => {
    const c = encodeCursor({ key: "2026-12-02T07:11:50.123456Z", id: UUID, dir: "after" });
    expect(decodeCursor([c, "junk"], ts)?.id).toBe(UUID);
  });

  it("clamps page sizes", () => {
    expect(pageSize(undefined, 25)).toBe(25);
    expect(pageSize(0, 25)).toBe(25);
    expect(pageSize(-5, 25)).toBe(1);
    expect(pageSize(10_000, 25)).toBe(200);
  });
});

describe("toPage", () => {
  const rows = (ids: number[]) => ids.map((i) => ({ id: String(i), cursorKey: String(i) }));
  const dec = (c: string | null) => (c ? decodeCursor(c, { keyKind: "bigint", idKind: "bigint" }) : null);

  it("first page: a next cursor at the last row only when there is more, no previous", () => {
    const p = toPage(rows([1, 2, 3, 4]), 3, null);
    expect(p.rows.map((r) => r.id)).toEqual(["1", "2", "3"]);
    expect(p.rows[0]).not.toHaveProperty("cursorKey");
    expect(dec(p.next)).toEqual({ key: "3", id: "3", dir: "after" });
    expect(p.prev).toBeNull();
    expect(toPage(rows([1, 2, 3]), 3, null).next).toBeNull();
  });

  it("a later page: previous at its first row", () => {
    const p = toPage(rows([4, 5]), 3, { key: "3", id: "3", dir: "after" });
    expect(p.next).toBeNull();
    expect(dec(p.prev)).toEqual({ key: "4", id: "4", dir: "before" });
  });

  it("a page read backwards is turned round; previous only while there is more before it", () => {
    const back = toPage(rows([6, 5, 4, 3]), 3, { key: "7", id: "7", dir: "before" });
    expect(back.rows.map((r) => r.id)).toEqual(["4", "5", "6"]);
    expect(dec(back.prev)).toEqual({ key: "4", id: "4", dir: "before" });
    expect(dec(back.next)).toEqual({ key: "6", id: "6", dir: "after" });
    const start = toPage(rows([3, 2, 1]), 3, { key: "4", id: "4", dir: "before" });
    expect(start.rows.map((r) => r.id)).toEqual(["1", "2", "3"]);
    expect(start.prev).toBeNull();
  });

  it("an empty page past either end offers no cursor (the pager's first-page link remains)", () => {
    expect(toPage([], 3, { key: "9", id: "9", dir: "after" })).toEqual({ rows: [], next: null, prev: null });
    expect(toPage([], 3, { key: "0", id: "0", dir: "before" })).toEqual({ rows: [], next: null, prev: null });
  });
});
