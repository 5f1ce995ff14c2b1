/**
 * Request references: `<prefix>-<year>-<sequence>` (e.g. "TKL-2026-0042"), the sequence counted per
 * organisation and year, at least four digits. Subjects quote it in letters and calls, so it is short,
 * unambiguous and free of personal data.
 */
export function formatReference(prefix: string, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError("sequence must be a whole number ≥ 1");
  return `${prefix}-${year}-${String(sequence).padStart(4, "0")}`;
}

/** The sequence number of a reference of this prefix and year, or null for anything else. */
export function parseReferenceSequence(reference: string, prefix: string, year: number): number | null {
  const head = `${prefix}-${year}-`;
  if (!reference.startsWith(head)) return null;
  const tail = reference.slice(head.length);
  return /^\d{4,}$/.test(tail) ? Number(tail) : null;
}
