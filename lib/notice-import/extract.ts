import { decodeText, detectKind, ImportRefused, MAX_TEXT_CHARS } from "./file-type";
import { extractDocx } from "./extract-docx";
import { extractPdf } from "./extract-pdf";
import { hasActiveContent, htmlToText } from "./html-text";

/** An uploaded file → the notice's plain text; a refusal (ImportRefused) otherwise. Nothing is stored here. */
export async function extractNoticeText(bytes: Uint8Array, name: string): Promise<string> {
  const kind = detectKind(bytes, name);
  if (kind === "docx") return checkText(await extractDocx(bytes));
  if (kind === "pdf") return checkText(await extractPdf(bytes));
  const text = decodeText(bytes);
  if (kind === "html") {
    if (hasActiveContent(text)) throw new ImportRefused("import_html_active");
    return checkText(htmlToText(text));
  }
  return checkText(text);
}

/** Pasted or extracted text: not empty, not too long. */
export function checkText(text: string): string {
  if (!text.trim()) throw new ImportRefused("import_empty");
  if (text.length > MAX_TEXT_CHARS) throw new ImportRefused("import_too_long");
  return text;
}
