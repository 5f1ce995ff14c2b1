import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";

/** The text of a PDF as poppler's pdftotext sees it (poppler-utils), whitespace collapsed. */
export function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { maxBuffer: 256 * 1024 * 1024 }).toString("utf8");
}

export function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

export function pdfPages(file: string): number {
  const info = execFileSync("pdfinfo", [file]).toString("utf8");
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
