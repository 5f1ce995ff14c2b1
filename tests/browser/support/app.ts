import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { withDatabase } from "../../support/db";

export type RunningApp = { url: string; dataDir: string; databaseUrl?: string; logs: string[]; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/**
 * Start the built app like `npm start` does, on a fresh database: a new PGlite folder, or a new
 * PostgreSQL database when DATABASE_URL is set. Demo data is seeded by the app itself on boot.
 */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const root = path.resolve(import.meta.dirname, "../../..");
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-app-"));
  let databaseUrl: string | undefined;
  if (process.env.DATABASE_URL) {
    const name = `omatieto_b_${crypto.randomBytes(5).toString("hex")}`;
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    databaseUrl = withDatabase(process.env.DATABASE_URL, name);
  }
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      OMATIETO_DATA_DIR: dataDir,
      OMATIETO_OUTBOX_INTERVAL_MS: "300",
      DATABASE_URL: databaseUrl ?? "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
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
    logs,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl && process.env.DATABASE_URL) {
        const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
        await admin.unsafe(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
        await admin.end();
      }
    },
  };
}
