// Issue 13, "every list keyset-paginated": the first and a deep page of /my/requests, of the persons
// list and of a long message thread, for a small and a large list side by side in one database, timed
// interleaved (small, large, small, …) so that the machine's noise falls on both alike. Query level, the
// functions the pages call. Row: time at large ÷ time at small, target ≤ 1.5 (independent of rows).
import { sql } from "drizzle-orm";
import type { Db, DbHandle } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/client";
import { listMyRequests } from "@/lib/requests/list-queries";
import { listPersons } from "@/lib/persons/list-queries";
import { staffMessagePage } from "@/lib/requests/thread-queries";
import { personSearchSchema } from "@/lib/persons/schema";
import { encodeCursor } from "@/lib/pagination/keyset";
import { round, type BenchRow } from "./rows";
import { percentile } from "./stats";
import { measureMyRequestsHttp } from "./lists-http";
import { one, persons, subjectWithRequests, thread } from "./lists-fixtures";

type FreshDb = (label: string) => Promise<DbHandle & { url: string; drop: () => Promise<void> }>;

/**
 * Buffers a query touches (EXPLAIN ANALYZE, shared hits + reads), a count that does not depend on the
 * machine's noise: the list functions run once on a drizzle instance that records their statements,
 * and each SELECT is explained with its parameters.
 */
async function buffersOf(url: string, calls: Record<string, (db: Db) => Promise<unknown>>): Promise<Record<string, number>> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const schema = await import("@/lib/db/schema");
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const seen: Array<{ query: string; params: unknown[] }> = [];
  const db = drizzle(client, { schema, logger: { logQuery: (query, params) => seen.push({ query, params }) } }) as unknown as Db;
  const out: Record<string, number> = {};
  try {
    for (const [name, call] of Object.entries(calls)) {
      seen.length = 0;
      await call(db);
      let total = 0;
      for (const q of seen.filter((x) => /^\s*\(?select/i.test(x.query))) {
        const [row] = await client.unsafe(`explain (analyze, buffers, format json) ${q.query}`, q.params as never[]);
        const plan = (row as Record<string, Array<{ Plan: Record<string, number> }>>)["QUERY PLAN"][0].Plan;
        total += (plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0);
      }
      out[name] = total;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  return out;
}

/** The cursor that opens the page after the row `back` rows before the end (a deep page). */
async function deepCursor(db: Db, q: ReturnType<typeof sql>): Promise<string> {
  const row = await one<{ key: string; id: string | number }>(db, q);
  return encodeCursor({ key: String(row.key), id: String(row.id), dir: "after" });
}

type Timed = { small: number; large: number };

/**
 * p50 per call of `runs` interleaved samples of the small and the large case, each sample `batch`
 * calls in a row (a ms-scale call alone is at the mercy of the scheduler on a shared machine).
 */
async function interleaved(runs: number, small: () => Promise<unknown>, large: () => Promise<unknown>, batch = 5): Promise<Timed> {
  for (let i = 0; i < 5; i++) {
    await small();
    await large();
  }
  const time = async (f: () => Promise<unknown>) => {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) await f();
    return (performance.now() - t0) / batch;
  };
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < runs; i++) {
    s.push(await time(small));
    l.push(await time(large));
  }
  return { small: percentile(s, 50), large: percentile(l, 50) };
}

