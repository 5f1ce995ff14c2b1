/** The label key of a rectification item's field: case-note items ("caseNotes", "caseNote:<id>") share one. */
export function fieldKey(field: string): string {
  return field.startsWith("caseNote") ? "caseNotes" : field;
}
