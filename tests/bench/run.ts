// `npm run bench`: the benchmarks of issue 6, each beside its baseline measured in the same run.
// Writes JSON to bench/results/. BENCH_SHORT=1 (set in CI) runs a short mode: smaller sizes.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { execFileSync, spawnSync } from "node:child_process";
import { migrateDb, openPostgres, type DbHandle } from "@/lib/db/client";
import { withDatabase } from "../support/db";
import { growRequests, measureQueue } from "./queue";
import { measureColdStart } from "./cold-start";
import { measureFiling } from "./filing";
import { measureLists } from "./lists";
import { measurePages } from "./pages";
import { measureScaleOut } from "./scale-out";
import { formatTable, round, type BenchRow } from "./rows";

// The benchmarks build their own fictional fixtures outside the app, which is production code: keys are
// required outside demo mode, so each run gets fresh ones (as the tests do). Child processes inherit them.
process.env.OMATIETO_DATA_KEY ||= crypto.randomBytes(32).toString("base64");
process.env.AUTH_SECRET ||= crypto.randomBytes(32).toString("base64");

const short = process.env.BENCH_SHORT === "1" || process.env.CI === "true";
const baseUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const results: Record<string, unknown> = { startedAt: new Date().toISOString(), short, node: process.version };

/** Databases of earlier runs that were stopped before they could drop them (CI's time cap kills a run): their process is gone. */
async function dropStaleBenchDatabases(admin: DbHandle): Promise<void> {
  const rows = (await admin.db.execute(`select datname from pg_database where datname ~ '^omatieto_bench_[a-z0-9]+_[0-9]+$'`)) as unknown as Array<{ datname: string }>;
  for (const { datname } of rows) {
    const pid = Number(datname.split("_").pop());
    if (pid !== process.pid && !fs.existsSync(`/proc/${pid}`)) await admin.db.execute(`drop database if exists ${datname} with (force)`);
  }
}

async function freshDb(label: string): Promise<DbHandle & { url: string; drop: () => Promise<void> }> {
  const name = `omatieto_bench_${label}_${process.pid}`;
  const admin = await openPostgres(baseUrl, 1);
  await dropStaleBenchDatabases(admin);
  await admin.db.execute(`drop database if exists ${name} with (force)`);
  await admin.db.execute(`create database ${name}`);
  await admin.close();
  const url = withDatabase(baseUrl, name);
  const h = await openPostgres(url, 60);
  await migrateDb(h);
  return {
    ...h,
    url,
    drop: async () => {
      await h.close();
      const a = await openPostgres(baseUrl, 1);
      await a.db.execute(`drop database if exists ${name} with (force)`);
      await a.close();
    },
  };
}

// BENCH_ONLY=filing,pdf10k runs only those sections (while working on one).
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((s) => s.trim())) : null;

async function section(name: string, fn: () => Promise<unknown>) {
  if (only && !only.has(name)) return;
  const t0 = Date.now();
  try {
    results[name] = await fn();
  } catch (e) {
    results[name] = { error: (e as Error).message };
  }
  console.log(`[bench] ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s):`, JSON.stringify(results[name]));
}

