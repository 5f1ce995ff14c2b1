import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { withDatabase } from "../support/db";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { migrateDb, openPglite, openPostgres, prepareSchema } from "@/lib/db/client";

// `npm run doctor` (issue 10) as the operator runs it, in its own process: a good production
// configuration exits 0; a broken one prints each problem and exits 1. The SMTP check talks to a real
// server on loopback; the database check opens the real database (PGlite folder or PostgreSQL).
const pgUrl = process.env.DATABASE_URL;
let dataDir: string;
let appUrl: string | undefined;
let smtp: SmtpBox;
const KEY = Buffer.alloc(32, 7).toString("base64");

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-doctor-"));
  smtp = await startSmtp();
  if (pgUrl) await makeTwoRoleDatabase();
  else {
    const p = await openPglite(path.join(dataDir, "pglite"));
    await migrateDb(p);
    await p.close();
  }
});
afterAll(async () => {
  if (pgUrl) await dropTwoRoleDatabase();
  await smtp?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// PostgreSQL as README "PostgreSQL roles" sets it up: the owner migrates, the app's role owns nothing.
const suffix = crypto.randomBytes(5).toString("hex");
const names = { db: `omatieto_doctor_${suffix}`, owner: `omatieto_down_${suffix}`, app: `omatieto_dapp_${suffix}` };
const password = crypto.randomBytes(12).toString("hex");
const urlAs = (role: string) => {
  const u = new URL(withDatabase(pgUrl!, names.db));
  u.username = role;
  u.password = password;
  return u.toString();
};
async function makeTwoRoleDatabase() {
  const admin = await openPostgres(pgUrl!, 1);
  await admin.db.execute(sql.raw(`create role ${names.owner} login password '${password}'`));
  await admin.db.execute(sql.raw(`create role ${names.app} login password '${password}'`));
  await admin.db.execute(sql.raw(`create database ${names.db} owner ${names.owner}`));
  await admin.close();
  const app = await openPostgres(urlAs(names.app), 1);
  await prepareSchema(app, urlAs(names.owner));
  await app.close();
  appUrl = urlAs(names.app);
}
async function dropTwoRoleDatabase() {
  const admin = await openPostgres(pgUrl!, 1);
  await admin.db.execute(sql.raw(`drop database if exists ${names.db} with (force)`));
  await admin.db.execute(sql.raw(`drop role if exists ${names.app}`));
  await admin.db.execute(sql.raw(`drop role if exists ${names.owner}`));
  await admin.close();
}

/** Async (not spawnSync): the loopback SMTP server in this process must answer the doctor's EHLO. */
function runDoctor(overrides: Record<string, string | undefined>): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, OMATIETO_DATA_DIR: dataDir, OMATIETO_DEMO: "" };
  if (appUrl) env.DATABASE_URL = appUrl;
  else delete env.DATABASE_URL;
  Object.assign(env, overrides);
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete env[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/cli/doctor.ts"], { env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code, out }));
  });
}

const good = () => ({ OMATIETO_BASE_URL: "https://omatieto.example.fi", AUTH_SECRET: "a".repeat(40), OMATIETO_DATA_KEY: KEY, SMTP_URL: smtp.url });

describe("npm run doctor", () => {
  it("exits 0 for a good configuration", async () => {
    const r = await runDoctor(good());
    expect(r.out).toContain("ok    mail server");
    expect(r.out).toContain("everything checked is in order");
    expect(r.code).toBe(0);
  }, 120_000);

  it("prints every problem of a broken configuration and exits 1, without printing secrets", async () => {
    const r = await runDoctor({
      OMATIETO_BASE_URL: "http://omatieto.example.fi",
      AUTH_SECRET: "short",
      OMATIETO_DATA_KEY: Buffer.alloc(16, 1).toString("base64"),
      SMTP_URL: "smtp://user:salasana@127.0.0.1:1",
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain("AUTH_SECRET is too short");
    expect(r.out).toContain("OMATIETO_DATA_KEY must be 32 bytes");
    expect(r.out).toContain("OMATIETO_BASE_URL is not https");
    expect(r.out).toContain("FAIL  mail server (SMTP_URL): cannot talk to the mail server");
    expect(r.out).not.toContain("salasana");
  }, 120_000);

  it.skipIf(!pgUrl)("says when the app's PostgreSQL role owns the tables", async () => {
    const r = await runDoctor({ ...good(), DATABASE_URL: urlAs(names.owner) });
    expect(r.code).toBe(1);
    expect(r.out).toContain("owner of the tables or a superuser");
  }, 120_000);

  it("says when the database cannot be reached", async () => {
    const r = await runDoctor({ ...good(), DATABASE_URL: "postgres://nobody:pw@127.0.0.1:1/none" });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL {2}database: PostgreSQL \(DATABASE_URL\): cannot open the database/);
    expect(r.out).not.toContain(":pw@");
  }, 120_000);
});
