/** A section's body as paragraphs and list items (a paragraph keeps its line breaks). */
export type Block = { kind: "paragraph" | "item"; text: string };

const BULLET = /^\s*(?:[-–•*▪◦·]|\d{1,2}[.)]|[a-z][.)])\s+/;

export function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const end = () => {
    if (para.length) blocks.push({ kind: "paragraph", text: para.join("\n") });
    para = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) end();
    else if (BULLET.test(line)) {
      end();
      blocks.push({ kind: "item", text: line.replace(BULLET, "").trim() });
    } else para.push(line.replace(/\s+/g, " "));
  }
  end();
  return blocks.filter((b) => b.text.length > 0);
}

/** A closing "Turussa 21.5.2018" / "Helsingfors 1.2.2020" / "Helsinki, 1.3.2024" line: the ISO date. */
export function placeDate(line: string): string | null {
  const m = /^\p{L}[\p{L}-]*,?\s+(?:den\s+)?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\s*$/u.exec(line.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
