// The built app as the benchmarks run it (lib/cli/server.mjs, production mode with the demo data, as
// `npm start` on PostgreSQL): one starter for every section, so that each waits for the same things.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { freePort } from "../browser/support/app";

export type AppInstance = { url: string; port: number; child: ChildProcess; dataDir: string; stop: () => Promise<void> };

type Options = {
  /** PostgreSQL, or "" for the embedded database in dataDir. */
  databaseUrl: string;
  /** A free port is picked when none is given. */
  port?: number;
  /** Shared between instances (a shared volume) or kept between starts; a temporary one otherwise, removed at stop. */
  dataDir?: string;
  /** Extra environment (limits, intervals); the background workers are off unless OMATIETO_WORKERS is given. */
  env?: Record<string, string>;
  /** For example `--cpu-prof`. */
  nodeArgs?: string[];
  /** Wait until demo mode has seeded the database (it listens first); on by default for PostgreSQL. */
  waitForDemoData?: boolean;
  timeoutMs?: number;
  /** How often to ask for the first page (the cold-start benchmark times it). */
  pollMs?: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startBuiltApp(opts: Options): Promise<AppInstance> {
  const port = opts.port ?? (await freePort());
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-bench-"));
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), path.join(process.cwd(), "lib/cli/server.mjs")], {
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      OMATIETO_DATA_DIR: dataDir,
      NODE_ENV: "production",
      OMATIETO_WORKERS: "off",
      PORT: String(port),
      HOST: "127.0.0.1",
      OMATIETO_DEMO: "1",
      ...opts.env,
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  try {
    for (;;) {
      try {
        if ((await fetch(`${url}/`)).ok) break;
      } catch {}
      if (child.exitCode !== null) throw new Error(`the app on port ${port} exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error(`the app on port ${port} did not start`);
      await sleep(opts.pollMs ?? 200);
    }
    if (opts.waitForDemoData ?? Boolean(opts.databaseUrl)) {
      const sql = postgres(opts.databaseUrl, { max: 1, onnotice: () => {} });
      try {
        while ((await sql`select 1 from users where email = 'aino.virtanen@example.fi'`).length === 0) {
          if (Date.now() > deadline) throw new Error("the demo data did not appear");
          await sleep(200);
        }
      } finally {
        await sql.end();
      }
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, child, dataDir, stop };
}