async function main() {
  // The filing and cold-start benchmarks run the built app, like `npm start`.
  const { buildIfNeeded } = await import("../../lib/cli/build-if-needed.mjs");
  buildIfNeeded();
  await section("queue", async () => {
    const h = await freshDb("queue");
    try {
      const { seedDatabase } = await import("@/lib/seed/seed");
      await seedDatabase(h.db);
      const orgs = (await h.db.execute(`select id from organisations order by slug`)) as unknown as Array<{ id: string }>;
      const staff = (await h.db.execute(`select user_id as id from memberships where organisation_id = '${orgs[0].id}' limit 1`)) as unknown as Array<{ id: string }>;
      const actor = { id: staff[0].id, role: "staff" as const, organisationIds: [orgs[0].id] };
      const sizes = short ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
      const out: Record<string, unknown> = {};
      let have = 0;
      for (const n of sizes) {
        await growRequests(h.db, [orgs[0].id, orgs[1].id], have, n);
        have = n;
        out[String(n)] = await measureQueue(h.db, actor);
      }
      const first = out[String(sizes[0])] as { p95: number };
      const last = out[String(sizes.at(-1))] as { p95: number };
      const ratio = round(last.p95 / first.p95);
      const largest = sizes.at(-1)!.toLocaleString("en").replace(/,/g, " ");
      const rows: BenchRow[] = [
        { what: `staff queue, p95 at ${largest} requests`, app: `${last.p95} ms`, reference: "", ratio: null, target: "< 50 ms", met: last.p95 < 50 },
        { what: `staff queue, p95 at ${largest} ÷ at 10 000`, app: `${last.p95} ms`, reference: `${first.p95} ms at 10 000`, ratio, target: "≤ 1.5", met: ratio <= 1.5 },
      ];
      return { ...out, ratioLargestToSmallest: ratio, targetP95AtMillionMs: 50, targetRatio: 1.5, rows };
    } finally {
      await h.drop();
    }
  });

  await section("filing", () => measureFiling(freshDb, short));

  await section("pages", async () => { const h = await freshDb("pages"); try { return await measurePages(h.url, short ? 3 : 8); } finally { await h.drop(); } });

  await section("pdf10k", async () => {
    const script = path.join(process.cwd(), "tests/bench/pdf-10k.ts");
    if (!fs.existsSync(script)) return { skipped: "no pdf bench script" };
    // On PostgreSQL, like the app; absolute goals (issue 13): PDF < 1.5 s and < 200 MB RSS growth, JSON < 0.5 s.
    const out = execFileSync(process.execPath, ["--import", "tsx", "--conditions=react-server", script], { encoding: "utf8", env: { ...process.env, DATABASE_URL: baseUrl }, maxBuffer: 10_000_000 });
    const line = out.trim().split("\n").reverse().find((l) => l.startsWith("{"));
    if (!line) return { output: out.slice(-500) };
    const r = JSON.parse(line) as { pdf: { ms: number; cpuMs: number; rssGrowthMb: number }; json: { ms: number; cpuMs: number } };
    // Absolute goals: no reference, no ratio (BenchRow).
    const row = (what: string, value: number, unit: string, target: number): BenchRow => ({ what, app: `${round(value)} ${unit}`, reference: "", ratio: null, target: `< ${target} ${unit}`, met: value < target });
    return {
      ...r,
      rows: [
        row("PDF of 10 000 case notes", r.pdf.ms / 1000, "s", 1.5),
        row("PDF of 10 000 case notes, RSS growth", r.pdf.rssGrowthMb, "MB", 200),
        row("JSON of 10 000 case notes", r.json.ms / 1000, "s", 0.5),
      ],
    };
  });

  await section("coldStart", () => measureColdStart());

  await section("lists", () => measureLists(freshDb, short));

  await section("scaleOut", async () => {
    const h = await freshDb("scale");
    try {
      return await measureScaleOut(h.url, short ? 5 : 10);
    } finally {
      await h.drop();
    }
  });

  const dir = path.join(process.cwd(), "bench/results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}${short ? "-short" : ""}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  // A partial run (BENCH_ONLY) does not replace the latest full one.
  if (!process.env.BENCH_ONLY) fs.writeFileSync(path.join(dir, `latest${short ? "-short" : ""}.json`), JSON.stringify(results, null, 2));
  console.log(`[bench] written ${path.relative(process.cwd(), file)}`);
  // The summary issue 13 asks for: app ÷ reference, measured in the same run, beside each target.
  const rows = Object.values(results).flatMap((r) => ((r as { rows?: BenchRow[] })?.rows ?? []));
  console.log(`\n${formatTable(rows)}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
