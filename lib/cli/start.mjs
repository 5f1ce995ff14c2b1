#!/usr/bin/env node
// `npm start`: the one-command DEMO (README). Build the app if there is no build for the current
// sources, then start the server entry (lib/cli/server.mjs) with OMATIETO_DEMO=1: demo data in an
// empty database, the development mailbox (loopback only), a demo banner on every page. A real
// deployment uses `npm run serve`, which is production mode and refuses to start without its settings.
// Migrations, demo data and workers start inside the server process (instrumentation.ts), so the
// embedded database is opened by exactly one process.
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
console.log(`[omatieto] DEMO MODE (fictional data, not for real personal data) on http://localhost:${port} (${process.env.DATABASE_URL ? "PostgreSQL" : `embedded PGlite database in ${process.env.OMATIETO_DATA_DIR ?? ".data/"}`})`);
const child = spawn(process.execPath, [path.join(root, "lib/cli/server.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, OMATIETO_DEMO: "1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
