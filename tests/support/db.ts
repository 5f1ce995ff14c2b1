import crypto from "node:crypto";
import { migrateDb, openPglite, openPostgres, setDbForProcess, type DbHandle } from "@/lib/db/client";

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or — with DATABASE_URL
 * set — a new database on that PostgreSQL server, dropped afterwards. Same migrations, same queries.
 */
export async function createTestDb(opts: { install?: boolean } = {}): Promise<DbHandle & { url?: string }> {
  const base = process.env.DATABASE_URL;
  let handle: DbHandle & { url?: string };
  if (base) {
    const name = `omatieto_t_${crypto.randomBytes(6).toString("hex")}`;
    const admin = await openPostgres(base, 1);
    await admin.db.execute(`create database ${name}` as never);
    await admin.close();
    const url = withDatabase(base, name);
    const h = await openPostgres(url, 5);
    handle = {
      ...h,
      url,
      close: async () => {
        await h.close();
        const a = await openPostgres(base, 1);
        await a.db.execute(`drop database if exists ${name} with (force)` as never);
        await a.close();
      },
    };
  } else {
    handle = await openPglite("memory://");
  }
  await migrateDb(handle);
  if (opts.install !== false) setDbForProcess(handle);
  return handle;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
