import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

async function startOnce(dataDir: string, port: number): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(process.cwd(), "lib/cli/server.mjs")], {
    env: { ...process.env, OMATIETO_DATA_DIR: dataDir, DATABASE_URL: "", NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", OMATIETO_DEMO: "1" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/`);
        if (r.ok) return Math.round(performance.now() - t0);
      } catch {}
      if (performance.now() - t0 > 120_000) throw new Error("no first page in 120 s");
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

/** Cold start to first page, on the embedded database, as `npm start` runs (demo mode): first ever start (migrate + seed), then a restart. */
export async function measureColdStart() {
  if (!fs.existsSync(path.join(process.cwd(), ".next/BUILD_ID"))) return { skipped: "no build (run npm start or npm test first)" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-cold-"));
  try {
    const firstStartMs = await startOnce(dir, 3901);
    const restartMs = await startOnce(dir, 3902);
    return { firstStartMs, restartMs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
