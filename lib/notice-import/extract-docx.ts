import { unzipSync } from "fflate";
import mammoth from "mammoth";
import { htmlToText } from "./html-text";
import { ImportRefused } from "./file-type";

const MAX_ENTRIES = 500;
const MAX_TOTAL_UNCOMPRESSED = 20_000_000;
const MAX_RATIO = 200;

/**
 * A .docx → text. Zip-bomb guard first: the entries' declared sizes are checked before anything is
 * inflated, and fflate then inflates into buffers of exactly the declared size, so a lying header
 * cannot grow past it. Only a file that passed is handed to mammoth (→ HTML → our HTML-to-text).
 */
export async function extractDocx(bytes: Uint8Array): Promise<string> {
  let total = 0;
  let entries = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        entries++;
        total += f.originalSize;
        if (entries > MAX_ENTRIES || total > MAX_TOTAL_UNCOMPRESSED || f.originalSize > MAX_RATIO * Math.max(f.size, 1024)) throw new ImportRefused("import_docx_unsafe");
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ImportRefused) throw e;
    throw new ImportRefused("import_docx_invalid");
  }
  if (!files["word/document.xml"]) throw new ImportRefused("import_docx_invalid");
  const actual = Object.values(files).reduce((n, f) => n + f.length, 0);
  if (actual > MAX_TOTAL_UNCOMPRESSED) throw new ImportRefused("import_docx_unsafe");
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToText(value);
  } catch {
    throw new ImportRefused("import_docx_invalid");
  }
}
