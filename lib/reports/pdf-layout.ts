/**
 * Layout primitives for the report PDF on top of pdfkit: headings with PDF bookmarks, paragraphs,
 * bullet lists, label/value rows, and the running header and page number drawn as each page is
 * added — pages are flushed to the output as they fill (no bufferPages), so a 10,000-note report
 * never sits in memory.
 */
import path from "node:path";
import PDFDocument from "pdfkit";

type Outline = PDFKit.PDFOutline;
type Font = "body" | "bold";

export const COLORS = { text: "#1a1a1a", muted: "#555555", accent: "#0b4f8a", special: "#8a3b00", rule: "#c8c8c8", mark: "#f1f1f1" };

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
  private font: Font = "body";
  private size = 10;
  private color = COLORS.text;

  constructor(private readonly opts: ComposerOptions) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: 70, bottom: 60, left: 62, right: 62 },
      autoFirstPage: false,
      bufferPages: false,
      pdfVersion: "1.7",
      lang: opts.lang,
      displayTitle: true,
      info: { Title: opts.title, Author: opts.author, Creator: "Omatieto", Producer: "Omatieto (pdfkit)" },
    } as PDFKit.PDFDocumentOptions);
    this.doc.registerFont("body", fontPath("DejaVuSans.ttf"));
    this.doc.registerFont("bold", fontPath("DejaVuSans-Bold.ttf"));
    this.doc.on("pageAdded", () => this.drawChrome());
    this.doc.addPage();
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get left(): number {
    return this.doc.page.margins.left;
  }

  style(font: Font, size: number, color = COLORS.text): this {
    this.font = font;
    this.size = size;
    this.color = color;
    this.doc.font(font).fontSize(size).fillColor(color);
    return this;
  }

  /** Header and page number on every page, drawn outside the margins so they never cause a break. */
  private drawChrome() {
    this.page++;
    const { doc } = this;
    const { width, height, margins } = doc.page;
    doc.save();
    doc.font("body").fontSize(8).fillColor(COLORS.muted);
    if (this.page > 1) {
      doc.text(this.opts.header[0], margins.left, 34, { lineBreak: false });
      const right = this.opts.header[1];
      doc.text(right, width - margins.right - doc.widthOfString(right), 34, { lineBreak: false });
      doc.moveTo(margins.left, 48).lineTo(width - margins.right, 48).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    }
    const label = this.opts.pageLabel(this.page);
    doc.text(label, (width - doc.widthOfString(label)) / 2, height - 38, { lineBreak: false });
    doc.restore();
    doc.font(this.font).fontSize(this.size).fillColor(this.color);
    doc.x = margins.left;
    doc.y = margins.top;
  }

  /** Start a new page unless `height` points still fit (keeps a heading with what follows). */
  ensureSpace(height: number): this {
    if (this.doc.y + height > this.doc.page.maxY()) this.doc.addPage();
    return this;
  }

  newPage(): this {
    this.doc.addPage();
    return this;
  }

  heading(level: 1 | 2 | 3, text: string, outlineParent?: Outline | null): Outline | null {
    const size = level === 1 ? 16 : level === 2 ? 13 : 11;
    this.ensureSpace(level === 1 ? 90 : 60);
    this.doc.moveDown(level === 3 ? 0.6 : 1);
    const outline = outlineParent === null ? null : (outlineParent ?? this.doc.outline).addItem(text);
    this.style("bold", size, level === 3 ? COLORS.text : COLORS.accent);
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.style("body", 10);
    return outline;
  }

  para(text: string, opts: { size?: number; color?: string; font?: Font; indent?: number; gap?: number } = {}): this {
    this.style(opts.font ?? "body", opts.size ?? 10, opts.color ?? COLORS.text);
    const indent = opts.indent ?? 0;
    this.doc.text(text, this.left + indent, this.doc.y, { width: this.width - indent, lineGap: 1.5 });
    this.doc.moveDown(opts.gap ?? 0.35);
    this.style("body", 10);
    return this;
  }

  bullets(items: string[], empty?: string): this {
    if (items.length === 0) return empty ? this.para(empty, { color: COLORS.muted }) : this;
    for (const item of items) {
      this.ensureSpace(24);
      const y = this.doc.y;
      this.style("body", 10);
      this.doc.text("•", this.left + 4, y, { lineBreak: false });
      this.doc.text(item, this.left + 16, y, { width: this.width - 16, lineGap: 1.5 });
      this.doc.moveDown(0.25);
    }
    return this;
  }

  /** Label/value rows, label column on the left (a "definition list"). Empty values show `dash`. */
  facts(rows: Array<[string, string | null | undefined]>, dash = "–", labelWidth = 150): this {
    for (const [label, value] of rows) {
      const shown = value === null || value === undefined || value === "" ? dash : value;
      this.style("body", 10);
      const h = Math.max(
        this.doc.heightOfString(shown, { width: this.width - labelWidth - 10 }),
        this.doc.heightOfString(label, { width: labelWidth }),
      );
      this.ensureSpace(Math.min(h, 120) + 6);
      const y = this.doc.y;
      this.style("bold", 9, COLORS.muted);
      this.doc.text(label, this.left, y, { width: labelWidth });
      const afterLabel = this.doc.y;
      this.style("body", 10);
      this.doc.text(shown, this.left + labelWidth + 10, y, { width: this.width - labelWidth - 10, lineGap: 1.5 });
      // A value that broke onto a new page ends above the label's end: keep the later position.
      if (this.doc.y < afterLabel && this.doc.y > y) this.doc.y = afterLabel;
      this.doc.moveDown(0.3);
    }
    this.doc.x = this.left;
    return this;
  }

  /** A small shaded notice (withheld items, redaction labels). */
  notice(lines: string[], color = COLORS.muted): this {
    const pad = 6;
    this.style("body", 9, color);
    const text = lines.join("\n");
    const h = this.doc.heightOfString(text, { width: this.width - 2 * pad }) + 2 * pad;
    this.ensureSpace(h + 4);
    const y = this.doc.y;
    this.doc.save().rect(this.left, y, this.width, h).fill(COLORS.mark).restore();
    this.style("body", 9, color);
    this.doc.text(text, this.left + pad, y + pad, { width: this.width - 2 * pad });
    this.doc.y = y + h + 4;
    this.doc.x = this.left;
    this.style("body", 10);
    return this;
  }

  rule(): this {
    const y = this.doc.y + 2;
    this.doc.save().moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.4).strokeColor(COLORS.rule).stroke().restore();
    this.doc.y = y + 6;
    return this;
  }
}
