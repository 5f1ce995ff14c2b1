import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
// autocannon has no bundled types; its result shape is used loosely below.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => Promise<Record<string, any>>;

/**
 * Request submission over HTTP at 50 concurrent clients: the built app on the given PostgreSQL
 * database, a signed-in demo subject filing access requests through POST /api/v1/requests (the same
 * schema, query and transaction — request, audit event, email in the outbox — as the portal's form).
 * One account files at full speed, which the filing limits exist to stop: they are raised for the
 * benchmark (the limit counter is still updated in every filing transaction, so its cost is measured).
 */
export async function measureSubmission(databaseUrl: string, seconds: number) {
  const port = 3911;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-bench-"));
  const child = spawn(process.execPath, [path.join(process.cwd(), "lib/cli/server.mjs")], {
    env: { ...process.env, DATABASE_URL: databaseUrl, OMATIETO_DATA_DIR: dataDir, NODE_ENV: "production", OMATIETO_WORKERS: "off", PORT: String(port), HOST: "127.0.0.1", OMATIETO_DEMO: "1", OMATIETO_FILING_LIMITS: "32000,32000,32000" },
    stdio: "ignore",
  });
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const t0 = Date.now();
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {}
      if (Date.now() - t0 > 120_000) throw new Error("app did not start");
      await new Promise((r) => setTimeout(r, 200));
    }
    const [subject] = await sql`select u.id as user_id, p.organisation_id, p.register_id from users u join person_records p on p.user_id = u.id where u.email = 'aino.virtanen@example.fi' limit 1`;
    const token = crypto.randomBytes(32).toString("hex");
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${subject.user_id}, now() + interval '1 hour')`;
    const body = JSON.stringify({ type: "access", organisationId: subject.organisation_id, registerIds: [subject.register_id], formats: ["pdf"], confirmDuplicate: true });
    const [{ before }] = await sql`select count(*)::int as before from requests`;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/api/v1/requests`,
      method: "POST",
      connections: 50,
      duration: seconds,
      headers: { "content-type": "application/json", cookie: `authjs.session-token=${token}` },
      body,
    });
    const [{ after }] = await sql`select count(*)::int as after from requests`;
    const [{ audits }] = await sql`select count(*)::int as audits from audit_events where action = 'request_filed'`;
    return {
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      stored: after - before,
      auditEvents: audits,
    };
  } finally {
    await sql.end();
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
