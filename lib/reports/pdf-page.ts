/**
 * Tagged pages for the report PDF on top of pdfkit (issue 12): every piece of text is marked content
 * of a structure element under one Document element; the running header, page number and rules are
 * artifacts, so a screen reader skips them. Text is measured once per paragraph with a word-width
 * cache and drawn line by line (issue 13). Pages are flushed to the output as they fill (no
 * bufferPages) and each finished structure element is written at once, so a 10,000-note report never
 * sits in memory. The blocks (headings, paragraphs, lists, tables) are in pdf-layout.ts.
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import { breakLines, type Line } from "./pdf-text";
import { registerSharedFont } from "./pdf-fonts";
import { bufferPageContent, fastDocumentWrites, writeLine } from "./pdf-content";

type Struct = PDFKit.PDFStructureElement;
export type StructContent = PDFKit.PDFStructureContent;
export type Font = "body" | "bold";
export type TextStyle = { size?: number; color?: string; font?: Font; indent?: number; gap?: number };
/** pdfkit 0.20 also takes a table header's scope, which @types/pdfkit does not list. */
export type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: "Row" | "Column" | "Both" };
type Fragment = (text: string, x: number, y: number, options: { textWidth: number; wordCount: number }) => void;

export const COLORS = { text: "#1a1a1a", muted: "#555555", accent: "#0b4f8a", special: "#8a3b00", rule: "#c8c8c8", mark: "#f1f1f1" };
const LINE_GAP = 1.5;
/** Digits and their punctuation (as in pdf-fonts.ts). */
const NUMERIC = /^[0-9.,:;/()+\-– ]+$/;


/** DejaVu Sans covers ä, ö, å, the Sámi letters and the block used for redaction marks (STACK.md). */
export function fontPath(file: "DejaVuSans.ttf" | "DejaVuSans-Bold.ttf"): string {
  return path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf", file);
}

export type ComposerOptions = {
  title: string;
  author: string;
  lang: string;
  /** Running header: left and right text, from page 2 on. */
  header: [string, string];
  pageLabel: (n: number) => string;
};

export class TaggedPages {
  readonly doc: PDFKit.PDFDocument;
  page = 0;
  private readonly parents: Struct[];
  protected font: Font = "body";
  protected size = 10;
  private color = COLORS.text;
  /** Word widths at 1 pt per font: measured once per distinct word, not once per line drawn. */
  private readonly widths: Record<Font, Map<string, number>> = { body: new Map(), bold: new Map() };
  /** Headings not drawn yet: they are drawn with the first block after them (keep with next). */
  protected pending: { height: number; draw: () => void } | null = null;