export async function measureLists(freshDb: FreshDb, short: boolean) {
  const h = await freshDb("lists");
  try {
    const { seedDatabase } = await import("@/lib/seed/seed");
    await seedDatabase(h.db);
    const db = h.db;
    const orgs = rowsOf<{ id: string }>(await db.execute(sql`select id from organisations order by slug`));
    const small = short ? 500 : 1_000;
    const large = short ? 10_000 : 30_000;
    const runs = short ? 30 : 80;

    const s = await subjectWithRequests(db, orgs[0].id, small, "s");
    const l = await subjectWithRequests(db, orgs[0].id, large, "l");
    await thread(db, s.requestId, small);
    await thread(db, l.requestId, large);
    await persons(db, orgs[0].id, small);
    await persons(db, orgs[1].id, large);
    await db.execute(sql`analyze`);
    const staff = (orgId: string) => ({ id: "bench-staff", role: "staff" as const, organisationIds: [orgId] });
    const search = (cursor?: string) => personSearchSchema.parse(cursor ? { cursor } : {});

    // Deep pages: the one that starts 40 rows before the end of each list.
    const myDeep = (userId: string, n: number) =>
      deepCursor(db, sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key, id from requests where user_id = ${userId} order by created_at desc, id desc offset ${n - 40} limit 1`);
    const msgDeep = (requestId: string, n: number) =>
      deepCursor(db, sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key, id from messages where request_id = ${requestId} order by created_at desc, id desc offset ${n - 40} limit 1`);
    // Persons: the page after the 60th row from the alphabetical end.
    const personDeepAt = async (orgId: string) =>
      deepCursor(db, sql`select key, id from (select coalesce(last_name, '') as key, id from person_records where organisation_id = ${orgId} order by coalesce(last_name, '') desc, id desc limit 60) t order by key, id limit 1`);
    const [myS, myL, msgS, msgL, perS, perL] = await Promise.all([myDeep(s.userId, small), myDeep(l.userId, large), msgDeep(s.requestId, small), msgDeep(l.requestId, large), personDeepAt(orgs[0].id), personDeepAt(orgs[1].id)]);

    const out: Record<string, Timed> = {};
    out.myRequestsFirst = await interleaved(runs, () => listMyRequests(db, s.userId), () => listMyRequests(db, l.userId));
    out.myRequestsDeep = await interleaved(runs, () => listMyRequests(db, s.userId, { cursor: myS }), () => listMyRequests(db, l.userId, { cursor: myL }));
    out.personsFirst = await interleaved(runs, () => listPersons(db, staff(orgs[0].id), search()), () => listPersons(db, staff(orgs[1].id), search()));
    out.personsDeep = await interleaved(runs, () => listPersons(db, staff(orgs[0].id), search(perS)), () => listPersons(db, staff(orgs[1].id), search(perL)));
    out.threadLatest = await interleaved(runs, () => staffMessagePage(db, [orgs[0].id], s.requestId), () => staffMessagePage(db, [orgs[0].id], l.requestId));
    out.threadEarliest = await interleaved(runs, () => staffMessagePage(db, [orgs[0].id], s.requestId, { cursor: msgS }), () => staffMessagePage(db, [orgs[0].id], l.requestId, { cursor: msgL }));

    const buffers = await buffersOf(h.url, {
      myRequestsFirstSmall: (d) => listMyRequests(d, s.userId),
      myRequestsFirstLarge: (d) => listMyRequests(d, l.userId),
      myRequestsDeepSmall: (d) => listMyRequests(d, s.userId, { cursor: myS }),
      myRequestsDeepLarge: (d) => listMyRequests(d, l.userId, { cursor: myL }),
      personsFirstSmall: (d) => listPersons(d, staff(orgs[0].id), search()),
      personsFirstLarge: (d) => listPersons(d, staff(orgs[1].id), search()),
      personsDeepSmall: (d) => listPersons(d, staff(orgs[0].id), search(perS)),
      personsDeepLarge: (d) => listPersons(d, staff(orgs[1].id), search(perL)),
      threadLatestSmall: (d) => staffMessagePage(d, [orgs[0].id], s.requestId),
      threadLatestLarge: (d) => staffMessagePage(d, [orgs[0].id], l.requestId),
      threadEarliestSmall: (d) => staffMessagePage(d, [orgs[0].id], s.requestId, { cursor: msgS }),
      threadEarliestLarge: (d) => staffMessagePage(d, [orgs[0].id], l.requestId, { cursor: msgL }),
    });

    // What the page did before issue 13: read every request of the subject (query only, no rendering).
    const unpaged = (userId: string) =>
      db.execute(sql`select r.id, r.reference, o.name, (select count(*)::int from messages m where m.request_id = r.id and m.from_staff and m.read_at is null) from requests r join organisations o on o.id = r.organisation_id where r.user_id = ${userId} order by r.created_at desc`);
    const before = await interleaved(short ? 5 : 10, () => unpaged(s.userId), () => unpaged(l.userId), 1);

    // The same list over HTTP, the built app rendering the page (the 4.5 s at 31 000 requests).
    const http = await measureMyRequestsHttp(h.url, { small, large }, short ? 15 : 30);
    out.myRequestsHttp = { small: http.small, large: http.large };

    const fmt = (n: number) => n.toLocaleString("en").replace(/,/g, " ");
    const label: Record<string, string> = {
      myRequestsFirst: "/my/requests, first page",
      myRequestsDeep: "/my/requests, deep page",
      personsFirst: "persons list, first page",
      personsDeep: "persons list, deep page",
      threadLatest: "message thread, latest page",
      threadEarliest: "message thread, earliest page",
      myRequestsHttp: "GET /my/requests over HTTP (built app), first page",
    };
    const rows: BenchRow[] = Object.entries(out).map(([k, t]) => {
      const ratio = round(t.large / t.small);
      return { what: `${label[k]}: ${fmt(large)} vs ${fmt(small)} rows`, app: `${t.large} ms at ${fmt(large)}`, reference: `${t.small} ms at ${fmt(small)}`, ratio, target: "≤ 1.5", met: ratio <= 1.5 };
    });
    return { small, large, runs, p50Ms: out, sharedBuffers: buffers, unpagedBeforeMs: before, http, rows };
  } finally {
    await h.drop();
  }
}
