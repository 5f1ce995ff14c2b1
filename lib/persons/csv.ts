/**
 * A small RFC 4180 CSV reader (quotes, doubled quotes, CR/LF, newlines inside quotes), separator
 * auto-detected from the header (comma or semicolon: Finnish Excel writes semicolons). Pure, so the
 * browser can split a large file into chunks for the progress bar and the server parses the same way.
 */
export function detectSeparator(text: string): "," | ";" {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines (often at the end of a file) are not records.
  return rows.filter((r) => r.some((v) => v.trim() !== ""));
}

/** Column names are matched loosely: "first_name", "firstName" and "First name" are the same column. */
export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, "");
}
