// Scale-out shown, not claimed (issue 13): the built app as ONE instance, then as TWO instances on
// different ports, then as one again, on one seeded PostgreSQL database, under the same load. The load generator splits
// its connections between the instances (round robin by connection, as a load balancer would), so the
// figures compare one process with two behind a balancer. Then it checks what must be shared: a session
// made for one instance is honoured by the other and revoked for both at once, a filing limit is
// counted across both, and every queued email is sent once although both instances run the outbox.
//   BENCH_ONLY=scaleOut npx tsx tests/bench/run.ts
// On a 2-core machine two instances (and the load generator, and PostgreSQL) share the same cores:
// the ratio shows that a second instance loses nothing and shares its state, not a linear speed-up.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { round, type BenchRow } from "./rows";
import { startBuiltApp, type AppInstance } from "./app-instance";
// autocannon has no bundled types; its result shape is used loosely below.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => Promise<Record<string, any>>;

type Sql = ReturnType<typeof postgres>;
type Fixture = { subjectCookie: string; staffCookie: string; subjectRequest: string; staffRequest: string; filing: string; subjectToken: string };
type Load = { requestsPerSecond: number; p50Ms: number; p99Ms: number; ok: number; non2xx: number; errors: number; lost?: number };

const FILING_MAX = 30_000;

/** An instance as in production: the workers run on both (the outbox polled often, so that the once-only
 * check below does not wait long). The filing limit is high, but below the counter's ceiling so that the
 * shared-limit check can reach it. */
function start(databaseUrl: string, port: number, dataDir: string): Promise<AppInstance> {
  return startBuiltApp({
    databaseUrl,
    port,
    dataDir,
    env: { OMATIETO_WORKERS: "on", OMATIETO_OUTBOX_INTERVAL_MS: "250", OMATIETO_FILING_LIMITS: `${FILING_MAX},${FILING_MAX},${FILING_MAX}` },
  });
}

/** Sessions are rows in `sessions`: made here directly, the staff one with its second factor passed. */
async function fixture(sql: Sql): Promise<Fixture> {
  const [subject] = await sql`select u.id as user_id, p.organisation_id, p.register_id from users u join person_records p on p.user_id = u.id where u.email = 'aino.virtanen@example.fi' limit 1`;
  const [own] = await sql`select id from requests where user_id = ${subject.user_id} order by received_at desc limit 1`;
  const [staff] = await sql`select m.user_id, m.organisation_id from memberships m join users u on u.id = m.user_id
    where u.role = 'staff' and m.disabled_at is null and m.accepted_at is not null order by u.email limit 1`;
  const [queued] = await sql`select id from requests where organisation_id = ${staff.organisation_id} order by received_at desc limit 1`;
  const subjectToken = crypto.randomBytes(32).toString("hex");
  const staffToken = crypto.randomBytes(32).toString("hex");
  await sql`insert into sessions (session_token, user_id, expires) values (${subjectToken}, ${subject.user_id}, now() + interval '1 hour')`;
  await sql`insert into sessions (session_token, user_id, expires, second_factor_at) values (${staffToken}, ${staff.user_id}, now() + interval '1 hour', now())`;
  return {
    subjectCookie: `authjs.session-token=${subjectToken}`,
    staffCookie: `authjs.session-token=${staffToken}`,
    subjectRequest: `/my/requests/${own.id}`,
    staffRequest: `/staff/requests/${queued.id}`,
    filing: JSON.stringify({ type: "access", organisationId: subject.organisation_id, registerIds: [subject.register_id], formats: ["pdf"], confirmDuplicate: true }),
    subjectToken,
  };
}

/** The same load against every port at once, `connections` split evenly; req/s summed. */
async function load(ports: number[], connections: number, seconds: number, requests: Array<Record<string, unknown>>): Promise<Load> {
  const each = Math.max(1, Math.floor(connections / ports.length));
  const runs = await Promise.all(
    // A generous timeout: on a busy machine slowness shows as latency, not as errors.
    ports.map((port) => autocannon({ url: `http://127.0.0.1:${port}`, connections: each, duration: seconds, timeout: 30, requests })),
  );
  const sum = (f: (r: Record<string, any>) => number) => runs.reduce((a, r) => a + f(r), 0);
  return {
    requestsPerSecond: Math.round(sum((r) => r.requests.average)),
    // The median over the instances' medians: both serve the same mix.
    p50Ms: Math.max(...runs.map((r) => r.latency.p50)),
    p99Ms: Math.max(...runs.map((r) => r.latency.p99)),
    ok: sum((r) => r["2xx"]),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
  };
}

