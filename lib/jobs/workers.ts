import type { Db } from "../db/client";
import { processOutbox } from "../mail/queries";

type Holder = { timers?: NodeJS.Timeout[] };
const holder = globalThis as unknown as { __omatietoWorkers?: Holder };

/**
 * In-process workers. Every app instance runs them; the outbox claim (FOR UPDATE SKIP LOCKED) and
 * the job_runs lease make that safe, so nothing depends on a single instance's memory.
 */
export function startWorkers(db: Db): void {
  if (holder.__omatietoWorkers?.timers) return;
  let busy = false;
  const outbox = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      await processOutbox(db, { limit: 25 });
    } catch (e) {
      console.error("[omatieto] outbox worker:", (e as Error).name);
    } finally {
      busy = false;
    }
  }, Number(process.env.OMATIETO_OUTBOX_INTERVAL_MS ?? 3000));
  outbox.unref();
  holder.__omatietoWorkers = { timers: [outbox] };
}

export function stopWorkers(): void {
  for (const t of holder.__omatietoWorkers?.timers ?? []) clearInterval(t);
  holder.__omatietoWorkers = {};
}
