import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inArray } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { migrateDb, openPglite, type DbHandle } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/queries";
import { getKeys } from "@/lib/crypto";
import { asOwner, chainRows } from "./tamper";

// `npm run audit:verify` itself (the command an operator runs), in its own process with the same data
// key: exit 0 on an intact chain, exit 1 and BROKEN after the newest events were cut off.
const pgUrl = process.env.DATABASE_URL;
let dataDir: string;
let h: DbHandle & { url?: string };

async function open(): Promise<DbHandle & { url?: string }> {
  if (pgUrl) return createTestDb({ install: false });
  const handle = await openPglite(path.join(dataDir, "pglite"));
  await migrateDb(handle);
  return handle;
}

function runVerify() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OMATIETO_DATA_DIR: dataDir,
    OMATIETO_DATA_KEY: process.env.OMATIETO_DATA_KEY ?? fs.readFileSync(path.join(process.env.OMATIETO_DATA_DIR!, "data-key"), "utf8").trim(),
  };
  if (h.url) env.DATABASE_URL = h.url;
  else delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/audit-verify.ts"], { env, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-verify-"));
  getKeys(); // the data key exists before the CLI reads it
  h = await open();
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run audit:verify", () => {
  it("passes an intact chain and fails, naming the cut, once the newest events are deleted", async () => {
    const org = crypto.randomUUID();
    for (let i = 0; i < 4; i++) await recordAudit(h.db, { organisationId: org, actorId: null, actorRole: "system", action: `cli_${i}` });
    const rows = await chainRows(h.db, org);
    if (!h.url) await h.close(); // PGlite: one process per data folder

    const ok = runVerify();
    expect(ok.out).toContain(`chain ${org}: intact, 4 events`);
    expect(ok.code).toBe(0);

    if (!h.url) h = await open();
    await asOwner(h.db, () => h.db.delete(auditEvents).where(inArray(auditEvents.id, [rows[2].id, rows[3].id])));
    if (!h.url) await h.close();

    const cut = runVerify();
    expect(cut.out).toMatch(new RegExp(`chain ${org}: BROKEN .*cut or added`));
    expect(cut.code).toBe(1);
    if (!h.url) h = await open();
  });
});
