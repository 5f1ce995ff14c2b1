import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/client";
import { lookupHash } from "../crypto";
import {
  filingPolicies,
  SIGN_IN_ADDRESS_DAY,
  SIGN_IN_ADDRESS_IP,
  SIGN_IN_ADDRESS_IP_DAY,
  SIGN_IN_IP,
  type Policy,
} from "./policies";

export type Limit = { key: string } & Policy;
export type LimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * The stored key: a keyed hash (HMAC with the lookup sub-key of the data key) of the logical key, so
 * the table never holds an email address or an IP in clear (issue 9, finding 9).
 */
export function storedLimitKey(key: string): string {
  return `rl1:${lookupHash(key)}`;
}

/**
 * Fixed-window counter in the database, so every app instance shares it (DEVELOPERS.md: rate
 * limits live in the database). One upsert per key: the window restarts when it has passed.
 */
export async function hitRateLimit(db: DbOrTx, limit: Limit, now = new Date()): Promise<LimitResult> {
  const at = now.toISOString();
  const passed = sql`rate_limits.window_start <= ${at}::timestamptz - make_interval(secs => ${limit.windowSeconds})`;
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count, updated_at, expires_at)
    values (${storedLimitKey(limit.key)}, ${at}::timestamptz, 1, ${at}::timestamptz, ${at}::timestamptz + make_interval(secs => ${limit.windowSeconds}))
    on conflict (key) do update set
      count = case when ${passed} then 1 else least(rate_limits.count + 1, 32000) end,
      window_start = case when ${passed} then ${at}::timestamptz else rate_limits.window_start end,
      expires_at = case when ${passed} then ${at}::timestamptz else rate_limits.window_start end + make_interval(secs => ${limit.windowSeconds}),
      updated_at = ${at}::timestamptz
    returning count, window_start`);
  const [row] = rowsOf<{ count: number; window_start: string | Date }>(result);
  const started = new Date(row.window_start).getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((started + limit.windowSeconds * 1000 - now.getTime()) / 1000));
  return { allowed: Number(row.count) <= limit.max, retryAfterSeconds };
}

/** Check several limits (e.g. per address and per IP); every counter is advanced. */
export async function hitRateLimits(db: DbOrTx, limits: Limit[], now = new Date()): Promise<LimitResult> {
  let worst: LimitResult = { allowed: true, retryAfterSeconds: 0 };
  for (const l of limits) {
    const r = await hitRateLimit(db, l, now);
    if (!r.allowed && (worst.allowed || r.retryAfterSeconds > worst.retryAfterSeconds)) worst = r;
  }
  return worst;
}

/**
 * Check limits narrowest first and stop at the first refusal: a refused attempt does not use up the
 * wider counters, so whoever is refused by their own (narrow) limit cannot exhaust a shared one.
 * One statement (issue 13): each counter's upsert is a CTE that runs only if every narrower counter
 * allowed, so the order holds without a round trip per counter, and each row is locked only for the
 * statement. `counted` lists the counters advanced, for releaseRateLimits.
 */
export async function hitRateLimitsInOrder(db: DbOrTx, limits: Limit[], now = new Date()): Promise<LimitResult & { counted: CountedLimit[] }> {
  if (limits.length === 0) return { allowed: true, retryAfterSeconds: 0, counted: [] };
  const at = now.toISOString();
  const steps = limits.map((l, i) => {
    const passed = sql`rate_limits.window_start <= ${at}::timestamptz - make_interval(secs => ${l.windowSeconds})`;
    // Runs only when every narrower counter is within its maximum (a missing row compares as null: no).
    const gate = i === 0 ? sql`` : sql.join(limits.slice(0, i).map((p, j) => sql`(select count from ${sql.raw(`s${j}`)}) <= ${p.max}`), sql` and `);
    return sql`${sql.raw(`s${i}`)} as (
      insert into rate_limits (key, window_start, count, updated_at, expires_at)
      select ${storedLimitKey(l.key)}, ${at}::timestamptz, 1, ${at}::timestamptz, ${at}::timestamptz + make_interval(secs => ${l.windowSeconds})
      ${i === 0 ? sql`` : sql`where ${gate}`}
      on conflict (key) do update set
        count = case when ${passed} then 1 else least(rate_limits.count + 1, 32000) end,
        window_start = case when ${passed} then ${at}::timestamptz else rate_limits.window_start end,
        expires_at = case when ${passed} then ${at}::timestamptz else rate_limits.window_start end + make_interval(secs => ${l.windowSeconds}),
        updated_at = ${at}::timestamptz
      returning key, count, window_start)`;
  });
  const select = sql.join(limits.map((_, i) => sql`select ${i}::int as step, key, count, window_start from ${sql.raw(`s${i}`)}`), sql` union all `);
  const rows = rowsOf<{ step: number; key: string; count: number; window_start: string | Date }>(await db.execute(sql`with ${sql.join(steps, sql`, `)} ${select}`));
  const byStep = new Map(rows.map((r) => [Number(r.step), r]));
  const counted: CountedLimit[] = [];
  for (let i = 0; i < limits.length; i++) {
    const row = byStep.get(i);
    if (!row) break;
    const started = new Date(row.window_start).getTime();
    if (Number(row.count) > limits[i].max) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((started + limits[i].windowSeconds * 1000 - now.getTime()) / 1000)), counted };
    }
    counted.push({ key: row.key, windowStart: new Date(started).toISOString() });
  }
  return { allowed: true, retryAfterSeconds: 0, counted };
}

/** A counter an allowed attempt advanced: its stored key and the window it counted in. */
export type CountedLimit = { key: string; windowStart: string };

/**
 * Give back what an allowed attempt counted when the work it was counted for failed (the filing
 * rolled back): the counters are advanced outside the filing's transaction, so that their hot rows
 * are not locked until its commit. A window that has restarted since is left alone.
 */
export async function releaseRateLimits(db: DbOrTx, counted: CountedLimit[]): Promise<void> {
  if (counted.length === 0) return;
  const which = sql.join(
    counted.map((c) => sql`(key = ${c.key} and window_start = ${c.windowStart}::timestamptz)`),
    sql` or `,
  );
  await db.execute(sql`update rate_limits set count = greatest(count - 1, 0) where ${which}`);
}

/** Sign-in links (policies.ts): per address + IP, per IP, then the loose per-address ceiling. */
export async function hitSignInLimits(db: DbOrTx, q: { email: string; ip: string }, now = new Date()): Promise<LimitResult> {
  const email = q.email.trim().toLowerCase();
  return hitRateLimitsInOrder(
    db,
    [
      { key: `signin:addr-ip:${email}|${q.ip}`, ...SIGN_IN_ADDRESS_IP },
      { key: `signin:addr-ip-day:${email}|${q.ip}`, ...SIGN_IN_ADDRESS_IP_DAY },
      { key: `signin:ip:${q.ip}`, ...SIGN_IN_IP },
      { key: `signin:addr-day:${email}`, ...SIGN_IN_ADDRESS_DAY },
    ],
    now,
  );
}

/**
 * Filing a request (portal form and API alike): the account's hourly and daily limits first, then
 * the organisation's ceiling, which an account past its own limit therefore cannot use up.
 */
export async function hitFilingLimits(db: DbOrTx, q: { userId: string; organisationId: string }, now = new Date()) {
  const p = filingPolicies();
  return hitRateLimitsInOrder(
    db,
    [
      { key: `filing:account:${q.userId}`, ...p.account },
      { key: `filing:account-day:${q.userId}`, ...p.accountDay },
      { key: `filing:organisation:${q.organisationId}`, ...p.organisation },
    ],
    now,
  );
}

/** Delete counters whose window has passed (scheduled job): they would only restart anyway. */
export async function pruneRateLimits(db: DbOrTx, now = new Date()): Promise<number> {
  const res = await db.execute(sql`delete from rate_limits where expires_at <= ${now.toISOString()}::timestamptz returning key`);
  return rowsOf(res).length;
}
