/** A passage cut into plain and marked pieces: the parts a field took from it are marked. Rendered as text, never HTML. */
export type Segment = { text: string; mark: boolean };

export function markPassage(text: string, taken: string[]): Segment[] {
  const ranges: Array<[number, number]> = [];
  for (const t of taken) {
    // Paragraphs keep their line breaks; a flattened list item may have lost the "- " before it.
    const needle = t.trim();
    if (!needle) continue;
    let at = text.indexOf(needle);
    while (at >= 0 && ranges.some(([a, b]) => at < b && at + needle.length > a)) at = text.indexOf(needle, at + 1);
    if (at >= 0) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a > pos) out.push({ text: text.slice(pos, a), mark: false });
    out.push({ text: text.slice(a, b), mark: true });
    pos = b;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}
