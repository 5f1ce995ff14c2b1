/**
 * Line breaking for the report PDF, done once per paragraph with a word-width cache. pdfkit's own
 * wrapper measures every word through the Unicode line breaker and then measures each line again to
 * draw it; for a 10,000-note report that was most of the time (issue 13). Lines break at spaces and
 * explicit newlines; a word wider than the line (a long e-mail address or URL) breaks between
 * characters. Widths are in points for the font size the caller measures with.
 */

/**
 * A line and its width; `words` are its words as drawn (each with the space after it, the last one as
 * the line ends), absent where the line must be split again (a word broken between characters, a tab).
 */
export type Line = { text: string; width: number; words?: string[] };

/**
 * `measure(token)` is the width of `token`; tokens are words with their trailing space, the form in
 * which pdfkit caches glyph runs, so drawing the line afterwards reuses the same cache entries.
 */
export function breakLines(text: string, width: number, measure: (token: string) => number): Line[] {
  const out: Line[] = [];
  const space = measure(" ");
  // No closures inside the loops: this runs for every line of every note.
  let line = "";
  let lineWidth = 0; // with the trailing space of its last word
  let words: string[] | null = [];
  for (const para of text.split("\n")) {
    const parts = para.split(" ");
    for (let i = 0; i < parts.length; i++) {
      const word = i < parts.length - 1 ? parts[i] + " " : parts[i];
      if (word === "") continue;
      const w = measure(word);
      if (lineWidth + w - (word.endsWith(" ") ? space : 0) <= width || line === "") {
        if (line === "" && w - space > width && word.length > 1) {
          // Wider than the whole line: place it character by character.
          words = null;
          for (const ch of word) {
            const cw = measure(ch);
            if (line !== "" && lineWidth + cw > width) {
              out.push(lineOf(line, lineWidth, space, null));
              line = "";
              lineWidth = 0;
            }
            line += ch;
            lineWidth += cw;
          }
          continue;
        }
        line += word;
        lineWidth += w;
        words?.push(word);
      } else {
        out.push(lineOf(line, lineWidth, space, words));
        line = "";
        lineWidth = 0;
        words = [];
        i--; // place the word on the new line
      }
    }
    if (line !== "" || out.length === 0 || para === "") out.push(lineOf(line, lineWidth, space, words));
    line = "";
    lineWidth = 0;
    words = [];
  }
  return out;
}

function lineOf(line: string, lineWidth: number, space: number, words: string[] | null): Line {
  const text = line.trimEnd();
  const out: Line = { text, width: Math.max(0, lineWidth - (line.endsWith(" ") ? space : 0)) };
  if (words && line.indexOf("\t") === -1) {
    // The words are the line's pieces in order: what trimEnd took off the line comes off the last ones.
    let cut = line.length - text.length;
    while (cut > 0 && words.length) {
      const last = words[words.length - 1];
      if (last.length <= cut) {
        words.pop();
        cut -= last.length;
      } else {
        words[words.length - 1] = last.slice(0, last.length - cut);
        cut = 0;
      }
    }
    out.words = words;
  }
  return out;
}
