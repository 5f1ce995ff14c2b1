/**
 * Issue 9, findings 5 and 9 (rate-limit half), at the library level with the client IP passed in:
 * over HTTP every client has the same IP until the server entry sets it from the socket.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/client";
import { hitSignInLimits, pruneRateLimits, storedLimitKey, hitRateLimit } from "@/lib/rate-limit/queries";
import { SIGN_IN_ADDRESS_DAY, SIGN_IN_ADDRESS_IP, SIGN_IN_ADDRESS_IP_DAY, SIGN_IN_IP } from "@/lib/rate-limit/policies";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const MIN = 60_000;
let n = 0;
const victim = () => `uhri-${Date.now()}-${n++}@example.fi`;

async function hits(email: string, ip: string, times: number, now: Date) {
  const out = [];
  for (let i = 0; i < times; i++) out.push((await hitSignInLimits(h.db, { email, ip }, now)).allowed);
  return out;
}

describe("sign-in link limits cannot be used to lock a known address out", () => {
  it("the attacker's IP is refused after the per address+IP limit; the owner at their own IP still gets links", async () => {
    const email = victim();
    const t0 = new Date();
    expect(await hits(email, "203.0.113.66", SIGN_IN_ADDRESS_IP.max, t0)).toEqual(Array(SIGN_IN_ADDRESS_IP.max).fill(true));
    const refused = await hitSignInLimits(h.db, { email, ip: "203.0.113.66" }, t0);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_ADDRESS_IP.windowSeconds);
    // The attacker keeps hammering: every refusal is counted nowhere else.
    await hits(email, "203.0.113.66", 100, t0);
    expect((await hitSignInLimits(h.db, { email, ip: "198.51.100.7" }, t0)).allowed).toBe(true);
    // Address case does not make a new bucket.
    expect((await hitSignInLimits(h.db, { email: email.toUpperCase(), ip: "203.0.113.66" }, t0)).allowed).toBe(false);
  });

  it("one IP can use at most its daily share of the address ceiling, however long it keeps trying", async () => {
    const email = victim();
    const t0 = Date.now();
    let allowed = 0;
    // A whole day of attempts from one IP, a burst every 16 minutes.
    for (let w = 0; w < 90; w++) allowed += (await hits(email, "203.0.113.9", 6, new Date(t0 + w * 16 * MIN))).filter(Boolean).length;
    expect(allowed).toBe(SIGN_IN_ADDRESS_IP_DAY.max);
    expect(SIGN_IN_ADDRESS_IP_DAY.max).toBeLessThan(SIGN_IN_ADDRESS_DAY.max);
    expect((await hitSignInLimits(h.db, { email, ip: "192.0.2.1" }, new Date(t0 + 90 * 16 * MIN - 1))).allowed).toBe(true);
  });

  it("many IPs together are still bounded per address (mail bombing) by the daily ceiling", async () => {
    const email = victim();
    const t0 = Date.now();
    let allowed = 0;
    for (let ip = 1; ip <= 20; ip++) {
      for (let w = 0; w < 3; w++) allowed += (await hits(email, `10.0.0.${ip}`, 5, new Date(t0 + w * 16 * MIN))).filter(Boolean).length;
    }
    expect(allowed).toBe(SIGN_IN_ADDRESS_DAY.max);
  });

  it("limits one IP across many addresses", async () => {
    const t0 = new Date();
    const results = [];
    for (let i = 0; i < SIGN_IN_IP.max + 3; i++) results.push((await hitSignInLimits(h.db, { email: victim(), ip: "198.51.100.200" }, t0)).allowed);
    expect(results.filter(Boolean)).toHaveLength(SIGN_IN_IP.max);
    expect(results.at(-1)).toBe(false);
  });

  it("stores keyed hashes only: no address or IP in the table", async () => {
    const email = victim();
    await hitSignInLimits(h.db, { email, ip: "203.0.113.250" });
    const keys = rowsOf<{ key: string }>(await h.db.execute(sql`select key from rate_limits`)).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith("rl1:"))).toBe(true);
    expect(keys.some((k) => k.includes("@") || k.includes("example.fi") || k.includes("203.0.113"))).toBe(false);
    expect(keys).toContain(storedLimitKey(`signin:addr-ip:${email}|203.0.113.250`));
  });
});

describe("pruning rate-limit rows", () => {
  it("deletes the rows whose window has passed and keeps the live ones", async () => {
    const t0 = new Date("2026-01-01T10:00:00Z");
    await hitRateLimit(h.db, { key: "prune:short", max: 5, windowSeconds: 60 }, t0);
    await hitRateLimit(h.db, { key: "prune:long", max: 5, windowSeconds: 3600 }, t0);
    const live = async () =>
      rowsOf<{ key: string }>(await h.db.execute(sql`select key from rate_limits where key in (${storedLimitKey("prune:short")}, ${storedLimitKey("prune:long")})`)).map((r) => r.key);
    await pruneRateLimits(h.db, new Date(t0.getTime() + 30_000));
    expect(await live()).toHaveLength(2);
    await pruneRateLimits(h.db, new Date(t0.getTime() + 61_000));
    expect(await live()).toEqual([storedLimitKey("prune:long")]);
    // A hit in a later window moves the row's expiry with it.
    await hitRateLimit(h.db, { key: "prune:long", max: 5, windowSeconds: 3600 }, new Date(t0.getTime() + 2 * 3600_000));
    await pruneRateLimits(h.db, new Date(t0.getTime() + 2 * 3600_000 + 60_000));
    expect(await live()).toEqual([storedLimitKey("prune:long")]);
    await pruneRateLimits(h.db, new Date(t0.getTime() + 3 * 3600_000 + 1000));
    expect(await live()).toEqual([]);
  });

  it("runs as a scheduled job", async () => {
    const { JOBS } = await import("@/lib/jobs/workers");
    expect(JOBS.map((j) => j.name)).toContain("prune_rate_limits");
  });
});
