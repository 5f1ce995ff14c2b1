// Report generation for a person with 10,000 case notes (PRODUCT.md §6: large records stream).
// Prints JSON: generation time, file size and peak RSS (sampled every 10 ms) per format.
//   npx tsx --conditions=react-server tests/bench/pdf-10k.ts          (PGlite in memory)
//   DATABASE_URL=postgres://… npx tsx --conditions=react-server tests/bench/pdf-10k.ts
// `measureReportGeneration` is also what tests/reports/streaming.test.ts runs.
import crypto from "node:crypto";
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";

const MB = 1024 * 1024;
const round = (n: number) => Math.round(n * 10) / 10;

export type GenerationMeasure = {
  format: "pdf" | "json";
  notes: number;
  ms: number;
  /** CPU time of this process (user + system): steadier than wall time on a busy machine. */
  cpuMs: number;
  bytes: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssGrowthMb: number;
  heapPeakMb: number;
};

/** Generate one report while sampling memory; the caller has the fixture with many notes in place. */
export async function measureReportGeneration(
  db: Db,
  input: { requestId: string; staffId: string; organisationId: string; format: "pdf" | "json"; notes: number },
): Promise<GenerationMeasure & { file: string }> {
  const { createReport, resolveReportPath } = await import("@/lib/reports/queries");
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 10);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    const report = await createReport(db, {
      requestId: input.requestId,
      format: input.format,
      actor: { id: input.staffId, role: "staff", organisationIds: [input.organisationId] },
    });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
    return {
      format: input.format,
      notes: input.notes,
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      bytes: report.sizeBytes ?? 0,
      rssBeforeMb: round(before.rss / MB),
      rssPeakMb: round(rssPeak / MB),
      rssGrowthMb: round((rssPeak - before.rss) / MB),
      heapPeakMb: round(heapPeak / MB),
      file: resolveReportPath(report.storagePath!),
    };
  } finally {
    clearInterval(timer);
  }
}

/** BENCH_PROFILE=dir: a CPU profile of each format's generation alone (read it with top-frames.mjs). */
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return fn();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await fn();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

async function main() {
  // Fictional fixtures outside demo mode need keys, as in run.ts: fresh ones per run.
  process.env.OMATIETO_DATA_KEY ||= crypto.randomBytes(32).toString("base64");
  process.env.AUTH_SECRET ||= crypto.randomBytes(32).toString("base64");
  process.env.OMATIETO_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-bench-pdf-"));
  const notes = Number(process.env.BENCH_NOTES ?? 10_000);
  const { createTestDb } = await import("../support/db");
  const { createReportFixture } = await import("../reports/fixtures");
  const h = await createTestDb();
  try {
    const t0 = performance.now();
    const fx = await createReportFixture(h.db, { notes: notes - 4 });
    const seedMs = Math.round(performance.now() - t0);
    const out: Record<string, unknown> = { database: h.kind, notes, seedMs, node: process.version, warm: true };
    // A running server has rendered reports before: render a small one first, so the figures are not
    // those of loading pdfkit and parsing the fonts (BENCH_COLD=1 measures the first report instead).
    if (process.env.BENCH_COLD !== "1") {
      const small = await createReportFixture(h.db, { notes: 0 });
      for (const format of ["pdf", "json"] as const) {
        const { file } = await measureReportGeneration(h.db, { requestId: small.request.id, staffId: small.staff.id, organisationId: small.org.id, format, notes: 4 });
        fs.rmSync(file, { force: true });
      }
    } else out.warm = false;
    for (const format of ["pdf", "json"] as const) {
      const { file, ...m } = await profiled(`${format}-${h.kind}`, () =>
        measureReportGeneration(h.db, { requestId: fx.request.id, staffId: fx.staff.id, organisationId: fx.org.id, format, notes }),
      );
      out[format] = m;
      fs.rmSync(file, { force: true });
    }
    console.log(JSON.stringify(out));
  } finally {
    await h.close();
  }
}

if (process.argv[1]?.endsWith("pdf-10k.ts")) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
