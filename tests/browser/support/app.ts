import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { withDatabase } from "../../support/db";

export type RunningApp = {
  url: string;
  dataDir: string;
  databaseUrl?: string;
  /** The environment the app was started with (secrets included: tests only). */
  env: Record<string, string>;
  logs: string[];
  /** The server process (with OMATIETO_INSTANCES, the cluster's primary). */
  pid: number;
  /** Stop the app; with keepData the data folder / database stay for inspection until the next stop(). */
  stop: (opts?: { keepData?: boolean }) => Promise<void>;
};

export type StartOptions = {
  /** "production" (default): as a real deployment runs. "demo": OMATIETO_DEMO=1, as `npm start` runs. */
  mode?: "production" | "demo";
  /** Put the demo data in before start (production default: yes, via the seed CLI). */
  seed?: boolean;
};

const root = path.resolve(import.meta.dirname, "../../..");

/** A port nothing listens on now (other benchmarks or apps may run on the same machine). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

type FreshDatabase = { url: string; name: string; appRole?: string; appUrl?: string };

/**
 * A new PostgreSQL database. In production mode also a throwaway app role that owns nothing: the app
 * connects as it (DATABASE_URL) and migrations run as the owner (DATABASE_MIGRATION_URL), the two roles
 * the README's "PostgreSQL roles" asks for; production refuses to start as the owner.
 */
async function freshDatabase(withAppRole: boolean): Promise<FreshDatabase | undefined> {
  if (!process.env.DATABASE_URL) return undefined;
  const suffix = crypto.randomBytes(5).toString("hex");
  const name = `omatieto_b_${suffix}`;
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  let appRole: string | undefined;
  if (withAppRole) {
    appRole = `omatieto_app_${suffix}`;
    await admin.unsafe(`create role ${appRole} login`);
  }
  await admin.end();
  const url = withDatabase(process.env.DATABASE_URL, name);
  let appUrl: string | undefined;
  if (appRole) {
    const u = new URL(url);
    u.username = appRole;
    u.password = "";
    appUrl = u.toString();
  }
  return { url, name, appRole, appUrl };
}

/** The production settings a real deployment has (fresh secrets), on this port. */
export function productionSettings(port: number): Record<string, string> {
  return {
    OMATIETO_BASE_URL: `http://localhost:${port}`,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
    OMATIETO_DATA_KEY: crypto.randomBytes(32).toString("base64"),
  };
}

/**
 * The demo data as test fixtures, put in before the app starts with the seed CLI (`npm run db:seed`),
 * because production never seeds. Same data folder / database and data key as the app.
 */
function seedBeforeStart(env: Record<string, string>): void {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/cli/db-seed.ts"], {
    cwd: root,
    env: { ...process.env, ...env, OMATIETO_WORKERS: "off" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`seeding the test fixtures failed: ${r.stdout}${r.stderr}`);
}

/** Start the server entry exactly as `npm run serve` / `npm start` do. */
function spawnServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(root, "lib/cli/server.mjs")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Start the built app through lib/cli/server.mjs on a fresh database (a new PGlite folder, or a new
 * PostgreSQL database when DATABASE_URL is set). Default: production mode with a fixed base URL,
 * fresh AUTH_SECRET and OMATIETO_DATA_KEY; the caller passes SMTP_URL (a real test SMTP server).
 */
export async function startApp(env: Record<string, string> = {}, opts: StartOptions = {}): Promise<RunningApp> {
  const mode = opts.mode ?? "production";
  if (mode === "production" && !env.SMTP_URL) throw new Error("startApp: production mode needs SMTP_URL (start tests/support/smtp.ts)");
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-app-"));
  const fresh = await freshDatabase(mode === "production");
  const databaseUrl = fresh?.url;
  const fullEnv: Record<string, string> = {
    OMATIETO_DATA_DIR: dataDir,
    OMATIETO_OUTBOX_INTERVAL_MS: "300",
    DATABASE_URL: fresh?.appUrl ?? databaseUrl ?? "",
    ...(fresh?.appRole ? { DATABASE_MIGRATION_URL: fresh.url, OMATIETO_DB_APP_ROLE: fresh.appRole } : {}),
    PORT: String(port),
    HOST: "127.0.0.1",
    ...(mode === "production" ? { ...productionSettings(port), OMATIETO_DEMO: "" } : { OMATIETO_DEMO: "1", OMATIETO_BASE_URL: "" }),
    ...env,
  };
  if (opts.seed ?? mode === "production") seedBeforeStart(fullEnv);
  const logs: string[] = [];
  const child = spawnServer(fullEnv);
  child.stdout!.on("data", (d) => logs.push(String(d)));
  child.stderr!.on("data", (d) => logs.push(String(d)));
  const url = `http://localhost:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited: ${logs.join("")}`);
    try {
      const r = await fetch(`${url}/`);
      if (r.ok) break;
    } catch {}
    if (Date.now() - started > 90_000) throw new Error(`app did not start: ${logs.join("")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir,
    databaseUrl,
    env: fullEnv,
    logs,
    pid: child.pid!,
    stop: async (stopOpts = {}) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once("exit", r)));
      }
      if (stopOpts.keepData) return;
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl && process.env.DATABASE_URL) {
        const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
        await admin.unsafe(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
        if (fresh?.appRole) await admin.unsafe(`drop role if exists ${fresh.appRole}`);
        await admin.end();
      }
    },
  };
}

/**
 * Start the server entry with exactly `env` on top of a clean data folder (no production settings
 * added) and wait for it to exit: for the start-up refusal. Fails if it is still up after 60 s.
 */
export async function runAppUntilExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-app-"));
  const clean: Record<string, string> = {
    OMATIETO_DATA_DIR: dataDir,
    DATABASE_URL: "",
    PORT: String(port),
    HOST: "127.0.0.1",
    OMATIETO_DEMO: "",
    OMATIETO_BASE_URL: "",
    AUTH_SECRET: "",
    OMATIETO_DATA_KEY: "",
    SMTP_URL: "",
    AUTH_URL: "",
    ...env,
  };
  const child = spawnServer(clean);
  let output = "";
  child.stdout!.on("data", (d) => (output += String(d)));
  child.stderr!.on("data", (d) => (output += String(d)));
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`the app did not exit: ${output}`));
      }, 60_000);
      child.once("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    return { code, output };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
