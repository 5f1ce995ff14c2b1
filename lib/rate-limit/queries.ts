import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/client";

export type Limit = { key: string; max: number; windowSeconds: number };
export type LimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Fixed-window counter in the database, so every app instance shares it (DEVELOPERS.md: rate
 * limits live in the database). One upsert per key: the window restarts when it has passed.
 */
export async function hitRateLimit(db: DbOrTx, limit: Limit, now = new Date()): Promise<LimitResult> {
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count, updated_at)
    values (${limit.key}, ${now.toISOString()}::timestamptz, 1, ${now.toISOString()}::timestamptz)
    on conflict (key) do update set
      count = case when rate_limits.window_start <= ${now.toISOString()}::timestamptz - make_interval(secs => ${limit.windowSeconds})
                   then 1 else least(rate_limits.count + 1, 32000) end,
      window_start = case when rate_limits.window_start <= ${now.toISOString()}::timestamptz - make_interval(secs => ${limit.windowSeconds})
                   then ${now.toISOString()}::timestamptz else rate_limits.window_start end,
      updated_at = ${now.toISOString()}::timestamptz
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
