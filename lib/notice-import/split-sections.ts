import type { ImportField } from "./fields";
import { headingNumber, matchHeading } from "./headings";
import { htmlToText, looksLikeHtml, splitFlattenedItems } from "./html-text";

/** A heading and the lines under it; `fields` empty = a heading of no known field (not placed). */
export type RawSection = { heading?: string; fields: ImportField[]; lines: string[]; outside?: boolean };
export type Layout = "numbered" | "table" | "plain";

/** Clean the text: newlines, no-break spaces, control characters, zero-width marks. */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u200B-\u200D\u2060]/g, "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

const isTableRow = (l: string) => /^[^\t]{2,160}\t+\S/.test(l) && matchHeading(l.split("\t")[0]).length > 0;
const isNumberedHeading = (l: string) => headingNumber(l) !== null && l.trim().length <= 200 && !/[;,]$/.test(l.trim());

/** Numbered headings, a heading-TAB-content table, or plain heading lines: decided by the majority of the document. */
export function detectLayout(lines: string[]): Layout {
  if (lines.filter(isTableRow).length >= 3) return "table";
  if (lines.filter((l) => isNumberedHeading(l) && matchHeading(l).length > 0).length >= 3) return "numbered";
  return "plain";
}

/** Cell or line content → plain lines with "- " items (HTML through the parser, flattened lists split). */
function contentLines(text: string): string[] {
  const plain = looksLikeHtml(text) ? htmlToText(text) : text;
  return plain.split("\n").flatMap((l) => (l.trim() === "" ? [""] : splitFlattenedItems(l)));
}

/** A plain-layout heading: a short line naming a field, not a sentence, standing after a blank line. */
function isPlainHeading(line: string, prevBlank: boolean): boolean {
  const t = line.trim();
  if (!t || /^[-–•*]\s/.test(t) || t.length > 120) return false;
  const words = t.split(/\s+/).length;
  if (matchHeading(t).length === 0) return false;
  if (/[?:]$/.test(t)) return words <= 14 && prevBlank;
  return words <= 8 && !/[.,;]$/.test(t) && prevBlank;
}

/**
 * Split the notice into sections by heading. Text before the first heading is the preamble (title).
 * In a table, a line outside the table (no TAB) is kept apart as `outside` so it is not silently
 * added to the field above it.
 */
export function splitSections(input: string): { layout: Layout; sections: RawSection[] } {
  const text = cleanText(input);
  const source = /^\s*(<!doctype|<html|<body|<head)/i.test(text) ? htmlToText(text) : text;
  const lines = source.split("\n");
  const layout = detectLayout(lines);
  const sections: RawSection[] = [{ fields: [], lines: [] }];
  const current = () => sections[sections.length - 1];
  let lastNumber = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, "");
    const prevBlank = i === 0 || lines[i - 1].trim() === "";
    if (layout === "table") {
      if (isTableRow(line)) {
        const [heading, ...rest] = line.split("\t");
        sections.push({ heading: heading.trim(), fields: matchHeading(heading), lines: contentLines(rest.join(" ")) });
      } else if (/^\t/.test(line)) current().lines.push(...contentLines(line), "");
      else if (line.trim() === "") current().lines.push("");
      else if (sections.length > 1 && /^[^\t]{2,160}\t/.test(line)) sections.push({ heading: line.split("\t")[0].trim(), fields: [], lines: contentLines(line.split("\t").slice(1).join(" ")) });
      else if (sections.length > 1) sections.push({ fields: [], lines: contentLines(line), outside: true });
      else current().lines.push(...contentLines(line));
      return;
    }
    const n = layout === "numbered" && isNumberedHeading(line) ? headingNumber(line) : null;
    // Numbered headings run 1, 2, 3…: a "1." inside a section is a list, not a new heading.
    if (n !== null && (n === lastNumber + 1 || (lastNumber === 0 && n <= 2))) {
      lastNumber = n;
      sections.push({ heading: line.trim(), fields: matchHeading(line), lines: [] });
      return;
    }
    if (layout === "plain" && isPlainHeading(line, prevBlank)) {
      sections.push({ heading: line.trim(), fields: matchHeading(line), lines: [] });
      return;
    }
    // "Rekisterinpitäjä: Yhdistys ry" — a heading with its content on the same line.
    const inline = /^([^:]{3,60}):\s+(\S.*)$/.exec(line.trim());
    if (layout === "plain" && inline && prevBlank && matchHeading(inline[1]).length > 0 && inline[1].split(/\s+/).length <= 6) {
      sections.push({ heading: inline[1].trim(), fields: matchHeading(inline[1]), lines: contentLines(inline[2]) });
      return;
    }
    current().lines.push(...contentLines(line));
  });
  return { layout, sections };
}
