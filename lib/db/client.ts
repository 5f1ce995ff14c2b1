import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { getDataDir } from "../config/paths";
import { assertMigrated, currentRole, grantAppRole, tablesOwnedByOthers } from "./roles";

export type Schema = typeof schema;
/** The common type of the PGlite and postgres.js drizzle databases: queries are written once. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbHandle = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

const MIGRATIONS = path.join(process.cwd(), "drizzle");

/** Open PostgreSQL through postgres.js. */
export async function openPostgres(url: string, max = 10): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max, onnotice: () => {}, idle_timeout: 30, connect_timeout: 10 });
  const db = drizzle(preparedStatements(client), { schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}

type PgClient = import("postgres").Sql;

/**
 * drizzle sends every query unnamed (`prepare: false` unless the query was given a name), and
 * postgres.js then asks the server to describe a query with parameters before running it: two round
 * trips and a parse and plan each time. Named statements, kept per connection by postgres.js keyed by
 * their text, make a query seen before on that connection one round trip with no parse (issue 13).
 * Transactions and savepoints get connections of their own, wrapped the same way.
 */
function preparedStatements(sql: PgClient): PgClient {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === "unsafe") return (query: string, args?: unknown[], options?: object) => target.unsafe(query, args as never, { ...options, prepare: true });
      if (prop === "begin" || prop === "savepoint") {
        return (...a: unknown[]) => {
          const fn = a.pop() as (tx: PgClient) => unknown;
          return (Reflect.get(target, prop) as (...x: unknown[]) => unknown).call(target, ...a, (tx: PgClient) => fn(preparedStatements(tx)));
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

/**
 * Open an embedded PGlite database. PGlite has no lock of its own on its folder (STACK.md), so one
 * process owns it through a pid file and a second opener is refused with a clear message.
 */
export async function openPglite(dataDir: string | "memory://"): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let release = () => {};
  if (dataDir !== "memory://") release = takeFolderLock(dataDir);
  const client = await PGlite.create(dataDir === "memory://" ? undefined : dataDir);
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** The one-process lock on a PGlite folder (also taken by backup and restore, which need the app stopped). */
export function takeFolderLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = `${dataDir}.lock`;
  try {
    const other = Number(fs.readFileSync(lock, "utf8"));
    if (other && other !== process.pid && isAlive(other)) {
      throw new Error(
        `The embedded database in ${dataDir} is already open in process ${other}. ` +
          `Stop that process first (PGlite allows one process per data folder).`,
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.writeFileSync(lock, String(process.pid));
  const release = () => {
    try {
      if (fs.readFileSync(lock, "utf8") === String(process.pid)) fs.unlinkSync(lock);
    } catch {}
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Apply the committed SQL migrations in drizzle/ (the same files on both databases). */
export async function migrateDb(handle: DbHandle): Promise<void> {
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS });
  }
}

/**
 * Bring the schema up to date before the app uses `handle`. With DATABASE_MIGRATION_URL (PostgreSQL)
 * the owner migrates and grants the app role (OMATIETO_DB_APP_ROLE, else the role of the app's own
 * connection); when the tables already belong to another role, migrations were run separately
 * (`npm run db:migrate` as the owner) and are only checked. Otherwise (PGlite, tests, a single owner
 * connection) the app's connection migrates, as before.
 */
export async function prepareSchema(handle: DbHandle, migrationUrl = process.env.DATABASE_MIGRATION_URL): Promise<void> {
  if (handle.kind === "postgres" && migrationUrl) {
    const owner = await openPostgres(migrationUrl, 1);
    try {
      await migrateDb(owner);
      await grantAppRole(owner.db, process.env.OMATIETO_DB_APP_ROLE || (await currentRole(handle.db)));
    } finally {
      await owner.close();
    }
    return;
  }
  if (handle.kind === "postgres" && (await tablesOwnedByOthers(handle.db))) return assertMigrated(handle.db, MIGRATIONS);
  await migrateDb(handle);
}

/** Open the configured database: PostgreSQL with DATABASE_URL, else PGlite in the data folder. */
export async function openConfiguredDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(url);
  return openPglite(path.join(getDataDir(), "pglite"));
}

type Holder = { handle?: Promise<DbHandle>; override?: DbHandle };
const holder: Holder = ((globalThis as Record<string, unknown>).__omatietoDb ??= {}) as Holder;

/**
 * The process-wide database, created lazily (a module-level client would be opened by
 * `next build` workers) and migrated on first use (prepareSchema).
 */
export async function getDb(): Promise<Db> {
  if (holder.override) return holder.override.db;
  holder.handle ??= (async () => {
    const h = await openConfiguredDb();
    try {
      await prepareSchema(h);
    } catch (e) {
      await h.close(); // e.g. a stale schema: do not keep the connection (or the PGlite folder lock)
      throw e;
    }
    return h;
  })();
  holder.handle.catch(() => (holder.handle = undefined));
  return (await holder.handle).db;
}

export async function getDbKind(): Promise<DbHandle["kind"]> {
  if (holder.override) return holder.override.kind;
  await getDb();
  return (await holder.handle!).kind;
}

/** Tests and scripts install their own database here. */
export function setDbForProcess(handle: DbHandle | undefined): void {
  holder.override = handle;
}

/** `execute()` returns `{ rows }` on PGlite and an array on postgres.js: normalise in one place. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
