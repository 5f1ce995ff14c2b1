import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { listQueue } from "@/lib/queue/queries";
import { parseQueueFilters } from "@/lib/queue/schema";
import { toHelsinkiDate } from "@/lib/deadlines";
import { percentile } from "./stats";

const TYPES = ["access", "rectification", "erasure", "restriction", "objection", "consent_withdrawal", "portability"];
const STATUSES = ["new", "in_progress", "awaiting_subject", "awaiting_verification", "completed", "completed", "rejected", "withdrawn"];

/** Bulk-generate requests with SQL (two organisations, realistic spread of types, statuses and dates). */
export async function growRequests(db: Db, orgIds: [string, string], from: number, to: number): Promise<void> {
  const batch = 100_000;
  for (let start = from; start < to; start += batch) {
    const end = Math.min(to, start + batch);
    await db.execute(sql`
      insert into requests (reference, organisation_id, type, status, channel, locale, subject_name, received_at, received_on,
                            base_due_on, due_on, target_on, required_level, details, closed_at)
      select 'BENCH-' || g,
             case when g % 2 = 0 then ${orgIds[0]}::uuid else ${orgIds[1]}::uuid end,
             (${`{${TYPES.join(",")}}`}::text[])[1 + g % 7]::request_type,
             (${`{${STATUSES.join(",")}}`}::text[])[1 + (g / 7) % 8]::request_status,
             'portal', 'fi', 'Bench Person ' || g,
             now() - ((g % 400) || ' days')::interval,
             (now() - ((g % 400) || ' days')::interval)::date,
             (now() - ((g % 400) || ' days')::interval + interval '1 month')::date,
             (now() - ((g % 400) || ' days')::interval + interval '1 month')::date,
             (now() - ((g % 400) || ' days')::interval + interval '21 days')::date,
             2, '{"type":"access","registerIds":[],"formats":["pdf"]}'::jsonb,
             case when ((g / 7) % 8) >= 4 then now() - ((g % 400) || ' days')::interval + interval '10 days' end
      from generate_series(${start + 1}::int, ${end}::int) g`);
  }
  await db.execute(sql`analyze requests`);
}

/** p50/p95 of the staff queue's first page (default filters: open requests by due date). */
export async function measureQueue(db: Db, actor: { id: string; role: "staff"; organisationIds: string[] }, runs = 60) {
  const today = toHelsinkiDate(new Date());
  const filters = parseQueueFilters({});
  for (let i = 0; i < 5; i++) await listQueue(db, actor as never, filters, { today });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await listQueue(db, actor as never, filters, { today });
    times.push(performance.now() - t0);
  }
  const overdue = parseQueueFilters({ due: "overdue" });
  const timesOverdue: number[] = [];
  for (let i = 0; i < Math.min(runs, 30); i++) {
    const t0 = performance.now();
    await listQueue(db, actor as never, overdue, { today });
    timesOverdue.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), overdueP95: percentile(timesOverdue, 95) };
}
