import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../db/client";

/**
 * Backup and restore on the level of tables (issue 10): what both databases understand through SQL.
 * Used for the logical dump when pg_dump is not installed, for "is this database empty?" before a
 * restore, and for the per-table row counts and checksums that show a restore is equal to its source.
 */

type Exec = Pick<Db, "execute">;
const q = async <T>(db: Exec, query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));

/**
 * Tables whose rows the database derives from other rows: organisation_versions is refilled by its
 * triggers as a restore writes registers, staff and templates (lib/db/schema/versions.ts), so it is
 * neither dumped nor compared.
 */
const DERIVED_TABLES = new Set(["organisation_versions"]);

/** The application's tables (schema public) but the derived ones, parents before children (foreign keys). */
export async function listTablesInOrder(db: Exec): Promise<string[]> {
  const all = (await q<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)).map((r) => r.name);
  const tables = all.filter((t) => !DERIVED_TABLES.has(t));
  const edges = await q<{ child: string; parent: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
  );
  const strip = (t: string) => t.replace(/^public\./, "").replace(/"/g, "");
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (strip(e.child) !== strip(e.parent)) parents.get(strip(e.child))?.add(strip(e.parent));
  const out: string[] = [];
  const visit = (t: string, seen = new Set<string>()) => {
    if (out.includes(t) || seen.has(t)) return;
    seen.add(t);
    for (const p of parents.get(t) ?? []) visit(p, seen);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

/** Row count and an md5 over every row's text, per table: equal on both sides means the data is equal. */
export async function tableChecksums(db: Exec): Promise<Record<string, { rows: number; md5: string }>> {
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const t of await listTablesInOrder(db)) {
    const id = sql.identifier(t);
    const [r] = await q<{ n: number; md5: string | null }>(db, sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as md5 from ${id} x`);
    out[t] = { rows: Number(r.n), md5: r.md5 ?? "" };
  }
  return out;
}

/** No rows in any application table (or no tables at all): a restore may go ahead without --force. */
export async function isDatabaseEmpty(db: Exec): Promise<boolean> {
  for (const t of await listTablesInOrder(db)) {
    const [r] = await q<{ any: boolean }>(db, sql`select exists (select 1 from ${sql.identifier(t)}) as any`);
    if (r.any) return false;
  }
  return true;
}

/** The number of migrations applied (0 before the first start): a logical dump restores into the same. */
export async function countAppliedMigrations(db: Exec): Promise<number> {
  try {
    const [r] = await q<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return Number(r.n);
  } catch {
    return 0;
  }
}

/**
 * Remove everything (restore --force): the schemas are dropped and recreated, which neither deletes nor
 * truncates rows one by one, so the audit trail's append-only triggers are not asked to allow it.
 */
export async function wipeDatabase(db: Exec): Promise<void> {
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema if exists public cascade`);
  await db.execute(sql`create schema public`);
}

export type DumpLine =
  | { kind: "header"; format: "omatieto-logical-1"; createdAt: string; migrations: number }
  | { kind: "sequence"; name: string; lastValue: string | null; increment: string; start: string }
  | { kind: "rows"; table: string; rows: unknown[] };

const CHUNK = 500;

/** A logical dump: JSON lines of every table's rows (as PostgreSQL's own JSON) and every sequence. */
export async function* dumpLogical(db: Exec): AsyncGenerator<DumpLine> {
  yield { kind: "header", format: "omatieto-logical-1", createdAt: new Date().toISOString(), migrations: await countAppliedMigrations(db) };
  const seqs = await q<{ name: string; last_value: string | null; increment_by: string; start_value: string }>(
    db,
    sql`select sequencename as name, last_value::text, increment_by::text, start_value::text from pg_sequences where schemaname = 'public' order by sequencename`,
  );
  for (const s of seqs) yield { kind: "sequence", name: s.name, lastValue: s.last_value, increment: s.increment_by, start: s.start_value };
  for (const t of await listTablesInOrder(db)) {
    const id = sql.identifier(t);
    for (let offset = 0; ; offset += CHUNK) {
      const rows = (await q<{ r: unknown }>(db, sql`select row_to_json(x) as r from ${id} x order by x::text limit ${CHUNK} offset ${offset}`)).map((r) => r.r);
      if (rows.length === 0) break;
      yield { kind: "rows", table: t, rows };
      if (rows.length < CHUNK) break;
    }
  }
}

/**
 * Load a logical dump into a migrated, empty database of the same schema version, in one transaction.
 * json_populate_recordset lets PostgreSQL itself turn the JSON back into each column's type.
 */
export async function restoreLogical(db: Db, lines: AsyncIterable<DumpLine>, expectedMigrations: number): Promise<number> {
  let restored = 0;
  await db.transaction(async (tx) => {
    for await (const line of lines) {
      if (line.kind === "header") {
        if (line.format !== "omatieto-logical-1") throw new Error("not an Omatieto logical dump");
        if (line.migrations !== expectedMigrations) {
          throw new Error(`the dump is of schema version ${line.migrations}, this installation is ${expectedMigrations}: restore with the version that made the dump, then upgrade`);
        }
      } else if (line.kind === "sequence") {
        const id = sql.identifier(line.name);
        await tx.execute(sql`create sequence if not exists ${id} increment by ${sql.raw(String(Number(line.increment)))} start with ${sql.raw(String(Number(line.start)))}`);
        if (line.lastValue !== null) await tx.execute(sql`select setval(${line.name}, ${line.lastValue}::bigint, true)`);
      } else {
        const id = sql.identifier(line.table);
        await tx.execute(sql`insert into ${id} select * from json_populate_recordset(null::${id}, ${JSON.stringify(line.rows)}::json)`);
        restored += line.rows.length;
      }
    }
  });
  return restored;
}