  constructor(private readonly opts: ComposerOptions) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: 64, bottom: 56, left: 62, right: 62 },
      autoFirstPage: false,
      bufferPages: false,
      pdfVersion: "1.7",
      tagged: true,
      // Words are cached per process in pdf-fonts.ts (bounded); pdfkit's per-document cache would
      // keep every note's date and number for the life of the document.
      fontLayoutCache: false,
      lang: opts.lang,
      displayTitle: true,
      info: { Title: opts.title, Author: opts.author, Creator: "Omatieto", Producer: "Omatieto (pdfkit)" },
    });
    fastDocumentWrites(this.doc);
    registerSharedFont(this.doc, "bold", fontPath("DejaVuSans-Bold.ttf"));
    registerSharedFont(this.doc, "body", fontPath("DejaVuSans.ttf"));
    const root = this.doc.struct("Document");
    this.doc.addStructure(root);
    this.parents = [root];
    this.doc.on("pageAdded", () => this.drawChrome());
    this.doc.addPage();
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get left(): number {
    return this.doc.page.margins.left;
  }
  /** Points left above the bottom margin. */
  get room(): number {
    return this.doc.page.maxY() - this.doc.y;
  }

  /** Set font, size and colour, writing to the page only what changed. */
  style(font: Font, size: number, color = COLORS.text): this {
    if (font !== this.font) this.doc.font(font);
    if (size !== this.size) this.doc.fontSize(size);
    if (color !== this.color) this.doc.fillColor(color);
    this.font = font;
    this.size = size;
    this.color = color;
    return this;
  }

  /** Header and page number on every page as pagination artifacts, outside the margins. */
  private drawChrome() {
    this.page++;
    const { doc } = this;
    bufferPageContent(doc);
    const { width, height, margins } = doc.page;
    doc.markContent("Artifact", { type: "Pagination" });
    doc.save();
    doc.font("body").fontSize(8).fillColor(COLORS.muted);
    if (this.page > 1) {
      doc.text(this.opts.header[0], margins.left, 30, { lineBreak: false });
      const right = this.opts.header[1];
      doc.text(right, width - margins.right - doc.widthOfString(right), 30, { lineBreak: false });
      doc.moveTo(margins.left, 44).lineTo(width - margins.right, 44).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    }
    const label = this.opts.pageLabel(this.page);
    doc.text(label, (width - doc.widthOfString(label)) / 2, height - 36, { lineBreak: false });
    doc.restore();
    doc.endMarkedContent();
    // A new page starts a fresh graphics state: set the current style again.
    doc.font(this.font).fontSize(this.size).fillColor(this.color);
    doc.x = margins.left;
    doc.y = margins.top;
  }

  /**
   * Start a new page unless `height` points still fit. Every block asks this before it draws, so a
   * heading waiting to be drawn (see `heading`) goes onto the page where its content starts.
   */
  ensureSpace(height: number): this {
    const pending = this.pending;
    this.pending = null;
    if (this.doc.y + (pending?.height ?? 0) + height > this.doc.page.maxY()) this.doc.continueOnNewPage();
    pending?.draw();
    return this;
  }

  /** Open a grouping element (L, LI, Table, TR…) under the current one; `close` ends it. */
  open(type: string, options: StructOptions = {}): this {
    const s = this.doc.struct(type, options);
    this.parents[this.parents.length - 1].add(s);
    this.parents.push(s);
    return this;
  }

  close(): this {
    this.parents.pop()?.end();
    return this;
  }

  /** What `draw` puts on the page, as one structure element of `type` under the current element. */
  tag(type: string, draw: () => void, options: StructOptions = {}): this {
    return this.add(type, [this.mark(type, draw)], options);
  }

  /** What `draw` puts on the page as one marked-content sequence, for an element made with `add`. */
  mark(type: string, draw: () => void): StructContent {
    // A waiting heading is drawn first: marked content cannot nest.
    if (this.pending) this.ensureSpace(0);
    const content = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    return content;
  }

  /** An element of `type` holding `children` (marked content or elements), under the current element. */
  add(type: string, children: Array<StructContent | Struct>, options: StructOptions = {}): this {
    this.parents[this.parents.length - 1].add(this.doc.struct(type, options, children));
    return this;
  }

  /** An element holding `children`, not yet placed (for nesting, e.g. LI > LBody). */
  element(type: string, children: Array<StructContent | Struct>): Struct {
    return this.doc.struct(type, {}, children);
  }

  /** Decoration a screen reader should skip (rules, shading). */
  artifact(draw: () => void): this {
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
    return this;
  }

  protected measure(token: string): number {
    const cache = this.widths[this.font];
    let w = cache.get(token);
    if (w === undefined) {
      if (token.length > 1 && NUMERIC.test(token)) {
        // Numbers rarely repeat (dates, note numbers): not kept, but summed from their characters'
        // widths, as pdf-fonts.ts lays them out (no kerning between digits and their punctuation).
        w = 0;
        for (const ch of token) w += this.measure(ch) / this.size;
        return w * this.size;
      }
      w = this.doc.widthOfString(token) / this.size;
      if (token.length === 1 || !/\d/.test(token)) cache.set(token, w);
    }
    return w * this.size;
  }

  /** Break `text` into lines for the current style (measured once; drawn with `drawLines`). */
  lines(text: string, width: number): Line[] {
    return breakLines(text, width, this.measureBound);
  }
  private readonly measureBound = (t: string) => this.measure(t);

  lineHeight(): number {
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  /** Draw measured lines from doc.y, turning the page (inside the open marked content) when full. */
  drawLines(lines: Line[], x: number): this {
    const { doc } = this;
    const lh = this.lineHeight();
    for (const line of lines) {
      if (doc.y + lh - LINE_GAP > doc.page.maxY()) doc.continueOnNewPage();
      // What writeLine leaves to pdfkit goes through its own fragment writer, with the width measured above.
      if (line.text && !writeLine(doc, line.text, x, doc.y, line.words)) (doc as unknown as { _fragment: Fragment })._fragment(line.text, x, doc.y, { textWidth: line.width, wordCount: 1 });
      doc.y += lh;
    }
    doc.x = this.left;
    return this;
  }

  /** Lines that would leave one line alone at a page's foot or head move together (no orphans, no widows). */
  protected keepLines(count: number, before = 0): void {
    const lh = this.lineHeight();
    const fit = Math.floor((this.room - before + LINE_GAP) / lh);
    if (fit < count && (fit < 2 || count - fit < 2) && count <= 40) this.ensureSpace(before + Math.min(count, 40) * lh);
  }


  /** Draw whatever is still waiting (a heading with nothing after it) before the document ends. */
  finish(): this {
    return this.ensureSpace(0);
  }
}
