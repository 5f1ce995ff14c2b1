import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rowsOf } from "../db/client";

/**
 * Claim a named job for this run if its interval has passed and no other instance holds its lease.
 * One conditional UPDATE on job_runs: several app instances on one PostgreSQL run each job once.
 */
export async function claimJob(db: Db, name: string, everySeconds: number, leaseSeconds = 600): Promise<boolean> {
  await db.execute(sql`insert into job_runs (name) values (${name}) on conflict (name) do nothing`);
  const res = await db.execute(sql`
    update job_runs set last_run_at = now(), locked_until = now() + make_interval(secs => ${leaseSeconds})
    where name = ${name}
      and (last_run_at is null or last_run_at <= now() - make_interval(secs => ${everySeconds}))
      and (locked_until is null or locked_until < now())
    returning name`);
  return rowsOf(res).length > 0;
}

export async function releaseJob(db: Db, name: string): Promise<void> {
  await db.execute(sql`update job_runs set locked_until = null where name = ${name}`);
}
