/**
 * Layout primitives for the report PDF on top of pdfkit, as a tagged PDF (PDF/UA-style structure,
 * issue 12): every piece of text is marked content of a structure element — H1–H3, P, L/LI/Lbl/LBody,
 * Table/TR/TH/TD — under one Document element; the running header, page number and rules are
 * artifacts, so a screen reader skips them. Headings also become bookmarks. Pages are flushed to the
 * output as they fill (no bufferPages) and each finished structure element is written at once, so a
 * 10,000-note report never sits in memory.
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import { breakLines, type Line } from "./pdf-text";
import { registerSharedFont } from "./pdf-fonts";

type Outline = PDFKit.PDFOutline;
type Struct = PDFKit.PDFStructureElement;
type StructContent = PDFKit.PDFStructureContent;
type Font = "body" | "bold";
export type TextStyle = { size?: number; color?: string; font?: Font; indent?: number; gap?: number };
/** pdfkit 0.20 also takes a table header's scope, which @types/pdfkit does not list. */
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: "Row" | "Column" | "Both" };
type Fragment = (text: string, x: number, y: number, options: { textWidth: number; wordCount: number }) => void;

export const COLORS = { text: "#1a1a1a", muted: "#555555", accent: "#0b4f8a", special: "#8a3b00", rule: "#c8c8c8", mark: "#f1f1f1" };
const LINE_GAP = 1.5;

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

export class PdfComposer {
  readonly doc: PDFKit.PDFDocument;
  page = 0;
  private readonly parents: Struct[];
  private font: Font = "body";
  private size = 10;
  private color = COLORS.text;
  /** Word widths at 1 pt per font: measured once per distinct word, not once per line drawn. */
  private readonly widths: Record<Font, Map<string, number>> = { body: new Map(), bold: new Map() };
  /** Headings not drawn yet: they are drawn with the first block after them (keep with next). */
  private pending: { height: number; draw: () => void } | null = null;

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

  private measure(token: string): number {
    const cache = this.widths[this.font];
    let w = cache.get(token);
    if (w === undefined) {
      w = this.doc.widthOfString(token) / this.size;
      // Numbers rarely repeat (dates, note numbers) and are quick to measure: not kept.
      if (!/\d/.test(token)) cache.set(token, w);
    }
    return w * this.size;
  }

  /** Break `text` into lines for the current style (measured once; drawn with `drawLines`). */
  lines(text: string, width: number): Line[] {
    return breakLines(text, width, (t) => this.measure(t));
  }

