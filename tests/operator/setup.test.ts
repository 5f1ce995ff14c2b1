import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { reason } from "../support/refusal";
import { migrateDb, openPglite, type DbHandle } from "@/lib/db/client";
import { operatorSetupTokens, users } from "@/lib/db/schema";
import { hashSetupToken, hasOperator, issueSetupToken, redeemSetupToken } from "@/lib/operator/setup-queries";

// Issue 10: the first operator of a fresh install, by `npm run admin:create-operator -- EMAIL` (run as a
// real process against a real database) or by a one-time setup token (single use, expiry, hashed).
const pgUrl = process.env.DATABASE_URL;
let dataDir: string;
let h: DbHandle & { url?: string };

async function open(): Promise<DbHandle & { url?: string }> {
  if (pgUrl) return createTestDb({ install: false });
  const handle = await openPglite(path.join(dataDir, "pglite"));
  await migrateDb(handle);
  return handle;
}

function runCli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, OMATIETO_DATA_DIR: dataDir };
  if (h.url) env.DATABASE_URL = h.url;
  else delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/create-operator.ts", ...args], { env, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-operator-"));
  h = await open();
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("one-time setup token", () => {
  it("is stored hashed, works once, and not after its expiry", async () => {
    const expired = await issueSetupToken(h.db, new Date(Date.now() - 2 * 3600_000));
    const issued = await issueSetupToken(h.db);
    expect(issued && expired).toBeTruthy();
    const rows = await h.db.select().from(operatorSetupTokens);
    expect(rows.map((r) => r.tokenHash)).toContain(hashSetupToken(issued!.token));
    expect(JSON.stringify(rows)).not.toContain(issued!.token);

    const input = { email: "Ensimmainen@Liitto.example", name: "Eka", locale: "fi" as const };
    expect(await reason(redeemSetupToken(h.db, { ...input, token: expired!.token }))).toBe("setup_token_invalid");
    expect(await reason(redeemSetupToken(h.db, { ...input, token: "x".repeat(32) }))).toBe("setup_token_invalid");
    expect(await hasOperator(h.db)).toBe(false);
    expect(await reason(redeemSetupToken(h.db, { ...input, token: issued!.token }))).toBe("ok");
    const [op] = await h.db.select().from(users).where(eq(users.email, "ensimmainen@liitto.example"));
    expect(op.role).toBe("operator");
    // Used: neither the same token nor any other works once an operator exists, and none is issued.
    expect(await reason(redeemSetupToken(h.db, { ...input, email: "toinen@liitto.example", token: issued!.token }))).toBe("setup_done");
    expect(await issueSetupToken(h.db)).toBeNull();
  });
});

describe("npm run admin:create-operator", () => {
  it("creates the account, is safe to repeat, refuses a staff or subject address, and prints no address", async () => {
    if (!h.url) await h.close(); // PGlite: one process per data folder
    const first = runCli(["toinen.operaattori@liitto.example", "--name", "Toinen", "--locale", "sv"]);
    expect(first.out).toContain("operator account created");
    expect(first.out).not.toContain("liitto.example");
    expect(first.code).toBe(0);
    expect(runCli(["toinen.operaattori@liitto.example"]).out).toContain("already an operator");
    const bad = runCli(["ei-osoite"]);
    expect(bad.code).toBe(2);
    if (!h.url) h = await open();
    await h.db.insert(users).values({ email: "kasittelija@yhdistys.example", role: "staff" });
    if (!h.url) await h.close();
    const refused = runCli(["kasittelija@yhdistys.example"]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("already belongs to a staff or subject account");
    if (!h.url) h = await open();
    const [op] = await h.db.select().from(users).where(eq(users.email, "toinen.operaattori@liitto.example"));
    expect(op).toMatchObject({ role: "operator", locale: "sv", name: "Toinen", totpEnabledAt: null });
    const [staff] = await h.db.select().from(users).where(eq(users.email, "kasittelija@yhdistys.example"));
    expect(staff.role).toBe("staff");
  });
});
