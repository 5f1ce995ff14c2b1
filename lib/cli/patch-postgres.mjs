// Runs after every `npm install` / `npm ci` (package.json "postinstall"): fixes a transaction race in
// postgres.js 3.4.9, the newest release, that loses data under load. Idempotent; fails the install loudly
// if the driver's source is not the one this was written against, rather than running unpatched.
//
// The race (porsager/postgres#823, #1189, #1204; fixes proposed in #1206, #1211, #1218, none released):
// `sql.begin()` reserves its connection in an `onexecute` hook that was the last term of an `&&` chain in
// `execute()`. When the socket buffer was full or the pipeline was at its limit, the chain stopped early:
// BEGIN reached PostgreSQL but the connection was not reserved. The caller got UNSAFE_TRANSACTION (a 500
// for a filing), PostgreSQL kept the transaction open, and the pool went on to run unrelated statements
// inside it, which the next COMMIT or ROLLBACK on that connection decided. Seen here as about one filing
// in a thousand at 50 connections (tests/db/transaction-race.test.ts).
//
// The fix, three small changes:
//  1. the hook runs whenever the query was written, whatever the pipeline capacity;
//  2. a query that reserves its connection (BEGIN) tells the pool to pipeline nothing more onto it, and
//     the pool leaves a reserved connection with its transaction (it used to file it as busy, open to
//     unrelated queries, or as full, which made the transaction's own queries wait in single file);
//  3. a socket `drain` on a reserved connection hands it back to its transaction, not to the pool.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const MARKER = "/* omatieto: begin reserves its connection */";

const EXECUTE_BEFORE = `      return write(toBuffer(q))
        && !q.describeFirst
        && !q.cursorFn
        && sent.length < max_pipeline
        && (!q.options.onexecute || q.options.onexecute(connection))`;
const EXECUTE_AFTER = `      ${MARKER}
      const written = write(toBuffer(q))
      if (q.options.onexecute) {
        q.options.onexecute(connection)
        return false
      }
      return written
        && !q.describeFirst
        && !q.cursorFn
        && sent.length < max_pipeline`;
const DRAIN_BEFORE = `  function drain() {
    !query && onopen(connection)
  }`;
const DRAIN_AFTER = `  function drain() {
    !query && (connection.reserved ? connection.reserved() : onopen(connection))
  }`;

const GO_BEFORE = `  function go(c, query) {
    return c.execute(query)
      ? move(c, busy)
      : move(c, full)
  }`;
const GO_AFTER = `  function go(c, query) {
    ${MARKER}
    const ready = c.execute(query)
    return c.reserved ? c : ready ? move(c, busy) : move(c, full)
  }`;
const ONOPEN_BEFORE = `    ready
      ? move(c, busy)
      : move(c, full)
  }`;
const ONOPEN_AFTER = `    c.reserved ? c : ready
      ? move(c, busy)
      : move(c, full)
  }`;

/** The driver's modules to fix (ES module and CommonJS builds) under a project root, with their replacements. */
function targets(root) {
  const dir = path.join(root, "node_modules", "postgres");
  const connection = [[EXECUTE_BEFORE, EXECUTE_AFTER], [DRAIN_BEFORE, DRAIN_AFTER]];
  const pool = [[GO_BEFORE, GO_AFTER], [ONOPEN_BEFORE, ONOPEN_AFTER]];
  return ["src", path.join("cjs", "src")].flatMap((d) => [
    { file: path.join(dir, d, "connection.js"), edits: connection },
    { file: path.join(dir, d, "index.js"), edits: pool },
  ]);
}

/** True when every module to fix carries the fix. */
export function isPatched(root) {
  return targets(root).every(({ file }) => fs.existsSync(file) && fs.readFileSync(file, "utf8").includes(MARKER));
}

export function patchPostgres(root) {
  for (const { file, edits } of targets(root)) {
    if (!fs.existsSync(file)) throw new Error(`postgres driver not found at ${file}`);
    const src = fs.readFileSync(file, "utf8");
    if (src.includes(MARKER)) continue;
    if (!edits.every(([before]) => src.split(before).length === 2)) {
      throw new Error(`${file}: not the postgres.js 3.4.9 source this fix was written for; check whether the release fixes the BEGIN race and update lib/cli/patch-postgres.mjs`);
    }
    fs.writeFileSync(file, edits.reduce((text, [before, after]) => text.replace(before, after), src));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  try {
    patchPostgres(root);
  } catch (e) {
    console.error(`[postinstall] ${e.message}`);
    process.exit(1);
  }
}