  lineHeight(): number {
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  /** Draw measured lines from doc.y, turning the page (inside the open marked content) when full. */
  drawLines(lines: Line[], x: number): this {
    const { doc } = this;
    // pdfkit's own fragment writer, given the width measured above instead of measuring each line again.
    const fragment = (doc as unknown as { _fragment: Fragment })._fragment.bind(doc);
    const lh = this.lineHeight();
    for (const line of lines) {
      if (doc.y + lh - LINE_GAP > doc.page.maxY()) doc.continueOnNewPage();
      if (line.text) fragment(line.text, x, doc.y, { textWidth: line.width, wordCount: 1 });
      doc.y += lh;
    }
    doc.x = this.left;
    return this;
  }

  /** Lines that would leave one line alone at a page's foot or head move together (no orphans, no widows). */
  private keepLines(count: number, before = 0): void {
    const lh = this.lineHeight();
    const fit = Math.floor((this.room - before + LINE_GAP) / lh);
    if (fit < count && (fit < 2 || count - fit < 2) && count <= 40) this.ensureSpace(before + Math.min(count, 40) * lh);
  }

  /**
   * A heading and its bookmark. Drawn when the next block is: that block's `ensureSpace` then keeps
   * the heading (and any headings just above it) on the page where the content starts.
   */
  heading(level: 1 | 2 | 3, text: string, outlineParent?: Outline | null): Outline | null {
    const size = level === 1 ? 15 : level === 2 ? 12.5 : 10.5;
    const space = level === 3 ? 7 : 12;
    const outline = outlineParent === null ? null : (outlineParent ?? this.doc.outline).addItem(text);
    this.style("bold", size);
    const lines = this.lines(text, this.width);
    const height = space + lines.length * this.lineHeight() + 2;
    this.style("body", 10);
    const draw = () => {
      if (this.doc.y > this.doc.page.margins.top + 1) this.doc.y += space;
      // The bookmark leads to the page and height where the heading is drawn.
      if (outline) (outline as unknown as { outlineData: { Dest: unknown[] } }).outlineData.Dest = [this.doc.page.dictionary, "XYZ", null, this.doc.page.height - this.doc.y + 4, null];
      this.style("bold", size, level === 3 ? COLORS.text : COLORS.accent);
      this.tag(`H${level}`, () => this.drawLines(lines, this.left));
      this.doc.y += 2;
      this.style("body", 10);
    };
    const before = this.pending;
    this.pending = before ? { height: before.height + height, draw: () => (before.draw(), draw()) } : { height, draw };
    return outline;
  }

  /** Draw whatever is still waiting (a heading with nothing after it) before the document ends. */
  finish(): this {
    return this.ensureSpace(0);
  }

  /** Measure `text` in its style and make room for it (no orphan or widow line); then draw it with `drawText`. */
  private placeText(text: string, opts: TextStyle): Line[] {
    this.style(opts.font ?? "body", opts.size ?? 10, opts.color ?? COLORS.text);
    const lines = this.lines(text, this.width - (opts.indent ?? 0));
    this.ensureSpace(Math.min(lines.length, 2) * this.lineHeight()).keepLines(lines.length);
    return lines;
  }

  private drawText(lines: Line[], opts: TextStyle): this {
    this.drawLines(lines, this.left + (opts.indent ?? 0));
    this.doc.y += (opts.gap ?? 0.35) * this.size;
    this.style("body", 10);
    return this;
  }

  /** Text with no structure element of its own (inside a `mark`); the next text starts `gap` lines below. */
  write(text: string, opts: TextStyle = {}): this {
    return this.drawText(this.placeText(text, opts), opts);
  }

  para(text: string, opts: TextStyle = {}): this {
    const lines = this.placeText(text, opts);
    return this.tag("P", () => this.drawText(lines, opts));
  }

  bullets(items: string[], empty?: string): this {
    if (items.length === 0) return empty ? this.para(empty, { color: COLORS.muted }) : this;
    this.style("body", 10);
    this.open("L");
    for (const item of items) {
      const lines = this.lines(item, this.width - 16);
      this.ensureSpace(Math.min(lines.length, 2) * this.lineHeight()).keepLines(lines.length);
      const y = this.doc.y;
      this.open("LI");
      this.tag("Lbl", () => this.drawLines([{ text: "•", width: this.measure("•") }], this.left + 4));
      this.doc.y = y;
      this.tag("LBody", () => this.drawLines(lines, this.left + 16));
      this.close();
      this.doc.y += 2.5;
    }
    this.close();
    return this;
  }

  /** Label/value rows as a two-column table, the label a row header. Empty values show `dash`. */
  facts(rows: Array<[string, string | null | undefined]>, dash = "–", labelWidth = 150): this {
    const valueWidth = this.width - labelWidth - 10;
    const lh = (font: Font, size: number) => (this.style(font, size), this.lineHeight());
    const measured = rows.map(([label, value]) => {
      const shown = value === null || value === undefined || value === "" ? dash : value;
      const l = (this.style("bold", 9, COLORS.muted), this.lines(label, labelWidth));
      const v = (this.style("body", 10), this.lines(shown, valueWidth));
      return { l, v, h: Math.max(l.length * lh("bold", 9), v.length * lh("body", 10)) + 3 };
    });
    // A short table stays on one page; a long one keeps at least two rows together at a break.
    const total = measured.reduce((a, r) => a + r.h, 0);
    this.ensureSpace(total <= 220 ? total : (measured[0]?.h ?? 0));
    this.open("Table");
    measured.forEach(({ l, v, h }, i) => {
      const next = measured[i + 1]?.h ?? 0;
      this.ensureSpace(Math.min(h + (i === measured.length - 2 ? next : 0), 300));
      const y = this.doc.y;
      this.open("TR");
      this.style("bold", 9, COLORS.muted).tag("TH", () => this.drawLines(l, this.left), { scope: "Row" });
      const afterLabel = this.doc.y;
      this.doc.y = y;
      this.style("body", 10).tag("TD", () => this.drawLines(v, this.left + labelWidth + 10));
      this.close();
      // A value that broke onto a new page ends above the label's end: keep the later position.
      if (this.doc.y < afterLabel && this.doc.y > y) this.doc.y = afterLabel;
      this.doc.y += 3;
    });
    this.close();
    this.style("body", 10);
    this.doc.x = this.left;
    return this;
  }

  /** A small shaded notice (withheld items, redaction labels): a P, or content for `into` when given. */
  notice(lines: string[], color = COLORS.muted, into?: StructContent[]): this {
    const pad = 6;
    this.style("body", 9, color);
    const measured = this.lines(lines.join("\n"), this.width - 2 * pad);
    const h = measured.length * this.lineHeight() + 2 * pad;
    this.ensureSpace(h + 4);
    const y = this.doc.y;
    this.artifact(() => this.doc.save().rect(this.left, y, this.width, h).fill(COLORS.mark).restore());
    this.doc.fillColor(color);
    this.doc.y = y + pad;
    const content = this.mark("P", () => this.drawLines(measured, this.left + pad));
    if (into) into.push(content);
    else this.add("P", [content]);
    this.doc.y = y + h + 4;
    this.style("body", 10);
    return this;
  }

  rule(): this {
    this.ensureSpace(0);
    const y = this.doc.y + 2;
    if (y + 8 > this.doc.page.maxY()) return this;
    this.artifact(() => this.doc.save().moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.4).strokeColor(COLORS.rule).stroke().restore());
    this.doc.y = y + 6;
    return this;
  }
}
