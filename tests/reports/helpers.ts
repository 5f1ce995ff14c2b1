import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { readPdf } from "./pdf-read";

/** Poppler's tool's output, or null where poppler-utils is not installed (then pdf.js reads the file). */
function poppler(tool: "pdftotext" | "pdfinfo", args: string[]): string | null {
  try {
    return execFileSync(tool, args, { maxBuffer: 256 * 1024 * 1024 }).toString("utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/** The text of a PDF as poppler's pdftotext sees it, or as pdf.js does (with the header and page numbers). */
export async function pdfText(file: string): Promise<string> {
  const text = poppler("pdftotext", ["-enc", "UTF-8", file, "-"]);
  if (text !== null) return text;
  return (await readPdf(file, { artifacts: true })).pages.map((p) => p.join("\n")).join("\n\f");
}

export function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

export async function pdfPages(file: string): Promise<number> {
  const info = poppler("pdfinfo", [file]);
  if (info === null) return (await readPdf(file, { maxPages: 0 })).pageCount;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

export function tmpFile(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-report-"));
  return path.join(dir, name);
}

/** Collect a writer's output in memory (small reports only). */
export function memoryOut(): { out: PassThrough; text: () => string } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  return { out, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** Delete the report files a test database produced (they go to the shared scratch data folder). */
export async function removeReportFiles(db: import("@/lib/db/client").Db): Promise<void> {
  const { reports } = await import("@/lib/db/schema");
  const { resolveReportPath } = await import("@/lib/reports/storage");
  for (const r of await db.select({ p: reports.storagePath }).from(reports)) {
    if (r.p) fs.rmSync(resolveReportPath(r.p), { force: true });
  }
}
