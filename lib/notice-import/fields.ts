/**
 * The fields an imported notice fills (the register's RegisterNotice plus the parts of Art. 13/14 that live
 * on the organisation or as extra sections: controller, DPO, automated decisions).
 */
export const IMPORT_FIELDS = [
  "name",
  "controller",
  "contact",
  "dpo",
  "purposes",
  "legalBasis",
  "subjectGroups",
  "dataCategories",
  "sources",
  "recipients",
  "transfers",
  "retention",
  "security",
  "rights",
  "automatedDecisions",
  "changes",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One passage of the original notice: its heading (if any) and its text, verbatim after clean-up. */
export type Passage = { id: string; heading?: string; text: string };

/** A field of the draft: its values (paragraphs or list items) and the passages they came from. */
export type DraftField = { items: string[]; sourceIds: string[] };

export type ImportDraft = {
  locale: "fi" | "sv" | "en";
  /** How headings were recognised: numbered lines, a heading-TAB-content table, or plain lines. */
  layout: "numbered" | "table" | "plain";
  /** The document's title line (before the first heading), offered as the register name if none is given. */
  title?: string;
  /** The notice's date from a closing "Turussa 21.5.2018" line (ISO), if any. */
  noticeDate?: string;
  fields: Partial<Record<ImportField, DraftField>>;
  passages: Passage[];
  /** Passages that map to no field: the admin assigns or drops each one (nothing is guessed silently). */
  unplaced: string[];
  /** Every heading found and the fields it was mapped to (empty = not placed). */
  headings: Array<{ heading: string; fields: ImportField[] }>;
};
