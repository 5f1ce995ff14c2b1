import { ImportRefused } from "./file-type";

const MAX_PAGES = 60;

type Item = { str: string; x: number; y: number; w: number; h: number; eol: boolean };

/**
 * A text-based PDF → text with pdfjs-dist (no rendering, no scripts, no eval). Lines are rebuilt from
 * the text positions: a line that reaches the right margin was wrapped and continues on the next one;
 * a larger gap between lines starts a new paragraph (a blank line), as in the .txt.
 */
export async function extractPdf(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 }).promise;
  } catch {
    throw new ImportRefused("import_pdf_invalid");
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new ImportRefused("import_too_long");
    const out: string[] = [];
    let carry = false;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!("str" in it)) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], w: it.width, h: it.height || Math.abs(it.transform[3]), eol: it.hasEOL });
      }
      const { lines, lastFull } = pageLines(items);
      // A paragraph running over the page break continues: the last line filled the page's width.
      if (carry && lines.length && out.length && lines[0] !== "") out[out.length - 1] += ` ${lines.shift()}`;
      else out.push("");
      out.push(...lines);
      // …unless it ended a sentence, which at a page break most often ends the paragraph too.
      carry = lastFull && !/[.!?:]$/.test(out[out.length - 1] ?? "");
    }
    const text = out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
    if (!text) throw new ImportRefused("import_pdf_no_text");
    return text;
  } catch (e) {
    if (e instanceof ImportRefused) throw e;
    throw new ImportRefused("import_pdf_invalid");
  } finally {
    await doc.destroy();
  }
}

/**
 * Rows of text → lines. A row was wrapped (not broken by hand) when the next row's first word would not
 * have fitted in the space left before the right margin; then the two are one line.
 */
function pageLines(items: Item[]): { lines: string[]; lastFull: boolean } {
  const rows: Array<{ y: number; h: number; x0: number; x1: number; text: string }> = [];
  for (const it of items) {
    const row = rows.find((r) => Math.abs(r.y - it.y) < 2);
    if (row) {
      row.text += it.str;
      row.x1 = Math.max(row.x1, it.x + it.w);
      row.x0 = Math.min(row.x0, it.x);
    } else if (it.str.trim()) rows.push({ y: it.y, h: it.h, x0: it.x, x1: it.x + it.w, text: it.str });
  }
  rows.sort((a, b) => b.y - a.y);
  const right = Math.max(0, ...rows.map((r) => r.x1));
  const lines: string[] = [];
  rows.forEach((r, i) => {
    const text = r.text.replace(/\s+/g, " ").trim();
    const prev = rows[i - 1];
    if (prev) {
      const gap = prev.y - r.y;
      const prevText = prev.text.trim();
      const charWidth = (prev.x1 - prev.x0) / Math.max(prevText.length, 1);
      const firstWord = text.split(" ")[0];
      const wouldFit = prev.x1 + charWidth * (firstWord.length + 1) < right - 1;
      if (gap > Math.max(prev.h, r.h) * 1.8) lines.push("");
      else if (!wouldFit && lines.length) {
        lines[lines.length - 1] += ` ${text}`;
        return;
      }
    }
    lines.push(text);
  });
  const last = rows[rows.length - 1];
  const charWidth = last ? (last.x1 - last.x0) / Math.max(last.text.trim().length, 1) : 0;
  return { lines, lastFull: !!last && last.x1 > right - charWidth * 12 };
}
