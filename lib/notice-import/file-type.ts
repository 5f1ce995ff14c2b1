/**
 * What an uploaded file is, by its bytes (magic numbers), not by its name; the name's extension must
 * agree. Pure: no I/O, so the refusals are tested directly.
 */
export const MAX_UPLOAD_BYTES = 1_500_000; // below the 2 MB server-action body limit, so the refusal is ours and translated
export const MAX_TEXT_CHARS = 200_000;

export type ImportRefusal =
  | "import_empty"
  | "import_too_large"
  | "import_unsupported_type"
  | "import_type_mismatch"
  | "import_binary"
  | "import_html_active"
  | "import_docx_unsafe"
  | "import_docx_invalid"
  | "import_pdf_invalid"
  | "import_pdf_no_text"
  | "import_too_long";

export class ImportRefused extends Error {
  constructor(public code: ImportRefusal) {
    super(code);
  }
}

export type FileKind = "docx" | "pdf" | "html" | "txt";

const EXT: Record<string, FileKind> = { docx: "docx", pdf: "pdf", html: "html", htm: "html", txt: "txt", text: "txt" };

export function kindOfName(name: string): FileKind | null {
  const m = /\.([a-z0-9]{1,5})$/i.exec(name.trim());
  return m ? (EXT[m[1].toLowerCase()] ?? null) : null;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** Decode text: UTF-8 (with or without BOM), else Windows-1252 (old Word "Save as text"); binary is refused. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportRefused("import_binary");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // eslint-disable-next-line no-control-regex
  const control = (text.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g) ?? []).length;
  if (text.length > 0 && control / text.length > 0.01) throw new ImportRefused("import_binary");
  return text.replace(/^\uFEFF/, "");
}

/** The file's kind from its content, checked against its extension. */
export function detectKind(bytes: Uint8Array, name: string): FileKind {
  if (bytes.length === 0) throw new ImportRefused("import_empty");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new ImportRefused("import_too_large");
  const byName = kindOfName(name);
  if (!byName) throw new ImportRefused("import_unsupported_type");
  let byContent: FileKind | "binary";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) byContent = "pdf"; // %PDF-
  else if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) byContent = "docx"; // PK zip; checked for word/document.xml later
  else if (bytes.includes(0)) byContent = "binary";
  else byContent = byName === "html" || byName === "txt" ? byName : "txt";
  if (byContent === "binary") throw new ImportRefused("import_binary");
  if (byContent !== byName) throw new ImportRefused("import_type_mismatch");
  return byContent;
}
