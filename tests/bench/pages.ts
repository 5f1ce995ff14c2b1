import crypto from "node:crypto";
import fs from "node:fs";
import postgres from "postgres";
import { round, type BenchRow } from "./rows";
import { startBuiltApp } from "./app-instance";
// autocannon has no bundled types; its result shape is used loosely below.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => Promise<Record<string, any>>;

type Page = { what: string; path: string; cookie?: "subject" | "staff"; status?: number };

/** Issue 13: every page at least a third of the route-handler floor. */
const TARGET = 1 / 3;

/**
 * Pages of the journeys (issue 13) against the route-handler floor, `GET /api/auth/csrf`, measured in
 * the same run at 10 connections: the built app (lib/cli/server.mjs) on a fresh PostgreSQL database
 * with the demo data. A subject's session and a staff session that passed the second factor are made
 * by inserting rows into `sessions`, as a sign-in would. Every page is fetched once first and must
 * answer its expected status (a redirect to sign-in would otherwise be measured as a fast page).
 * While working on them: BENCH_PAGES=<regex> measures only the pages whose name matches, and
 * BENCH_PROFILE_DIR=<dir> runs the server under `node --cpu-prof`, writing its profile there on exit
 * (tests/bench/top-frames.mjs summarises it).
 */
export async function measurePages(
  databaseUrl: string,
  seconds: number,
  opts: { profileDir?: string; only?: RegExp } = { profileDir: process.env.BENCH_PROFILE_DIR, only: process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : undefined },
) {
  const prof = opts.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${opts.profileDir}`] : [];
  const app = await startBuiltApp({ databaseUrl, nodeArgs: prof });
  const child = app.child;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const base = app.url;
  try {
    const cookies = await makeSessions(sql);
    const ids = await pickIds(sql, cookies.staffOrganisationId, cookies.subjectUserId);
    const all: Page[] = [
      { what: "public home", path: "/" },
      { what: "accessibility statement", path: "/accessibility" },
      { what: "a 404", path: "/no-such-page", status: 404 },
      { what: "a register's privacy notice", path: `/organisations/${ids.slug}/privacy` },
      { what: "subject: /my/requests", path: "/my/requests", cookie: "subject" },
      { what: "subject: a request", path: `/my/requests/${ids.subjectRequestId}`, cookie: "subject" },
      { what: "subject: /my/data", path: "/my/data", cookie: "subject" },
      { what: "staff: queue", path: "/staff", cookie: "staff" },
      { what: "staff: a request", path: `/staff/requests/${ids.staffRequestId}`, cookie: "staff" },
      { what: "staff: a person", path: `/staff/persons/${ids.personId}`, cookie: "staff" },
      { what: "staff: dashboard", path: "/staff/dashboard", cookie: "staff" },
    ];
    const pages = all.filter((p) => !opts.only || opts.only.test(p.what));
    const header = (p: Page): Record<string, string> => (p.cookie ? { cookie: `authjs.session-token=${cookies[p.cookie]}` } : {});
    for (const p of pages) {
      const res = await fetch(base + p.path, { headers: header(p), redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== (p.status ?? 200)) throw new Error(`${p.what} (${p.path}) answered ${res.status} ${res.headers.get("location") ?? ""}`);
    }

    const floorUrl = `${base}/api/auth/csrf`;
    // The server's own CPU time (Linux /proc), so that a figure can be read apart from what else the machine runs.
    const cpuMs = () => {
      try {
        const f = fs.readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
        return (Number(f[11]) + Number(f[12])) * 10;
      } catch {
        return NaN;
      }
    };
    const slice = async (url: string, headers: Record<string, string>, expected: number, duration: number) => {
      const c0 = cpuMs();
      const r = await autocannon({ url, connections: 10, duration, headers });
      const wrong = expected === 200 ? r.non2xx : r.requests.total - (r["4xx"] ?? 0);
      return { n: r.requests.total as number, s: r.duration as number, cpu: cpuMs() - c0, p50: r.latency.p50 as number, errors: (r.errors as number) + wrong };
    };
    // The machine is shared (PostgreSQL, the load generator, maybe other work): the floor is measured in
    // slices alternating with each page's, and each page is compared with the floor around it.
    const rounds = 3;
    const measured = [];
    for (const p of pages) {
      await slice(base + p.path, header(p), p.status ?? 200, 1); // warm-up: first renders, statement preparation
      const f = { n: 0, s: 0, cpu: 0 };
      const m = { n: 0, s: 0, cpu: 0, errors: 0, p50: [] as number[] };
      for (let i = 0; i < rounds; i++) {
        const a = await slice(floorUrl, {}, 200, seconds / rounds);
        f.n += a.n;
        f.s += a.s;
        f.cpu += a.cpu;
        const b = await slice(base + p.path, header(p), p.status ?? 200, seconds / rounds);
        m.n += b.n;
        m.s += b.s;
        m.cpu += b.cpu;
        m.errors += b.errors;
        m.p50.push(b.p50);
      }
      const floorRps = round(f.n / f.s, 1);
      const rps = round(m.n / m.s, 1);
      measured.push({
        what: p.what,
        path: p.path,
        rps,
        floorRps,
        ratio: round(rps / floorRps),
        p50: m.p50.sort((x, y) => x - y)[1],
        cpuMsPerRequest: round(m.cpu / m.n, 1),
        floorCpuMsPerRequest: round(f.cpu / f.n, 1),
        errors: m.errors,
      });
    }

    const rows: BenchRow[] = measured.map((m) => ({
      what: `page: ${m.what}, 10 connections`,
      app: `${m.rps} req/s, p50 ${m.p50} ms, ${m.cpuMsPerRequest} ms CPU`,
      reference: `${m.floorRps} req/s, ${m.floorCpuMsPerRequest} ms CPU (GET /api/auth/csrf)`,
      ratio: m.ratio,
      target: "≥ 0.33",
      met: m.ratio >= TARGET && m.errors === 0,
    }));
    return { pages: measured, rows };
  } finally {
    await sql.end();
    await app.stop();
  }
}

/** A subject's session and a staff session with the second factor passed (`second_factor_at`), as a sign-in makes them. */
async function makeSessions(sql: postgres.Sql) {
  const [subject] = await sql`select u.id from users u where u.email = 'aino.virtanen@example.fi'`;
  // An admin of the organisation with the most requests: the dashboard and queue have something to show.
  const [staff] = await sql`
    select m.user_id, m.organisation_id from memberships m
    where m.role = 'admin' and m.disabled_at is null and m.accepted_at is not null
    order by (select count(*) from requests r where r.organisation_id = m.organisation_id) desc limit 1`;
  const subjectToken = crypto.randomBytes(32).toString("hex");
  const staffToken = crypto.randomBytes(32).toString("hex");
  await sql`insert into sessions (session_token, user_id, expires) values (${subjectToken}, ${subject.id}, now() + interval '1 hour')`;
  await sql`insert into sessions (session_token, user_id, expires, second_factor_at) values (${staffToken}, ${staff.user_id}, now() + interval '1 hour', now())`;
  return { subject: subjectToken, staff: staffToken, subjectUserId: subject.id as string, staffOrganisationId: staff.organisation_id as string };
}

async function pickIds(sql: postgres.Sql, organisationId: string, subjectUserId: string) {
  const [org] = await sql`select slug from organisations where id = ${organisationId}`;
  const [mine] = await sql`select id from requests where user_id = ${subjectUserId} order by created_at desc limit 1`;
  const [theirs] = await sql`select id from requests where organisation_id = ${organisationId} order by created_at desc limit 1`;
  const [person] = await sql`
    select p.id from person_records p where p.organisation_id = ${organisationId}
    order by (select count(*) from request_records r where r.person_id = p.id) desc limit 1`;
  return { slug: org.slug as string, subjectRequestId: mine.id as string, staffRequestId: theirs.id as string, personId: person.id as string };
}