/**
 * Filings under load; `lost` counts filings answered 201 but not stored with their audit event. Filings
 * still in flight when the load stops are stored without an answer counted: they are not lost.
 */
async function filings(sql: Sql, ports: number[], seconds: number, f: Fixture): Promise<Load> {
  const count = async () => (await sql`select (select count(*)::int from requests) + (select count(*)::int from audit_events where action = 'request_filed') as n`)[0].n as number;
  const before = await count();
  const l = await load(ports, 50, seconds, filingMix(f));
  await new Promise((r) => setTimeout(r, 2000));
  return { ...l, lost: Math.max(0, 2 * l.ok - ((await count()) - before)) };
}

function readMix(f: Fixture) {
  const get = (p: string, cookie: string) => ({ method: "GET", path: p, headers: { cookie } });
  return [get("/my/requests", f.subjectCookie), get(f.subjectRequest, f.subjectCookie), get("/staff", f.staffCookie), get(f.staffRequest, f.staffCookie)];
}

function filingMix(f: Fixture) {
  return [{ method: "POST", path: "/api/v1/requests", headers: { "content-type": "application/json", cookie: f.subjectCookie }, body: f.filing }];
}

async function status(port: number, p: string, cookie: string, init: RequestInit = {}): Promise<number> {
  const r = await fetch(`http://127.0.0.1:${port}${p}`, { ...init, headers: { ...(init.headers ?? {}), cookie }, redirect: "manual" });
  await r.arrayBuffer();
  return r.status;
}

/**
 * Wait until the outbox has nothing pending. The single instance is stopped only then: its server
 * exits at once on SIGTERM, and a mail it had sent but not yet marked would be sent again when its
 * lease ends (at least once, by design), which is not what the check below is about.
 */
async function drain(sql: Sql): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const [{ pending }] = await sql`select count(*)::int as pending from email_outbox where status = 'pending'`;
    if (pending === 0 || Date.now() - t0 > 120_000) return pending as number;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * A fresh process renders each route's first request slowly (chunks loaded, code not yet optimised):
 * every instance gets the same short warm-up, so one and two instances are compared warm.
 */
async function warm(ports: number[], f: Fixture) {
  for (const port of ports) {
    for (const r of [...readMix(f), ...filingMix(f)]) {
      for (let i = 0; i < 3; i++) await status(port, r.path, r.headers.cookie, { method: r.method, headers: r.headers, body: (r as { body?: string }).body });
    }
  }
  await load(ports, 10, 2, readMix(f));
}

/** What the two instances must share, checked through both of them. */
async function sharedState(sql: Sql, a: number, b: number, f: Fixture) {
  // A session is a row: one made for A is honoured by B, and revoking it (sign-out deletes the row)
  // ends it on both at once; a signed-out visitor is sent to the sign-in page.
  const token = crypto.randomBytes(32).toString("hex");
  const [{ user_id }] = await sql`select user_id from sessions where session_token = ${f.subjectToken}`;
  await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user_id}, now() + interval '1 hour')`;
  const cookie = `authjs.session-token=${token}`;
  const before = [await status(a, "/my/requests", cookie), await status(b, "/my/requests", cookie)];
  await sql`delete from sessions where session_token = ${token}`;
  const after = [await status(a, "/my/requests", cookie), await status(b, "/my/requests", cookie)];
  const sessionShared = before.every((s) => s === 200) && after.every((s) => s >= 300 && s < 400);

  // A filing limit counted across both: a fresh account files once on A; its counters are then set two
  // short of the limit; B and A may each file once more, and the next filing, on B, is refused.
  const [subject2] = await sql`select u.id from users u join person_records p on p.user_id = u.id
    where u.role = 'subject' and u.id <> ${user_id} and p.organisation_id = ${JSON.parse(f.filing).organisationId} limit 1`;
  const token2 = crypto.randomBytes(32).toString("hex");
  await sql`insert into sessions (session_token, user_id, expires) values (${token2}, ${subject2.id}, now() + interval '1 hour')`;
  const [reg] = await sql`select register_id from person_records where user_id = ${subject2.id} limit 1`;
  const body = JSON.stringify({ ...JSON.parse(f.filing), registerIds: [reg.register_id] });
  const file = (port: number) => status(port, "/api/v1/requests", `authjs.session-token=${token2}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const known = new Set((await sql`select key from rate_limits`).map((r) => r.key as string));
  const first = await file(a);
  const fresh = (await sql`select key from rate_limits`).map((r) => r.key as string).filter((k) => !known.has(k));
  await sql`update rate_limits set count = ${FILING_MAX - 2} where key = any(${fresh})`;
  const steps = [first, await file(b), await file(a), await file(b)];
  const limitShared = fresh.length === 2 && steps.join(",") === "201,201,201,429";

  // Both instances run the outbox worker (FOR UPDATE SKIP LOCKED): wait for it to drain, then every
  // message sent is in the demo mailbox exactly once.
  const pending = await drain(sql);
  const [mail] = await sql`select count(*)::int as sent,
      (select count(*)::int from dev_mailbox d where d.message_id in (select message_id from email_outbox where status = 'sent')) as delivered,
      (select count(*)::int from (select message_id from dev_mailbox group by message_id having count(*) > 1) x) as duplicates
    from email_outbox where status = 'sent'`;
  const outboxOnce = pending === 0 && mail.sent === mail.delivered && mail.duplicates === 0;
  return {
    session: { beforeRevoke: before, afterRevoke: after, shared: sessionShared },
    filingLimit: { statuses: steps, countersFound: fresh.length, shared: limitShared },
    outbox: { pendingLeft: pending, sent: mail.sent, delivered: mail.delivered, duplicates: mail.duplicates, once: outboxOnce },
  };
}

