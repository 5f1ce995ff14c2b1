import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { round, type BenchRow } from "./rows";
import { startBuiltApp } from "./app-instance";
// autocannon has no bundled types; its result shape is used loosely below.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => Promise<Record<string, any>>;

type FreshDb = (label: string) => Promise<{ url: string; drop: () => Promise<void> }>;
type Pgbench = { clients: number; seconds: number; chainLock: boolean; tps: number; latencyMs: number };

/**
 * Filing, issue 13: the built app on a fresh PostgreSQL database with the demo data, a signed-in demo
 * subject filing access requests through POST /api/v1/requests at 1 and at 50 connections, beside
 * limit-filing.sh (the same statements in pgbench) at 1 and 50 clients, with and without the chain lock,
 * on the same database in the same run. The app runs first: pgbench writes placeholder hashes into the
 * organisation's audit chain, which the app would (rightly) refuse to extend.
 * One account files at full speed, which the filing limits exist to stop: they are raised for the
 * benchmark (the counters are still advanced on every filing, so their cost is measured).
 */
export async function measureFiling(freshDb: FreshDb, short: boolean) {
  const seconds = short ? 5 : 15;
  const single = short ? 4 : 8;
  const h = await freshDb("filing");
  try {
    const app = await measureApp(h.url, seconds, single);
    // The same app as a deployment on this machine would run it: one process per core (OMATIETO_INSTANCES=auto).
    const cores = os.availableParallelism();
    const spread = await measureApp(h.url, seconds, 0, { OMATIETO_INSTANCES: "auto" });
    const one = limitFiling(h.url, 1, single, false);
    const locked = limitFiling(h.url, 50, seconds, false);
    const free = limitFiling(h.url, 50, seconds, true);
    const throughput = app.many.requestsPerSecond / free.tps;
    const spreadThroughput = spread.many.requestsPerSecond / free.tps;
    const latency = one.latencyMs / app.one!.latencyMs;
    // autocannon stops counting at the end of the run: filings in flight then (at most one per connection) are stored unanswered.
    const isClean = (a: typeof app) => a.non2xx === 0 && a.errors === 0 && a.stored >= a.ok2xx && a.stored <= a.ok2xx + 1 + 50 && a.auditEvents === a.stored && a.chainsIntact;
    const clean = isClean(app) && isClean(spread);
    const rows: BenchRow[] = [
      {
        what: "filing, POST /api/v1/requests, 50 connections",
        app: `${app.many.requestsPerSecond} req/s, p50 ${app.many.latencyP50Ms} ms`,
        reference: `${Math.round(free.tps)} TPS (limit-filing.sh, no chain lock; ${Math.round(locked.tps)} with it)`,
        ratio: round(throughput),
        target: "≥ 0.5",
        met: throughput >= 0.5,
      },
      {
        what: `filing, 50 connections, ${cores} processes (OMATIETO_INSTANCES=auto)`,
        app: `${spread.many.requestsPerSecond} req/s, p50 ${spread.many.latencyP50Ms} ms`,
        reference: `${Math.round(free.tps)} TPS (limit-filing.sh, no chain lock)`,
        ratio: round(spreadThroughput),
        target: "≥ 0.5",
        met: spreadThroughput >= 0.5,
      },
      {
        what: "one filing, 1 connection",
        app: `${round(app.one!.latencyMs, 1)} ms`,
        reference: `${round(one.latencyMs, 1)} ms (limit-filing.sh, 1 client)`,
        ratio: round(latency),
        target: "≥ 0.33 (≤ 3×)",
        met: latency >= 1 / 3,
      },
      {
        what: "filing: nothing lost",
        app: [app, spread].map((a) => `${a.ok2xx} 2xx, ${a.stored} stored, ${a.auditEvents} audit events, ${a.non2xx} non-2xx, chains ${a.chainsIntact ? "intact" : "BROKEN"}`).join("; then "),
        reference: "",
        ratio: null,
        target: "2xx ≤ stored ≤ 2xx + in flight, audit events = stored, 0 non-2xx",
        met: clean,
      },
    ];
    return { app, spread: { processes: cores, ...spread }, pgbench: { oneClient: one, chainLock: locked, noChainLock: free }, rows };
  } finally {
    await h.drop();
  }
}

