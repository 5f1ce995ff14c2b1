import type { Db } from "../db/client";
import { processOutbox } from "../mail/queries";
import { claimJob, releaseJob } from "./schedule";
import { runScheduledReminders } from "./reminders";
import { expireReports } from "../reports/queries";
import { pruneClosedRequests } from "./retention";
import { proposeRetentionErasures } from "../retention/queries";
import { pruneRateLimits } from "../rate-limit/queries";
import { toHelsinkiDate } from "../deadlines";
import { pruneDevMailbox } from "../mail/dev-mailbox";

type Holder = { timers?: NodeJS.Timeout[] };
const holder = globalThis as unknown as { __omatietoWorkers?: Holder };

/** Scheduled jobs: name, interval, work. Each runs on one instance at a time (job_runs lease). */
export const JOBS: Array<{ name: string; everySeconds: number; run: (db: Db) => Promise<unknown> }> = [
  // Reminders are idempotent (reminders_sent), so running them often only catches the day's turn quickly.
  { name: "reminders", everySeconds: 15 * 60, run: (db) => runScheduledReminders(db) },
  { name: "expire_reports", everySeconds: 60 * 60, run: (db) => expireReports(db) },
  // Closed requests older than the organisation's setting are pruned to statistics (PRODUCT.md §8).
  // Demo mailbox entries hold sign-in links: deleted after an hour (also pruned on every read).
  { name: "prune_dev_mailbox", everySeconds: 10 * 60, run: (db) => pruneDevMailbox(db) },
  // Rate-limit counters whose window has passed: they hold only keyed hashes, but need not be kept at all.
  { name: "prune_rate_limits", everySeconds: 60 * 60, run: (db) => pruneRateLimits(db) },
  // Records due under their register's retention rule become proposals for staff (PRODUCT.md §8).
  { name: "propose_retention", everySeconds: 24 * 60 * 60, run: (db) => proposeRetentionErasures(db, toHelsinkiDate(new Date())) },
  { name: "prune_closed_requests", everySeconds: 24 * 60 * 60, run: (db) => pruneClosedRequests(db, toHelsinkiDate(new Date())) },
];

function every(ms: number, fn: () => Promise<void>): NodeJS.Timeout {
  let busy = false;
  const t = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      await fn();
    } catch (e) {
      // No personal data in logs: the error's name only.
      console.error("[omatieto] worker:", (e as Error)?.name ?? "error");
    } finally {
      busy = false;
    }
  }, ms);
  t.unref();
  return t;
}

/**
 * In-process workers. Every app instance runs them; the outbox claim (FOR UPDATE SKIP LOCKED) and
 * the job_runs lease make that safe, so nothing depends on a single instance's memory.
 */
export function startWorkers(db: Db): void {
  if (holder.__omatietoWorkers?.timers) return;
  const outbox = every(Number(process.env.OMATIETO_OUTBOX_INTERVAL_MS ?? 3000), async () => {
    await processOutbox(db, { limit: 25 });
  });
  const jobs = every(60_000, async () => {
    for (const job of JOBS) {
      if (!(await claimJob(db, job.name, job.everySeconds))) continue;
      try {
        await job.run(db);
      } finally {
        await releaseJob(db, job.name);
      }
    }
  });
  holder.__omatietoWorkers = { timers: [outbox, jobs] };
}

export function stopWorkers(): void {
  for (const t of holder.__omatietoWorkers?.timers ?? []) clearInterval(t);
  holder.__omatietoWorkers = {};
}
