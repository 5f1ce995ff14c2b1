// `npm run restore -- FILE [--force]` (issue 10): put a backup made by `npm run backup` back.
// Refuses to overwrite a database that holds any row unless --force (then it is wiped first). Stop the
// app first (PGlite: one process per folder; PostgreSQL: nobody should write while restoring). After
// the restore the schema is brought up to date and the app role granted, as at start; then run
// `npm run audit:verify`. The data key must be the one the backup was made with.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { spawnSync } from "node:child_process";
import { migrateDb, openConfiguredDb, openPglite, openPostgres, prepareSchema, type DbHandle } from "../db/client";
import { countAppliedMigrations, isDatabaseEmpty, restoreLogical, tableChecksums, wipeDatabase, type DumpLine } from "../backup/queries";
import { loadPgliteFolder } from "../backup/pglite-files";
import { currentTarget, KEY_REMINDER, onPath, parseFlags, redact } from "./backup-common";

const REFUSE_NON_EMPTY = "the database is not empty: restoring would replace its data. Run again with --force if that is what you want";

async function journalLength(): Promise<number> {
  const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "drizzle", "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

async function* readLines(file: string): AsyncGenerator<DumpLine> {
  const rl = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line) as DumpLine;
}

async function restorePostgres(url: string, file: string, force: boolean) {
  const owner = await openPostgres(url, 1);
  try {
    if (!(await isDatabaseEmpty(owner.db)) && !force) throw new Error(REFUSE_NON_EMPTY);
    await wipeDatabase(owner.db);
    if (file.endsWith(".jsonl.gz")) {
      await migrateDb(owner);
      const rows = await restoreLogical(owner.db, readLines(file), await countAppliedMigrations(owner.db));
      console.log(`[omatieto] logical backup restored: ${rows} rows`);
    } else {
      if (!onPath("pg_restore")) throw new Error("pg_restore is not installed: install the PostgreSQL client programs of the server's version");
      const r = spawnSync("pg_restore", ["--no-owner", "--no-acl", "--exit-on-error", `--dbname=${url}`, file], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`pg_restore failed: ${redact(r.stderr.trim())}`);
      console.log("[omatieto] backup restored with pg_restore");
    }
  } finally {
    await owner.close();
  }
}

async function restorePglite(dataDir: string, file: string, force: boolean) {
  const current = await openPglite(dataDir);
  const empty = await isDatabaseEmpty(current.db);
  await current.close();
  if (!empty && !force) throw new Error(REFUSE_NON_EMPTY);
  await loadPgliteFolder(dataDir, file);
  console.log("[omatieto] embedded database restored");
}

async function main() {
  const { flags, rest } = parseFlags(process.argv.slice(2));
  const file = rest[0] ? path.resolve(rest[0]) : "";
  if (!file || !fs.existsSync(file)) {
    console.error("usage: npm run restore -- FILE [--force]   (FILE from npm run backup)");
    process.exit(2);
  }
  const target = currentTarget();
  if (target.kind === "pglite") {
    if (!file.endsWith(".tar.gz")) throw new Error("the embedded database restores only a PGlite backup (.pglite.tar.gz); a PostgreSQL backup needs DATABASE_URL");
    await restorePglite(target.dataDir, file, flags.has("force"));
  } else {
    if (file.endsWith(".tar.gz")) throw new Error("a PGlite backup cannot be restored into PostgreSQL; unset DATABASE_URL to restore the embedded database");
    await restorePostgres(target.url, file, flags.has("force"));
  }
  // As at start: migrations up to this version (safe to repeat) and the app role's grants.
  const h: DbHandle = await openConfiguredDb();
  try {
    await prepareSchema(h);
    const sums = await tableChecksums(h.db);
    const rows = Object.values(sums).reduce((n, t) => n + t.rows, 0);
    console.log(`[omatieto] ${Object.keys(sums).length} tables, ${rows} rows; now run: npm run audit:verify`);
  } finally {
    await h.close();
  }
  console.log(KEY_REMINDER);
}

main().catch((e) => {
  console.error(`[omatieto] restore failed: ${redact(e instanceof Error ? e.message : String(e))}`);
  process.exit(1);
});
