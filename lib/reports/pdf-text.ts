/**
 * Line breaking for the report PDF, done once per paragraph with a word-width cache. pdfkit's own
 * wrapper measures every word through the Unicode line breaker and then measures each line again to
 * draw it; for a 10,000-note report that was most of the time (issue 13). Lines break at spaces and
 * explicit newlines; a word wider than the line (a long e-mail address or URL) breaks between
 * characters. Widths are in points for the font size the caller measures with.
 */

export type Line = { text: string; width: number };

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
  for (const para of text.split("\n")) {
    const words = para.split(" ");
    for (let i = 0; i < words.length; i++) {
      const word = i < words.length - 1 ? words[i] + " " : words[i];
      if (word === "") continue;
      const w = measure(word);
      if (lineWidth + w - (word.endsWith(" ") ? space : 0) <= width || line === "") {
        if (line === "" && w - space > width && word.length > 1) {
          // Wider than the whole line: place it character by character.
          for (const ch of word) {
            const cw = measure(ch);
            if (line !== "" && lineWidth + cw > width) {
              out.push(lineOf(line, lineWidth, space));
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
      } else {
        out.push(lineOf(line, lineWidth, space));
        line = "";
        lineWidth = 0;
        i--; // place the word on the new line
      }
    }
    if (line !== "" || out.length === 0 || para === "") out.push(lineOf(line, lineWidth, space));
    line = "";
    lineWidth = 0;
  }
  return out;
}

function lineOf(line: string, lineWidth: number, space: number): Line {
  return { text: line.trimEnd(), width: Math.max(0, lineWidth - (line.endsWith(" ") ? space : 0)) };
}
