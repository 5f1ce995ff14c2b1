import fs from "node:fs";
import path from "node:path";
import { sql, type SQL } from "drizzle-orm";

/**
 * Two PostgreSQL roles (README "PostgreSQL roles", issue 9 finding 14): the owner runs migrations
 * (DATABASE_MIGRATION_URL), the app connects as a role that owns nothing (DATABASE_URL), so it cannot
 * switch off the append-only trigger, drop the audit tables or rewrite audit events.
 * Only the structural `execute` is needed here, so this file does not import the client (no cycle).
 */
type Exec = { execute: (query: SQL) => Promise<unknown> };

function rows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export async function currentRole(db: Exec): Promise<string> {
  return rows<{ role: string }>(await db.execute(sql`select current_user as role`))[0].role;
}

/**
 * Grants for the app role, run by the owner after migrating (idempotent). Full DML on the tables,
 * but audit_events only SELECT and INSERT and audit_chain_heads no DELETE; TRUNCATE, REFERENCES and
 * TRIGGER never; CREATE on the schema for the reference sequences. Default privileges cover tables later migrations create; the app may read the
 * migrations journal to see that the schema is current.
 */
export async function grantAppRole(owner: Exec, role: string): Promise<void> {
  const r = sql.identifier(role);
  const statements = [
    // CREATE: filing creates one reference sequence per organisation prefix and year on first use
    // (lib/requests/queries.ts); objects the app creates are its own, the owner's tables stay out of reach.
    sql`grant usage, create on schema public to ${r}`,
    sql`grant select, insert, update, delete on all tables in schema public to ${r}`,
    sql`revoke truncate, references, trigger on all tables in schema public from ${r}`,
    sql`revoke update, delete on audit_events from ${r}`,
    sql`revoke delete on audit_chain_heads from ${r}`,
    sql`grant usage, select on all sequences in schema public to ${r}`,
    sql`alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
    sql`alter default privileges in schema public grant usage, select on sequences to ${r}`,
    sql`grant usage on schema drizzle to ${r}`,
    sql`grant select on drizzle.__drizzle_migrations to ${r}`,
  ];
  for (const s of statements) await owner.execute(s);
}

/** Is the connection's role the owner of the tables (or a member of the owner, or a superuser)? */
export async function ownsTables(db: Exec): Promise<boolean> {
  const [r] = rows<{ owns: boolean }>(
    await db.execute(sql`
      select coalesce((select rolsuper from pg_roles where rolname = current_user), false)
        or exists (select 1 from pg_tables where schemaname = 'public' and pg_has_role(current_user, tableowner, 'MEMBER')) as owns`),
  );
  return r.owns === true;
}

/** Do the tables exist and belong to another role? Then migrations are the owner's job, not ours. */
export async function tablesOwnedByOthers(db: Exec): Promise<boolean> {
  const [r] = rows<{ mine: boolean }>(
    await db.execute(sql`
      select pg_has_role(current_user, tableowner, 'MEMBER') as mine
      from pg_tables where schemaname = 'public' and tablename = 'audit_events'`),
  );
  return r !== undefined && r.mine === false;
}

/**
 * Refuse to run on a schema older than this code when migrations are run separately by the owner.
 * Compares the count of applied migrations with the committed journal.
 */
export async function assertMigrated(db: Exec, migrationsFolder: string): Promise<void> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  let applied = -1;
  try {
    applied = Number(rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`))[0].n);
  } catch {
    throw new Error(
      "[omatieto] the app's database role cannot read drizzle.__drizzle_migrations: run `npm run db:migrate` with DATABASE_MIGRATION_URL (it grants the app role)",
    );
  }
  if (applied < journal.entries.length) {
    throw new Error(
      `[omatieto] the database schema is behind (${applied} of ${journal.entries.length} migrations): run \`npm run db:migrate\` with DATABASE_MIGRATION_URL set to the owner's connection`,
    );
  }
}
