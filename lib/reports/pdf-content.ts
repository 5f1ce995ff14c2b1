/**
 * Byte handling under pdfkit for the report PDF (issue 13). pdfkit turns every content operator
 * ("BT", "1 0 0 1 62 700 Tm", a line's TJ…) into its own Uint8Array with a per-character JavaScript
 * loop, then copies them all together when the page ends; for a 10,000-note report those small arrays
 * were a fifth of the time in garbage collection. Here a page's operators are kept as strings and
 * turned into bytes once, natively, when the page ends, and the document's own object text is encoded
 * natively too. The bytes are the same: pdfkit keeps each character's low byte, as Node's latin1 does.
 */

import { deflateSync } from "node:zlib";

type Chunk = string | Uint8Array;
type Reference = {
  write: (chunk: Chunk) => void;
  finalize: () => void;
  compress: boolean;
  buffer: Uint8Array[];
  data: { Filter?: string };
};
type DocumentInternals = { _write: (data: Chunk) => void; push: (chunk: Uint8Array) => boolean; _offset: number };

const bytesOf = (text: string) => Buffer.from(text, "latin1");

/** Encode the document's object text (dictionaries, cross-reference table) in one native call each. */
export function fastDocumentWrites(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as DocumentInternals;
  d._write = function (this: DocumentInternals, data: Chunk) {
    const bytes = typeof data === "string" ? bytesOf(data + "\n") : data;
    this.push(bytes);
    this._offset += bytes.length;
  };
}

/** Keep the current page's content operators as text until the page is written (see above). */
export function bufferPageContent(doc: PDFKit.PDFDocument): void {
  const ref = (doc.page as unknown as { content: Reference }).content;
  const write = ref.write.bind(ref);
  const finalize = ref.finalize.bind(ref);
  let parts: string[] = [];
  const flush = () => {
    // pdfkit ends every operator with a newline; so does the joined text.
    if (parts.length) write(bytesOf(parts.join("\n") + "\n"));
    parts = [];
  };
  ref.write = (chunk) => {
    if (typeof chunk === "string") parts.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  ref.finalize = () => {
    flush();
    // Compressed here at zlib's fastest level rather than by pdfkit at the default: page content is
    // about a fifth larger, the file (fonts and structure included) about 8 %, and compression took a
    // tenth of a long report's time.
    if (ref.compress && ref.buffer.length) {
      ref.buffer = [deflateSync(Buffer.concat(ref.buffer), { level: 1 })];
      ref.compress = false;
      ref.data.Filter = "FlateDecode";
    }
    finalize();
  };
}

type Position = { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number };
type Font = {
  id: string;
  ascender: number;
  ref: () => unknown;
  encode: (text: string) => [string[], Position[]];
};
type DocInternals = {
  _font: Font;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown>; write: (chunk: string) => void };
};
/** A word's glyph codes as TJ pieces: hex runs with the kerning between them (`kerns[i]` after `hex[i]`). */
type WordCode = { hex: string[]; kerns: string[] } | null;

const DIGIT = /\d/;
const NUMERIC = /^[0-9.,:;/()+\-– ]+$/;
/** Per document font (glyph codes are each document's own subset), per distinct word. */
const wordCodes = new WeakMap<Font, Map<string, WordCode>>();
// pdfkit's number format in content streams (PDFObject.number).
const num = (n: number) => Math.round(n * 1e6) / 1e6;

function wordCode(font: Font, word: string): WordCode {
  let cache = wordCodes.get(font);
  if (!cache) wordCodes.set(font, (cache = new Map()));
  let code = cache.get(word);
  if (code !== undefined) return code;
  // A number is its characters' codes in a row: digits and their punctuation have no kerning or
  // ligatures in DejaVu Sans (pdf-fonts.ts), and each character is encoded once per document.
  if (NUMERIC.test(word)) {
    let hex = "";
    for (const ch of word) {
      const c = cache.get(ch) ?? encodeWord(font, cache, ch);
      if (!c || c.kerns.length) return encodeWord(font, cache, word);
      hex += c.hex[0];
    }
    return { hex: [hex], kerns: [] };
  }
  return encodeWord(font, cache, word);
}

function encodeWord(font: Font, cache: Map<string, WordCode>, word: string): WordCode {
  let code: WordCode;
  const [codes, positions] = font.encode(word);
  code = { hex: [], kerns: [] };
  let run = "";
  for (let i = 0; i < codes.length; i++) {
    const p = positions[i];
    // A glyph placed off its line (a combining mark): left to pdfkit, which moves the text matrix.
    if (p.xOffset || p.yOffset) {
      code = null;
      break;
    }
    run += codes[i];
    if (p.xAdvance - p.advanceWidth !== 0) {
      code.hex.push(run);
      code.kerns.push(String(num(-(p.xAdvance - p.advanceWidth))));
      run = "";
    }
  }
  code?.hex.push(run);
  // Numbers (dates, note numbers) rarely repeat: not kept, but their characters are.
  if (word.length === 1 || !DIGIT.test(word)) cache.set(word, code);
  return code;
}

/**
 * One line of text at (x, y) from the top of the page in the current font, size and colour: the
 * operators pdfkit's `_fragment` writes for left-aligned text, built from each word's cached glyph
 * codes instead of glyph by glyph, and written as one piece. False when the line needs pdfkit's own
 * path (a glyph with an offset); the caller then draws it with pdfkit.
 */
export function writeLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number, words?: string[]): boolean {
  const d = doc as unknown as DocInternals;
  const font = d._font;
  const size = d._fontSize;
  const commands: string[] = [];
  let pending = "";
  // Words as pdfkit's layout splits them: each with the space or tab after it; line breaking gives
  // them ready (the same strings it measured), otherwise the text is split here.
  for (const word of words ?? splitWords(text)) {
    const code = wordCode(font, word);
    if (!code) return false;
    pending += code.hex[0];
    for (let k = 0; k < code.kerns.length; k++) {
      commands.push(`<${pending}> ${code.kerns[k]}`);
      pending = code.hex[k + 1];
    }
  }
  if (pending) commands.push(`<${pending}> 0`);
  const page = d.page;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  const top = page.height - y - (font.ascender / 1000) * size;
  page.write(
    `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(top)} Tm\n/${font.id} ${num(size)} Tf\n` +
      (commands.length ? `[${commands.join(" ")}] TJ\nET\nQ` : "ET\nQ"),
  );
  return true;
}

function splitWords(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    const end = i === text.length;
    if (end ? last >= i : text[i] !== " " && text[i] !== "\t") continue;
    out.push(text.slice(last, end ? i : i + 1));
    last = i + 1;
  }
  return out;
}
