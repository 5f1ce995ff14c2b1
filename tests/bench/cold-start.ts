import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startBuiltApp } from "./app-instance";

/** From spawning the server to its first page, on the embedded database in dataDir. */
async function startOnce(dataDir: string, port: number): Promise<number> {
  const t0 = performance.now();
  const app = await startBuiltApp({ databaseUrl: "", dataDir, port, waitForDemoData: false, pollMs: 50, timeoutMs: 120_000, env: { OMATIETO_WORKERS: "on" } });
  const ms = Math.round(performance.now() - t0);
  await app.stop();
  return ms;
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
