/**
 * The authority document's type, decided from its first bytes (magic numbers), never from the file
 * name or the type the browser claimed: a file that is not really a PDF, PNG or JPEG is refused, so
 * staff never open something else under a harmless name. Pure.
 */
export type AuthorityDocumentType = "application/pdf" | "image/png" | "image/jpeg";

const SIGNATURES: Array<{ type: AuthorityDocumentType; bytes: number[] }> = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export function sniffDocumentType(head: Uint8Array): AuthorityDocumentType | null {
  for (const s of SIGNATURES) {
    if (head.length >= s.bytes.length && s.bytes.every((b, i) => head[i] === b)) return s.type;
  }
  return null;
}

/** What the file's name or the browser claimed must at least agree with the bytes (a mislabelled upload is a mistake worth telling). */
export function claimedTypeAgrees(claimed: string, actual: AuthorityDocumentType): boolean {
  const c = claimed.split(";")[0].trim().toLowerCase();
  if (!c || c === "application/octet-stream") return true;
  if (actual === "image/jpeg") return c === "image/jpeg" || c === "image/jpg" || c === "image/pjpeg";
  return c === actual;
}
