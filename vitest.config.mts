import { defineConfig } from "vitest/config";
import path from "node:path";
import os from "node:os";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Components bundle; tests run the same modules in Node.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    // Outside demo mode the keys must come from the environment (lib/crypto/keys.ts): fixed test keys.
    env: {
      OMATIETO_DATA_DIR: path.join(os.tmpdir(), "omatieto-vitest"),
      OMATIETO_WORKERS: "off",
      OMATIETO_DATA_KEY: "dGVzdC1vbmx5LWRhdGEta2V5LW5vdC1mb3ItdXNlISE=",
      AUTH_SECRET: "test-only-auth-secret-not-for-use",
    },
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ["default"],
  },
});
