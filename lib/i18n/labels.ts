/**
 * One translated label per stored code (issue 12: people see labels, never codes). The table is the
 * `labels` namespace JSON, read directly (not through next-intl) so the report writers, emails,
 * scripts and server components share it. Covers every pgEnum of lib/db/schema/enums.ts and the
 * codes stored in text columns (gender, languages, working life, consents, channels, …).
 */
import fi from "./messages/fi/labels.json";
import sv from "./messages/sv/labels.json";
import en from "./messages/en/labels.json";
import type { Locale } from "../db/types";

export type LabelTables = (typeof fi)["labels"];
export type LabelKind = Exclude<keyof LabelTables, "other">;

const all: Record<Locale, LabelTables> = { fi: fi.labels, sv: sv.labels, en: en.labels };

/** The tables of one language (e.g. to hand a client component the options of a select). */
export function labelTables(locale: Locale): LabelTables {
  return all[locale] ?? all.fi;
}

/**
 * The label of a code. A code added after this table reads as "other" rather than as the code: a
 * person must never see a database token (the test in tests/reports/no-codes.test.ts holds us to it).
 * Free text stored in a code column (e.g. an imported mother tongue "somali") passes through.
 */
export function labelFor(locale: Locale, kind: LabelKind, code: string): string;
export function labelFor(locale: Locale, kind: LabelKind, code: string | null | undefined): string | null;
export function labelFor(locale: Locale, kind: LabelKind, code: string | null | undefined): string | null {
  if (code === null || code === undefined || code === "") return null;
  const table = labelTables(locale);
  const map = table[kind] as Record<string, string>;
  const hit = map[code] ?? map[code.toLowerCase()];
  if (hit) return hit;
  return isCodeLike(code) ? table.other.unknown : code;
}

/**
 * The label of an audit event's action on a timeline (issue 11: never a raw code such as
 * `status_completed`). Codes keep their dots in the trail ("request.completed"); the table's keys use "_"
 * because next-intl reads "." as nesting. An action without a label reads as "other processing step".
 */
export function auditActionLabel(locale: Locale, action: string): string {
  const map = labelTables(locale).auditAction as Record<string, string>;
  return map[action.replace(/\./g, "_")] ?? map.other;
}

/** The (code, label) pairs of one kind, in table order: the options of a select. */
export function labelOptions(locale: Locale, kind: LabelKind): Array<{ code: string; label: string }> {
  return Object.entries(labelTables(locale)[kind] as Record<string, string>).map(([code, label]) => ({ code, label }));
}

/** snake_case or a bare lower-case token of 2–3 letters: what a database code looks like. */
export function isCodeLike(value: string): boolean {
  return /^[a-z0-9]+(_[a-z0-9]+)+$/.test(value) || /^[a-z]{2,3}$/.test(value);
}

/** Person fields whose value is a code, and the table that names it (rectification, person pages). */
const FIELD_KINDS: Record<string, LabelKind> = {
  gender: "gender",
  motherTongue: "language",
  serviceLanguage: "locale",
  workingLifeStatus: "workingLifeStatus",
  relationshipState: "relationshipState",
};

export function fieldLabelKind(field: string): LabelKind | null {
  return FIELD_KINDS[field] ?? null;
}

/** A person field's value as a person reads it: the label for a coded field, the text otherwise. */
export function fieldValueLabel(locale: Locale, field: string, value: string | null | undefined): string | null {
  const kind = fieldLabelKind(field);
  if (value === null || value === undefined) return null;
  return kind ? labelFor(locale, kind, value) : value;
}

/**
 * A consent as a person reads it: the purpose's label, then its explanation. Staff record the wording
 * in Finnish; in sv and en the purpose is explained in that language (the wording stays in the report).
 */
export function consentText(locale: Locale, consent: { purpose: string; description: string | null }): string {
  const title = labelFor(locale, "consentPurpose", consent.purpose);
  const explained = locale === "fi" ? null : (labelTables(locale).consentPurposeDescription as Record<string, string>)[consent.purpose];
  const text = explained ?? consent.description;
  return text ? `${title}: ${text}` : title;
}
