import { describe, expect, it } from "vitest";
import PDFDocument from "pdfkit";
import { fontPath } from "@/lib/reports/pdf-layout";
import { registerSharedFont } from "@/lib/reports/pdf-fonts";

type Font = {
  layoutRun: (t: string) => { advanceWidth: number; glyphs: Array<{ id: number }> };
  encode: (t: string) => [string[], Array<{ xAdvance: number }>];
};

/** pdfkit's own font next to the shared one, each in a document of its own (the second shares the first's parse). */
function fonts() {
  const plainDoc = new PDFDocument({ autoFirstPage: false });
  plainDoc.registerFont("a", fontPath("DejaVuSans.ttf"));
  const plain = (plainDoc.font("a") as unknown as { _font: Font })._font;
  const [one, two] = [0, 1].map(() => {
    const doc = new PDFDocument({ autoFirstPage: false });
    registerSharedFont(doc, "b", fontPath("DejaVuSans.ttf"));
    return (doc.font("b") as unknown as { _font: Font })._font;
  });
  return { plain, one, two };
}

const TEXTS = ["12.3.2024 ", "10.15", "9996: ", "(17) ", "1.1.2026–31.12.2026", "+358 29 566 6700", "Tapaaminen ", "AVAIN ", "Åsa ", "Čáhcegáddi"];

describe("fonts shaped once per process", () => {
  it("gives the glyphs and widths pdfkit's own shaping gives, numbers included", () => {
    const { plain, one, two } = fonts();
    for (const f of [one, two]) {
      for (const t of TEXTS) {
        const a = plain.layoutRun(t);
        const b = f.layoutRun(t);
        expect(b.advanceWidth, t).toBeCloseTo(a.advanceWidth, 6);
        expect(b.glyphs.map((g) => g.id), t).toEqual(a.glyphs.map((g) => g.id));
      }
    }
  });

  it("encodes a line as pdfkit does, word by word", () => {
    const { plain, one } = fonts();
    const line = "Merkintä 12: keskusteltiin arjesta,  asumisesta\tja jaksamisesta. ";
    const [a, pa] = plain.encode(line);
    const [b, pb] = one.encode(line);
    expect(b).toEqual(a);
    expect(pb.map((p) => p.xAdvance)).toEqual(pa.map((p) => p.xAdvance));
    expect(one.encode(line)[0]).toEqual(a);
  });
});
