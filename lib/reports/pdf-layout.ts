/**
 * The blocks of the report PDF — headings with bookmarks, paragraphs, bullet lists, label/value
 * tables and notices — each as its structure elements (H1–H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD),
 * laid out compactly: a heading waits for its content and moves with it, a paragraph leaves no line
 * alone at a page's foot or head, a short table stays on one page.
 */
import { COLORS, TaggedPages, type Font, type StructContent, type TextStyle } from "./pdf-page";
import type { Line } from "./pdf-text";

export { COLORS, fontPath, type ComposerOptions, type TextStyle } from "./pdf-page";
type Outline = PDFKit.PDFOutline;

export class PdfComposer extends TaggedPages {
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

  /** Vertical space, dropped at the top of a page. */
  gap(points: number): this {
    if (this.doc.y > this.doc.page.margins.top + 1) this.doc.y += points;
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
