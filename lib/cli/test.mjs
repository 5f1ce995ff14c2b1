#!/usr/bin/env node
// `npm test`: every test. vitest (pure logic and everything against a real database — PGlite, or
// PostgreSQL with DATABASE_URL — and a real SMTP server on 127.0.0.1), then the browser tests
// against the built app. Ends with one plain line: "N passed, N failed, N skipped". What was skipped
// (whole files and single tests) goes to test-results/skipped.json, so that CI can refuse a run in
// which a suite that must run on this database quietly skipped itself.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const outDir = path.join(root, "test-results");
fs.mkdirSync(outDir, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let passed = 0;
let failed = 0;
let skipped = 0;
const SKIPPED_STATES = new Set(["pending", "skipped", "todo", "disabled"]);
/** Files that ran at least one test, files in which every test was skipped, and single skipped tests. */
const record = { database: process.env.DATABASE_URL ? "postgres" : "pglite", ranFiles: [], skippedFiles: [], skippedTests: [], skippedSuites: [] };

function runVitest(name, args) {
  const json = path.join(outDir, `${name}.json`);
  fs.rmSync(json, { force: true });
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${json}`, ...args], { cwd: root, stdio: "inherit", env });
  let runFailed = 0;
  try {
    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    passed += report.numPassedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    runFailed += (report.numFailedTests ?? 0) + (report.numTotalTestSuites && report.success === false && !report.numFailedTests ? 1 : 0);
    for (const file of report.testResults ?? []) {
      const rel = path.relative(root, file.name);
      const tests = file.assertionResults ?? [];
      const skippedHere = tests.filter((t) => SKIPPED_STATES.has(t.status));
      for (const t of skippedHere) record.skippedTests.push({ file: rel, name: t.fullName ?? t.title });
      // A file that failed to load has no tests and a failure message: that is a failure, not a skip.
      if (tests.length > 0 && skippedHere.length === tests.length) record.skippedFiles.push(rel);
      else if (tests.length > 0) record.ranFiles.push(rel);
    }
  } catch {
    runFailed += 1; // the run itself broke
  }
  if (r.status !== 0 && runFailed === 0) runFailed += 1;
  failed += runFailed;
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
} else {
  record.skippedSuites.push("tests/browser");
  console.log("[test] browser suite SKIPPED");
}

fs.writeFileSync(path.join(outDir, "skipped.json"), JSON.stringify(record, null, 2) + "\n");
if (record.skippedFiles.length || record.skippedSuites.length) {
  console.log(`[test] skipped as a whole: ${[...record.skippedSuites, ...record.skippedFiles].join(", ")}`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
