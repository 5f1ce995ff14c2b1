import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "./client";

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
