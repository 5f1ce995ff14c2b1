/**
 * Reading a report PDF as assistive technology does, with pdf.js (pdfjs-dist, dev dependency): the
 * structure tree of each page, whether the document is marked as tagged, its bookmarks, and the text
 * of each page without the artifacts (running header, page number), line by line.
 */
import fs from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type StructNode = { role?: string; type?: string; children?: StructNode[] };
export type PdfRead = {
  pageCount: number;
  tagged: boolean;
  title: string | undefined;
  /** The catalog's /Lang (pdf.js does not expose it; pdfkit writes the catalog uncompressed). */
  lang: string | undefined;
  displayTitle: boolean;
  outline: string[];
  /** Per page: the lines of text that are content, not artifacts. */
  pages: string[][];
  /** Per page: the roles of the structure elements on it, depth first. */
  roles: string[][];
};

function rolesOf(node: StructNode | null, out: string[] = []): string[] {
  if (!node) return out;
  if (node.role) out.push(node.role);
  for (const c of node.children ?? []) rolesOf(c, out);
  return out;
}

type TextItem = { str?: string; transform?: number[]; width?: number; type?: string; tag?: string };

/** `artifacts`: keep the running header and page numbers in the text (as pdftotext does). */
export async function readPdf(file: string, opts: { maxPages?: number; artifacts?: boolean } = {}): Promise<PdfRead> {
  const bytes = fs.readFileSync(file);
  const raw = bytes.toString("latin1");
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const info = (await doc.getMetadata()).info as { Title?: string };
    const outline = ((await doc.getOutline()) ?? []).flatMap(function walk(o: { title: string; items?: unknown[] }): string[] {
      return [o.title, ...((o.items ?? []) as Array<{ title: string; items?: unknown[] }>).flatMap(walk)];
    });
    const pages: string[][] = [];
    const roles: string[][] = [];
    const last = Math.min(doc.numPages, opts.maxPages ?? doc.numPages);
    for (let n = 1; n <= last; n++) {
      const page = await doc.getPage(n);
      if (!opts.artifacts) roles.push(rolesOf((await page.getStructTree()) as StructNode));
      const content = await page.getTextContent({ includeMarkedContent: true });
      const lines = new Map<number, string>();
      const ends = new Map<number, number>();
      let artifact = 0;
      for (const item of content.items as TextItem[]) {
        if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
          if (item.tag === "Artifact" || artifact) artifact++;
          continue;
        }
        if (item.type === "endMarkedContent") {
          if (artifact) artifact--;
          continue;
        }
        if ((artifact && !opts.artifacts) || !item.str?.trim() || !item.transform) continue;
        // One line per baseline; pieces of it (a table's label and value) apart by a gap get a space.
        const y = Math.round(item.transform[5]);
        const x = item.transform[4];
        const prev = lines.get(y);
        lines.set(y, prev === undefined ? item.str : `${prev}${x - (ends.get(y) ?? x) > 0.5 ? " " : ""}${item.str}`);
        ends.set(y, x + (item.width ?? 0));
      }
      pages.push([...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, s]) => s.trim()));
      page.cleanup();
    }
    return {
      pageCount: doc.numPages,
      tagged: !!(await doc.getMarkInfo())?.Marked,
      title: info.Title,
      lang: /\/Lang \(([^)]*)\)/.exec(raw)?.[1],
      displayTitle: /\/DisplayDocTitle true/.test(raw),
      outline,
      pages,
      roles,
    };
  } finally {
    await doc.destroy();
  }
}
