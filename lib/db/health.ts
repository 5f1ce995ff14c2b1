import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "./client";
import { readOutboxHealth } from "../mail/queries";

/** A cheap round trip, used only on error paths to tell "database down" (503) from "not signed in" (401). */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The oldest pending email may wait this long before the service counts as unhealthy: sign-in links
 * expire in 15 minutes, so a queue stuck for longer means people cannot sign in.
 */
export const MAIL_QUEUE_MAX_SECONDS = Number(process.env.OMATIETO_HEALTH_MAIL_MAX_SECONDS ?? 15 * 60);

export type Health = {
  status: "ok" | "unhealthy";
  database: "ok" | "unreachable";
  mailQueue: { status: "ok" | "stuck" | "unknown"; pending: number | null; oldestPendingSeconds: number | null; maxSeconds: number };
};

/**
 * What an uptime monitor needs (issue 10): the database answers and the mail queue moves. Counts and
 * ages only: no personal data, no configuration, no versions.
 */
export async function readHealth(open: () => Promise<DbOrTx> = getDb, now = new Date()): Promise<Health> {
  const down: Health = { status: "unhealthy", database: "unreachable", mailQueue: { status: "unknown", pending: null, oldestPendingSeconds: null, maxSeconds: MAIL_QUEUE_MAX_SECONDS } };
  let db: DbOrTx;
  try {
    db = await open();
    await db.execute(sql`select 1`);
  } catch {
    return down;
  }
  try {
    const q = await readOutboxHealth(db, now);
    const stuck = q.oldestPendingSeconds > MAIL_QUEUE_MAX_SECONDS;
    return {
      status: stuck ? "unhealthy" : "ok",
      database: "ok",
      mailQueue: { status: stuck ? "stuck" : "ok", ...q, maxSeconds: MAIL_QUEUE_MAX_SECONDS },
    };
  } catch {
    return down;
  }
}
