/**
 * Glyph runs for numbers without the shaping engine. pdfkit caches a run per distinct word, but every
 * case note brings new ones — its date, time and number — and shaping each through fontkit was the
 * largest single cost of a 10,000-note report (issue 13). Digits and their punctuation have no
 * ligatures or kerning in DejaVu Sans (tests/reports/pdf-fonts.test.ts checks the widths agree), so
 * their run is the characters' own glyphs, each shaped once. Everything else goes through fontkit.
 */
type Run = { glyphs: unknown[]; positions: Array<{ xAdvance: number }>; advanceWidth: number };
type EmbeddedFont = { layoutRun: (text: string, features?: unknown) => Run };

const NUMERIC = /^[0-9.,:;/()+\-– ]+$/;

export function shapeNumbersOnce(font: unknown): void {
  const f = font as EmbeddedFont;
  const shape = f.layoutRun.bind(f);
  const glyphs = new Map<string, Run>();
  f.layoutRun = (text, features) => {
    if (features || !NUMERIC.test(text)) return shape(text, features);
    const run: Run = { glyphs: [], positions: [], advanceWidth: 0 };
    for (const ch of text) {
      let one = glyphs.get(ch);
      if (!one) glyphs.set(ch, (one = shape(ch)));
      run.glyphs.push(one.glyphs[0]);
      run.positions.push(one.positions[0]);
      run.advanceWidth += one.advanceWidth;
    }
    return run;
  };
}
