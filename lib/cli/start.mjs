#!/usr/bin/env node
// `npm start`: build the app if there is no build for the current sources, then start it.
// Migrations, demo data (on an empty database) and workers start inside the server process
// (instrumentation.ts), so the embedded database is opened by exactly one process.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded, root } from "./build-if-needed.mjs";

try {
  buildIfNeeded();
} catch (e) {
  console.error(String(e.message));
  process.exit(1);
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
