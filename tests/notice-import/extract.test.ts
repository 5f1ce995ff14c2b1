import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractNoticeText } from "@/lib/notice-import/extract";
import { parseNotice } from "@/lib/notice-import/parse-notice";
import { MAX_UPLOAD_BYTES } from "@/lib/notice-import/file-type";
import { seedText } from "./seeds";

const bytes = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures", name)));
const values = (text: string) => {
  const d = parseNotice(text);
  return { fields: Object.fromEntries(Object.entries(d.fields).map(([k, v]) => [k, v!.items])), headings: d.headings, title: d.title, noticeDate: d.noticeDate };
};
const refusal = (p: Promise<unknown>) => p.then(() => "accepted", (e: Error) => e.message);

describe("a .docx and a .pdf of notice 000 give the same draft as its text", () => {
  const expected = values(seedText("000"));
  it.each(["notice-000.docx", "notice-000.pdf"])("%s", async (name) => {
    expect(values(await extractNoticeText(bytes(name), name))).toEqual(expected);
  });
  it("the .txt and .html forms as well", async () => {
    expect(values(await extractNoticeText(new TextEncoder().encode(seedText("000")), "seloste.txt"))).toEqual(expected);
    const html = `<!doctype html><html><body>${seedText("000").split(/\n\s*\n/).map((b) => `<p>${b.trim().replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</p>`).join("\n")}</body></html>`;
    expect(values(await extractNoticeText(new TextEncoder().encode(html), "seloste.html"))).toEqual(expected);
  });
});

describe("hostile files are refused with a reason", () => {
  it.each([
    ["hostile-script.html", "import_html_active"],
    ["hostile-zip-bomb.docx", "import_docx_unsafe"],
    ["binary.txt", "import_binary"],
    ["binary-elf.docx", "import_binary"],
    ["wrong-extension.pdf", "import_type_mismatch"],
  ])("%s → %s", async (name, code) => {
    expect(await refusal(extractNoticeText(bytes(name), name))).toBe(code);
  });
  it("a huge file, an empty one, an unknown extension, a .docx that is not Word, a PDF that is not one", async () => {
    expect(await refusal(extractNoticeText(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61), "big.txt"))).toBe("import_too_large");
    expect(await refusal(extractNoticeText(new Uint8Array(0), "empty.txt"))).toBe("import_empty");
    expect(await refusal(extractNoticeText(new TextEncoder().encode("text"), "notice.exe"))).toBe("import_unsupported_type");
    expect(await refusal(extractNoticeText(bytes("notice-000.docx"), "notice.txt"))).toBe("import_type_mismatch");
    expect(await refusal(extractNoticeText(new TextEncoder().encode("%PDF-1.4 garbage"), "x.pdf"))).toBe("import_pdf_invalid");
  });
});
