import { isDemoMode } from "../config/mode";
import { getDb, getDbKind } from "./client";
import { ownsTables } from "./roles";

/**
 * Boot check (production mode on PostgreSQL): refuse to start when the app's connection role owns the
 * tables or is a superuser: it could switch off the append-only audit trigger, drop the chain heads
 * or rewrite the trail. Call at process start, after the database is opened (lib/boot/boot-server.ts).
 * Demo mode and the embedded PGlite database keep one role, as before.
 */
export async function checkDatabaseRoles(): Promise<void> {
  if (isDemoMode() || (await getDbKind()) !== "postgres") return;
  if (await ownsTables(await getDb())) {
    throw new Error(
      "[omatieto] DATABASE_URL connects as the owner of the tables (or a superuser), which could switch off the append-only audit trail: " +
        'connect the app as a role that owns nothing and run migrations with DATABASE_MIGRATION_URL (README "PostgreSQL roles")',
    );
  }
}
