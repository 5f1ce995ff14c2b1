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

/** On globalThis so that the server entry (lib/cli/server.mjs, outside Next's module graph) can drain it. */
type Holder = { timers?: NodeJS.Timeout[]; running?: Set<Promise<void>>; drain?: (timeoutMs?: number) => Promise<void> };
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

function every(ms: number, fn: () => Promise<void>, running: Set<Promise<void>>): NodeJS.Timeout {
  let busy = false;
  const t = setInterval(() => {
    if (busy) return;
    busy = true;
    const run = (async () => {
      try {
        await fn();
      } catch (e) {
        // No personal data in logs: the error's name only.
        console.error("[omatieto] worker:", (e as Error)?.name ?? "error");
      } finally {
        busy = false;
      }
    })();
    // Tracked so that a shutdown lets a batch finish: an email sent but not yet marked sent would
    // otherwise be sent again by another instance once its lease runs out.
    running.add(run);
    void run.finally(() => running.delete(run));
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
  const running = new Set<Promise<void>>();
  const outbox = every(Number(process.env.OMATIETO_OUTBOX_INTERVAL_MS ?? 3000), async () => {
    await processOutbox(db, { limit: 25 });
  }, running);
  const jobs = every(60_000, async () => {
    for (const job of JOBS) {
      if (!(await claimJob(db, job.name, job.everySeconds))) continue;
      try {
        await job.run(db);
      } finally {
        await releaseJob(db, job.name);
      }
    }
  }, running);
  holder.__omatietoWorkers = { timers: [outbox, jobs], running, drain: drainWorkers };
}

export function stopWorkers(): void {
  for (const t of holder.__omatietoWorkers?.timers ?? []) clearInterval(t);
  holder.__omatietoWorkers = {};
}

/** Stop starting work and wait (at most `timeoutMs`) for the batch in progress: a clean shutdown. */
export async function drainWorkers(timeoutMs = 15_000): Promise<void> {
  const running = [...(holder.__omatietoWorkers?.running ?? [])];
  stopWorkers();
  if (!running.length) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([Promise.allSettled(running), timeout]);
  clearTimeout(timer);
}