export async function measureScaleOut(databaseUrl: string, seconds: number) {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-scale-"));
  // One data directory for both instances, as a shared volume would be (report files).
  const dataDir = tmp();
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const out: Record<string, unknown> = { cores: os.cpus().length, seconds };
  let running: AppInstance[] = [];
  try {
    // One instance: it seeds the empty database (demo mode) and is measured alone.
    running = [await start(databaseUrl, 3921, dataDir)];
    const f = await fixture(sql);
    await warm([3921], f);
    const one = { read: await load([3921], 10, seconds, readMix(f)), filing: await filings(sql, [3921], seconds, f) };
    await drain(sql);
    await running[0].stop();
    // Two instances on the same database, the load split between them.
    running = await Promise.all([start(databaseUrl, 3921, dataDir), start(databaseUrl, 3922, dataDir)]);
    await warm([3921, 3922], f);
    const two = { read: await load([3921, 3922], 10, seconds, readMix(f)), filing: await filings(sql, [3921, 3922], seconds, f) };
    const shared = await sharedState(sql, 3921, 3922, f);
    // One instance again (the second stopped): the machine's other load drifts during a run, so the
    // two-instance figures are compared with the mean of one instance before and after them.
    await drain(sql);
    await running[1].stop();
    running = [running[0]];
    const oneAgain = { read: await load([3921], 10, seconds, readMix(f)), filing: await filings(sql, [3921], seconds, f) };
    const mean = (a: Load, b: Load): Load => ({ ...a, requestsPerSecond: Math.round((a.requestsPerSecond + b.requestsPerSecond) / 2) });
    const single = { read: mean(one.read, oneAgain.read), filing: mean(one.filing, oneAgain.filing) };
    const ratio = (x: Load, y: Load) => round(y.requestsPerSecond / Math.max(1, x.requestsPerSecond));
    const clean = (l: Load) => l.non2xx === 0 && l.errors === 0 && !l.lost;
    const readRatio = ratio(single.read, two.read);
    const filingRatio = ratio(single.filing, two.filing);
    const rows: BenchRow[] = [
      {
        what: "2 instances ÷ 1, mixed pages (my requests, request, staff queue, staff request), 10 connections",
        app: `${two.read.requestsPerSecond} req/s`,
        reference: `${single.read.requestsPerSecond} req/s (1 instance, mean of before and after)`,
        ratio: readRatio,
        target: `≥ 0.9 (${out.cores} cores)`,
        met: readRatio >= 0.9 && clean(one.read) && clean(two.read) && clean(oneAgain.read),
      },
      {
        what: "2 instances ÷ 1, filing, 50 connections",
        app: `${two.filing.requestsPerSecond} req/s`,
        reference: `${single.filing.requestsPerSecond} req/s (1 instance, mean of before and after)`,
        ratio: filingRatio,
        target: `≥ 0.9 (${out.cores} cores)`,
        met: filingRatio >= 0.9 && clean(one.filing) && clean(two.filing) && clean(oneAgain.filing),
      },
      {
        what: "shared across 2 instances: session, filing limit, outbox sent once",
        app: [shared.session.shared, shared.filingLimit.shared, shared.outbox.once].map((x) => (x ? "yes" : "no")).join(" / "),
        reference: "",
        ratio: null,
        target: "yes / yes / yes",
        met: shared.session.shared && shared.filingLimit.shared && shared.outbox.once,
      },
    ];
    return { ...out, one, two, oneAgain, readRatio, filingRatio, shared, rows };
  } finally {
    await Promise.all(running.map((i) => i.stop()));
    await sql.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
