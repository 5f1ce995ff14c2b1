/**
 * Fonts for the report PDF, shaped once per process rather than once per document (issue 13).
 *
 * pdfkit parses the font file and shapes every distinct word through fontkit anew for each document,
 * and each case note brings new words (its date, time and number): for a 10,000-note report that
 * was the largest single cost. Here the parsed font is shared by all documents (pdfkit accepts a
 * fontkit font in `registerFont`), shaped runs are kept in a bounded per-process cache, and numbers
 * are laid out from their characters' own glyphs — digits and their punctuation have no ligatures
 * or kerning in DejaVu Sans (tests/reports/pdf-fonts.test.ts checks the glyphs and widths agree).
 * Each document's subset and glyph encoding stay its own. Only immutable data derived from the font
 * files is shared, so this is safe with several instances and concurrent reports.
 */
type Position = { xAdvance: number };
type Run = { glyphs: unknown[]; positions: Position[]; advanceWidth: number };
type EmbeddedFont = {
  font: unknown;
  layoutRun: (text: string, features?: unknown) => Run;
  encode: (text: string, features?: unknown) => [string[], Position[]];
};

const NUMERIC = /^[0-9.,:;/()+\-– ]+$/;
const DIGIT = /\d/;
/** Distinct words kept shaped per font; a few MB, cleared when full. */
const MAX_RUNS = 20_000;

const shared = new Map<string, { font: unknown; runs: Map<string, Run> }>();

const embeddedOf = (doc: PDFKit.PDFDocument, name: string) => (doc.font(name) as unknown as { _font: EmbeddedFont })._font;

/** Register `file` as `name` in `doc`, sharing its parsed font and shaped words with other documents. */
export function registerSharedFont(doc: PDFKit.PDFDocument, name: string, file: string): void {
  let s = shared.get(file);
  // pdfkit 0.20 takes a parsed fontkit font as the source; @types/pdfkit does not say so.
  if (s) doc.registerFont(name, s.font as PDFKit.Mixins.PDFFontSource);
  else {
    doc.registerFont(name, file);
    s = { font: embeddedOf(doc, name).font, runs: new Map() };
    shared.set(file, s);
  }
  const font = embeddedOf(doc, name);
  shapeOnce(font, s.runs);
  encodeOnce(font);
}

function shapeOnce(f: EmbeddedFont, runs: Map<string, Run>): void {
  const shape = f.layoutRun.bind(f);
  const one = (ch: string) => {
    let run = runs.get(ch);
    if (!run) runs.set(ch, (run = shape(ch)));
    return run;
  };
  f.layoutRun = (text, features) => {
    if (features) return shape(text, features);
    if (NUMERIC.test(text)) {
      const run: Run = { glyphs: [], positions: [], advanceWidth: 0 };
      for (const ch of text) {
        const g = one(ch);
        run.glyphs.push(g.glyphs[0]);
        run.positions.push(g.positions[0]);
        run.advanceWidth += g.advanceWidth;
      }
      return run;
    }
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_RUNS) runs.clear();
      runs.set(text, (run = shape(text)));
    }
    return run;
  };
}

/**
 * A line's glyph codes from its words' codes, each word encoded once per document (numbers, which
 * rarely repeat, are encoded directly). Words split as pdfkit's own layout splits them: each with
 * the space or tab after it.
 */
function encodeOnce(f: EmbeddedFont): void {
  const encode = f.encode.bind(f);
  const words = new Map<string, [string[], Position[]]>();
  f.encode = (text, features) => {
    if (features) return encode(text, features);
    const codes: string[] = [];
    const positions: Position[] = [];
    let last = 0;
    for (let i = 0; i <= text.length; i++) {
      const end = i === text.length;
      if (end ? last >= i : text[i] !== " " && text[i] !== "\t") continue;
      const word = text.slice(last, end ? i : i + 1);
      last = i + 1;
      let enc = words.get(word);
      if (!enc) {
        enc = encode(word);
        if (!DIGIT.test(word)) words.set(word, enc);
      }
      for (const c of enc[0]) codes.push(c);
      for (const p of enc[1]) positions.push(p);
    }
    return [codes, positions];
  };
}
