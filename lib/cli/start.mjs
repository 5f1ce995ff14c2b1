#!/usr/bin/env node
// `npm start`: build the app if there is no build for the current sources, then start it.
// Migrations, demo data (on an empty database) and workers start inside the server process
// (instrumentation.ts), so the embedded database is opened by exactly one process.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const buildId = path.join(root, ".next", "BUILD_ID");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (process.env.OMATIETO_SKIP_BUILD === "1") return false;
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "lib", "emails", "drizzle"].map((d) => path.join(root, d)).filter(fs.existsSync);
  const files = ["next.config.js", "package-lock.json", "instrumentation.ts"].map((f) => path.join(root, f)).filter(fs.existsSync);
  return Math.max(...sources.map(newestMtime), ...files.map((f) => fs.statSync(f).mtimeMs)) > built;
}

if (needsBuild()) {
  console.log("[omatieto] building the app (first start or changed sources)…");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "127.0.0.1";
console.log(`[omatieto] starting on http://localhost:${port} (${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite database in .data/"})`);
const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port, "-H", host], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
