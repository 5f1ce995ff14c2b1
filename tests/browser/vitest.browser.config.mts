import { defineConfig } from "vitest/config";
import path from "node:path";
import os from "node:os";

const root = path.resolve(import.meta.dirname, "../..");

// Browser tests: the built app (next start) on its own database, a real SMTP server on 127.0.0.1,
// Debian's chromium through playwright-core. One file at a time: each starts its own app.
export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": path.join(root, "tests/support/server-only-stub.ts") } },
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: [path.join(root, "tests/browser/support/global-setup.ts")],
    env: { OMATIETO_DATA_DIR: path.join(os.tmpdir(), "omatieto-vitest-browser") },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
  },
});
