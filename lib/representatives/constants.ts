/**
 * Who may act for someone else (LEGAL.md §2): a guardian of a minor (huoltaja, Act on Child Custody
 * 361/1983 § 4), a guardian appointed by a court (edunvalvoja, Guardianship Services Act 442/1999 § 29),
 * or the holder of a power of attorney. Staff check the document before anything is released.
 */
export const REPRESENTATIVE_ROLES = ["guardian", "court_guardian", "power_of_attorney"] as const;
export type RepresentativeRole = (typeof REPRESENTATIVE_ROLES)[number];

export function isRepresentativeRole(v: unknown): v is RepresentativeRole {
  return typeof v === "string" && (REPRESENTATIVE_ROLES as readonly string[]).includes(v);
}

/** The document's size limit: a phone photo of a decision fits, a whole scanned file folder does not. */
export const AUTHORITY_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Sent by the portal's upload form: a custom header forces a CORS preflight, which this app never
 * answers, so no other site can make a signed-in browser post a filing (multipart needs no preflight).
 */
export const UPLOAD_HEADER = "x-omatieto-upload";
