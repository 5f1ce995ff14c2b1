import path from "node:path";
import { getDataDir } from "../config/paths";

export type ReportFormat = "pdf" | "json" | "csv";

/** What a download is served as (the route handler sets these headers). */
export const reportContentTypes: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** Where a report's file goes, relative to the data folder (kept so in the row: the folder may move). */
export function reportStoragePath(reportId: string, format: ReportFormat): string {
  return path.join("reports", `${reportId}.${format}`);
}

/** Report files live in the data folder's reports/; a stored path may not point anywhere else. */
export function resolveReportPath(storagePath: string): string {
  const base = path.join(getDataDir(), "reports");
  const full = path.resolve(getDataDir(), storagePath);
  if (!full.startsWith(base + path.sep)) throw new Error("report path outside the reports folder");
  return full;
}
