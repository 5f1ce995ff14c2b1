#!/usr/bin/env node
// `npm test`: every test. vitest (pure logic and everything against a real database — PGlite, or
// PostgreSQL with DATABASE_URL — and a real SMTP server on 127.0.0.1), then the browser tests
// against the built app. Ends with one plain line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const outDir = path.join(root, "test-results");
fs.mkdirSync(outDir, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let passed = 0;
let failed = 0;

function runVitest(name, args) {
  const json = path.join(outDir, `${name}.json`);
  fs.rmSync(json, { force: true });
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${json}`, ...args], { cwd: root, stdio: "inherit", env });
  try {
    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numTotalTestSuites && report.success === false && !report.numFailedTests ? 1 : 0);
  } catch {
    failed += 1; // the run itself broke
  }
  if (r.status !== 0 && failed === 0) failed += 1;
}

// Type checking is a test too (next build skips it to build once).
{
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"], { cwd: root, stdio: "inherit", env });
  if (r.status === 0) passed += 1;
  else failed += 1;
  console.log(`[test] typecheck: ${r.status === 0 ? "passed" : "FAILED"}`);
}

console.log(`[test] database: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite"}`);
runVitest("vitest", []);

const browserTests = path.join(root, "tests/browser");
if (fs.existsSync(browserTests) && process.env.OMATIETO_SKIP_BROWSER !== "1") {
  runVitest("browser", ["--config", path.join(root, "tests/browser/vitest.browser.config.mts")]);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
