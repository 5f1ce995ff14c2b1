import { getDb } from "../db/client";
import { seedIfEmpty } from "../seed/seed";
import { startWorkers } from "../jobs/workers";

/**
 * Process start (instrumentation.ts): apply migrations (getDb migrates on open), put the demo data
 * into an empty database, start the background workers. Errors are logged without personal data.
 */
export async function bootServer(): Promise<void> {
  const db = await getDb();
  if (process.env.OMATIETO_SEED !== "off") {
    const seeded = await seedIfEmpty(db);
    if (seeded) console.log("[omatieto] empty database: demo data inserted");
  }
  if (process.env.OMATIETO_WORKERS !== "off") startWorkers(db);
}