/** limit-filing.sh (beside this file) against the database: its JSON line. */
function limitFiling(url: string, clients: number, seconds: number, noChainLock: boolean): Pgbench {
  const script = path.join(process.cwd(), "tests/bench/limit-filing.sh");
  const args = [script, url, String(clients), String(seconds), ...(noChainLock ? ["--no-chain-lock"] : [])];
  const r = spawnSync("bash", args, { encoding: "utf8" });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !line.startsWith("{")) throw new Error(`limit-filing.sh failed: ${(r.stderr || r.stdout).slice(0, 300)}`);
  return JSON.parse(line) as Pgbench;
}

/** The app under load: `single` seconds at 1 connection (none when 0), then `seconds` at 50. */
async function measureApp(databaseUrl: string, seconds: number, single: number, env: Record<string, string> = {}) {
  const cpuProf = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const app = await startBuiltApp({ databaseUrl, nodeArgs: cpuProf, env: { OMATIETO_FILING_LIMITS: "32000,32000,32000", ...env } });
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [subject] = await sql`select u.id as user_id, p.organisation_id, p.register_id from users u join person_records p on p.user_id = u.id where u.email = 'aino.virtanen@example.fi' limit 1`;
    const token = crypto.randomBytes(32).toString("hex");
    // As signing in creates it: 8 hours (maxAge). A shorter expiry would make next-auth refresh the session row on every request.
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${subject.user_id}, now() + interval '8 hours')`;
    const body = JSON.stringify({ type: "access", organisationId: subject.organisation_id, registerIds: [subject.register_id], formats: ["pdf"], confirmDuplicate: true });
    const run = (connections: number, duration: number) =>
      autocannon({
        url: `${app.url}/api/v1/requests`,
        method: "POST",
        connections,
        duration,
        headers: { "content-type": "application/json", cookie: `authjs.session-token=${token}` },
        body,
      });
    // autocannon stops at the deadline without waiting for the filings in flight: let them land.
    const settle = async () => {
      for (let last = -1; ; ) {
        const [{ n }] = await sql`select count(*)::int as n from requests`;
        if (n === last) return;
        last = n;
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    await run(4, 2); // warm-up: JIT, pools, the reference sequence
    await settle();
    const [{ before }] = await sql`select count(*)::int as before from requests`;
    const [{ auditBefore }] = await sql`select count(*)::int as "auditBefore" from audit_events where action = 'request_filed'`;
    const one = single > 0 ? await run(1, single) : null;
    await settle();
    const many = await run(50, seconds);
    await settle();
    const [{ after }] = await sql`select count(*)::int as after from requests`;
    const [{ audits }] = await sql`select count(*)::int as audits from audit_events where action = 'request_filed'`;
    return {
      one: one ? { latencyMs: one.latency.average as number, latencyP50Ms: one.latency.p50 as number, requestsPerSecond: Math.round(one.requests.average) } : null,
      many: { requestsPerSecond: Math.round(many.requests.average), latencyP50Ms: many.latency.p50 as number, latencyP99Ms: many.latency.p99 as number },
      ok2xx: ((one?.["2xx"] as number) ?? 0) + (many["2xx"] as number),
      non2xx: ((one?.non2xx as number) ?? 0) + (many.non2xx as number),
      errors: ((one?.errors as number) ?? 0) + (many.errors as number) + ((one?.timeouts as number) ?? 0) + (many.timeouts as number),
      stored: after - before,
      auditEvents: audits - auditBefore,
      chainsIntact: await chainsIntact(databaseUrl),
    };
  } finally {
    await sql.end();
    await app.stop();
  }
}

/** Every audit chain verifies (keyed HMAC, anchored head) after the load, before pgbench touches it. */
async function chainsIntact(databaseUrl: string): Promise<boolean> {
  const { openPostgres } = await import("@/lib/db/client");
  const { verifyAuditChains } = await import("@/lib/audit/queries");
  const h = await openPostgres(databaseUrl, 2);
  try {
    const reports = await verifyAuditChains(h.db);
    const bad = reports.filter((r) => r.status !== "intact");
    if (bad.length) console.error("[bench] filing: audit chains not intact:", JSON.stringify(bad.map((r) => ({ status: r.status, events: r.events, firstBroken: r.firstBroken }))));
    return bad.length === 0;
  } finally {
    await h.close();
  }
}
