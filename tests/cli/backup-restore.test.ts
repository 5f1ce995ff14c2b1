import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/db";
import { createOrg, createPerson, createRequest } from "../workflow/fixtures";
import { migrateDb, openPglite, openPostgres, type Db, type DbHandle } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/queries";
import { tableChecksums, wipeDatabase } from "@/lib/backup/queries";

// Issue 10: `npm run backup` → wipe → `npm run restore` on the database in use (PGlite folder, or
// PostgreSQL with DATABASE_URL), as real processes: the data is equal afterwards (row count and an md5
// per table) and `npm run audit:verify` passes. A restore over a non-empty database needs --force.
const pgUrl = process.env.DATABASE_URL;
let dataDir: string;
let pg: (DbHandle & { url?: string }) | undefined;

function run(script: string, args: string[] = []): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, OMATIETO_DATA_DIR: dataDir };
  if (pg?.url) env.DATABASE_URL = pg.url;
  else delete env.DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", script, ...args], { env, cwd: process.cwd() });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });
}

async function fill(db: Db) {
  for (const prefix of ["BKA", "BKB"]) {
    const org = await createOrg(db, prefix);
    const person = await createPerson(db, org);
    await createRequest(db, org, { personIds: [person.id] });
    for (let i = 0; i < 3; i++) await recordAudit(db, { organisationId: org.id, actorId: org.admin.id, actorRole: "admin", action: `backup_test_${i}` });
  }
}

/** PGlite: open the folder only between the CLI runs (one process per folder). */
async function withPglite<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const h = await openPglite(path.join(dataDir, "pglite"));
  try {
    return await fn(h.db);
  } finally {
    await h.close();
  }
}
const withDb = <T>(fn: (db: Db) => Promise<T>) => (pg ? fn(pg.db) : withPglite(fn));

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-backup-"));
  if (pgUrl) {
    pg = await createTestDb({ install: false });
    await fill(pg.db);
  } else {
    await withPglite(async (db) => {
      await migrateDb({ db, kind: "pglite", close: async () => {} });
      await fill(db);
    });
  }
});
afterAll(async () => {
  await pg?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function wipe() {
  if (pg) {
    const owner = await openPostgres(pg.url!, 1);
    await wipeDatabase(owner.db);
    await owner.close();
  } else fs.rmSync(path.join(dataDir, "pglite"), { recursive: true, force: true });
}

async function backupWipeRestore(extra: string[], ext: RegExp) {
  const before = await withDb(tableChecksums);
  expect(before.audit_events.rows).toBeGreaterThanOrEqual(6);
  const out = path.join(dataDir, `backup-${Date.now()}${pg ? (extra.includes("--logical") ? ".jsonl.gz" : ".pgdump") : ".pglite.tar.gz"}`);
  const b = await run("lib/cli/backup.ts", ["--out", out, ...extra]);
  expect(b.out).toMatch(ext);
  expect(b.out).toContain("OMATIETO_DATA_KEY");
  expect(b.code).toBe(0);

  const refused = await run("lib/cli/restore.ts", [out]);
  expect(refused.out).toContain("not empty");
  expect(refused.code).toBe(1);

  await wipe();
  const r = await run("lib/cli/restore.ts", [out]);
  expect(r.out).toContain("now run: npm run audit:verify");
  expect(r.code).toBe(0);
  expect(await withDb(tableChecksums)).toEqual(before);

  const verify = await run("lib/cli/audit-verify.ts");
  expect(verify.out.match(/: intact, 3 events/g)).toHaveLength(2);
  expect(verify.out).not.toMatch(/BROKEN|LEGACY/);
  expect(verify.code).toBe(0);

  // --force replaces a non-empty database with the backup.
  const forced = await run("lib/cli/restore.ts", [out, "--force"]);
  expect(forced.code).toBe(0);
  expect(await withDb(tableChecksums)).toEqual(before);
}

describe("npm run backup → wipe → npm run restore", () => {
  it.skipIf(Boolean(pgUrl))("PGlite: the data folder's own dump", async () => {
    await backupWipeRestore([], /backup of the embedded database written/);
  }, 300_000);

  it.skipIf(!pgUrl)("PostgreSQL: pg_dump's custom format", async () => {
    await backupWipeRestore([], /backup written with pg_dump/);
  }, 300_000);

  it.skipIf(!pgUrl)("PostgreSQL: the logical dump through SQL (when pg_dump is not installed)", async () => {
    await backupWipeRestore(["--logical"], /logical backup written/);
  }, 300_000);
});
