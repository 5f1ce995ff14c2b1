// One row of `npm run bench`'s summary table: what the app did, the reference measured in the same run
// on the same machine, their ratio, and the target (issue 13). Every section returns `rows`.
export type BenchRow = {
  what: string;
  /** The app's figure with its unit, e.g. "412 req/s" or "1.21 s". */
  app: string;
  /** The reference measured in the same run, with what it is, e.g. "770 TPS (pgbench, no chain lock)"; "" for absolute goals. */
  reference: string;
  /** app ÷ reference (or reference ÷ app for latencies, so that higher is better); null for absolute goals. */
  ratio: number | null;
  /** The goal, e.g. "≥ 0.5" or "< 1.5 s". */
  target: string;
  met: boolean;
};

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A markdown table of every section's rows, printed at the end of the run and quoted in the README. */
export function formatTable(rows: BenchRow[]): string {
  const head = "| what | app | reference, same run | ratio | target | met |\n|---|---|---|---|---|---|";
  const body = rows.map((r) => `| ${r.what} | ${r.app} | ${r.reference || "—"} | ${r.ratio === null ? "—" : r.ratio} | ${r.target} | ${r.met ? "yes" : "**no**"} |`);
  return [head, ...body].join("\n");
}
