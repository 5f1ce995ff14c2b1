/**
 * Writes the binary fixtures (.docx and .pdf of seed notice 000, a zip-bomb .docx) from the seed text.
 * Run once with `npx tsx tests/notice-import/make-fixtures.ts`; the outputs are committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import PDFDocument from "pdfkit";
import { seedText } from "./seeds";

const dir = path.join(__dirname, "fixtures");
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Blocks of the text: paragraphs keep their line breaks, each "- " item is a paragraph of its own. */
function blocks(text: string): string[][] {
  const out: string[][] = [];
  for (const block of text.replace(/\r\n/g, "\n").split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((l) => l.trim());
    let para: string[] = [];
    for (const l of lines) {
      if (/^- /.test(l)) {
        if (para.length) out.push(para);
        para = [];
        out.push([l]);
      } else para.push(l);
    }
    if (para.length) out.push(para);
  }
  return out;
}

function docx(text: string): Uint8Array {
  const body = blocks(text)
    .map((b) => `<w:p><w:r>${b.map((l, i) => `${i ? "<w:br/>" : ""}<w:t xml:space="preserve">${esc(l)}</w:t>`).join("")}</w:r></w:p>`)
    .join("");
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/document.xml": strToU8(documentXml),
  });
}

async function pdf(text: string): Promise<Buffer> {
  const font = path.join(path.dirname(createRequire(__filename).resolve("dejavu-fonts-ttf/package.json")), "ttf", "DejaVuSans.ttf");
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: "Tietosuojaseloste", CreationDate: new Date("2018-05-21T00:00:00Z") } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on("end", () => r(Buffer.concat(chunks))));
  doc.font(font).fontSize(10);
  for (const b of blocks(text)) {
    for (const l of b) doc.text(l, { align: "left" });
    doc.moveDown(0.8);
  }
  doc.end();
  return done;
}

async function main() {
  const text = seedText("000");
  writeFileSync(path.join(dir, "notice-000.docx"), docx(text));
  writeFileSync(path.join(dir, "notice-000.pdf"), await pdf(text));
  // A zip bomb dressed as .docx: a valid document plus one entry that inflates from ~20 kB to 50 MB.
  const bomb = zipSync({ "word/document.xml": strToU8("<w:document/>"), "word/media/bomb.bin": new Uint8Array(50_000_000) }, { level: 9 });
  writeFileSync(path.join(dir, "hostile-zip-bomb.docx"), bomb);
  void readFileSync;
}
void main();
