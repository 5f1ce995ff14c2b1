// Build the Next.js app when there is no build, or the sources are newer than it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const dirs = ["app", "lib", "emails", "drizzle"].map((d) => path.join(root, d)).filter(fs.existsSync);
  const files = ["next.config.js", "package-lock.json", "instrumentation.ts", "instrumentation-client.ts", "proxy.ts"].map((f) => path.join(root, f)).filter(fs.existsSync);
  return Math.max(...dirs.map(newestMtime), ...files.map((f) => fs.statSync(f).mtimeMs)) > built;
}

export function buildIfNeeded() {
  if (process.env.OMATIETO_SKIP_BUILD === "1" || !needsBuild()) return;
  console.log("[omatieto] building the app (first start or changed sources)…");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "" },
  });
  if (r.status !== 0) throw new Error("next build failed");
}
