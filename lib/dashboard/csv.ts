/**
 * The two shapes of the accountability export (Art. 5(2)): "spreadsheet" for people — `;`-separated as
 * Finnish Excel expects, headers and values in the staff member's language, d.m.yyyy dates — and
 * "machine" with the stored codes, ISO dates and `,`. Both start with a UTF-8 BOM so a spreadsheet reads
 * ä and ö right. Pure: the query streams rows through `exportLine`.
 */
import fi from "../i18n/messages/fi/staff.json";
import sv from "../i18n/messages/sv/staff.json";
import en from "../i18n/messages/en/staff.json";
import type { Locale } from "../db/types";
import { labelFor } from "../i18n/labels";

export const EXPORT_COLUMNS = [
  "reference",
  "organisation",
  "type",
  "status",
  "channel",
  "received_on",
  "due_on",
  "extended_due_on",
  "extended",
  "paused_days",
  "required_level",
  "assignee",
  "closed_on",
  "handled_on_time",
  "rejection_ground",
  "forwarded",
] as const;

export type ExportVariant = "spreadsheet" | "machine";
export const EXPORT_VARIANTS: readonly ExportVariant[] = ["spreadsheet", "machine"];

export type ExportRow = {
  reference: string;
  organisation: string;
  type: string;
  status: string;
  channel: string;
  receivedOn: string;
  dueOn: string;
  extendedDueOn: string | null;
  pausedDays: number;
  requiredLevel: number;
  assignee: string | null;
  closedOn: string | null;
  rejectionGround: string | null;
  forwarded: string | null;
};

const staff = { fi, sv, en } as const;

export function csvCell(v: unknown, separator: string): string {
  const s = v === null || v === undefined ? "" : String(v);
  // A leading = + - @ is neutralised so spreadsheets do not run it (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return safe.includes(separator) || /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Handled on time: decided (completed or refused) on or before the effective due date. A withdrawn
 * request was handled by nobody, and an open one is not handled yet: neither counts either way.
 */
export function handledOnTime(r: Pick<ExportRow, "status" | "closedOn" | "dueOn" | "extendedDueOn">): boolean | null {
  if (!r.closedOn || (r.status !== "completed" && r.status !== "rejected")) return null;
  return r.closedOn <= (r.extendedDueOn ?? r.dueOn);
}

/** "2026-03-05" → "5.3.2026" (fi, sv); English keeps the ISO date. */
export function spreadsheetDate(iso: string | null, locale: Locale): string {
  if (!iso) return "";
  if (locale === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
}

export function exportSeparator(variant: ExportVariant): string {
  return variant === "machine" ? "," : ";";
}

export function exportHeader(variant: ExportVariant, locale: Locale): string {
  const sep = exportSeparator(variant);
  const names = variant === "machine" ? [...EXPORT_COLUMNS] : EXPORT_COLUMNS.map((c) => staff[locale].staffExport.columns[c]);
  return `\ufeff${names.map((n) => csvCell(n, sep)).join(sep)}\r\n`;
}

export function exportLine(r: ExportRow, variant: ExportVariant, locale: Locale): string {
  const sep = exportSeparator(variant);
  const onTime = handledOnTime(r);
  if (variant === "machine") {
    const yn = (b: boolean | null) => (b === null ? "" : b ? "yes" : "no");
    return [r.reference, r.organisation, r.type, r.status, r.channel, r.receivedOn, r.dueOn, r.extendedDueOn, yn(Boolean(r.extendedDueOn)), r.pausedDays, r.requiredLevel, r.assignee, r.closedOn, yn(onTime), r.rejectionGround, yn(Boolean(r.forwarded))]
      .map((v) => csvCell(v, sep))
      .join(sep) + "\r\n";
  }
  const m = staff[locale];
  const yn = (b: boolean | null) => (b === null ? "" : b ? m.staffExport.yes : m.staffExport.no);
  const ground = r.rejectionGround ? ((m.staffLabels.rejectionGround as Record<string, string>)[r.rejectionGround] ?? labelFor(locale, "requestStatus", "rejected")) : "";
  const date = (d: string | null) => spreadsheetDate(d, locale);
  return [
    r.reference,
    r.organisation,
    labelFor(locale, "requestType", r.type),
    labelFor(locale, "requestStatus", r.status),
    labelFor(locale, "requestChannel", r.channel),
    date(r.receivedOn),
    date(r.dueOn),
    date(r.extendedDueOn),
    yn(Boolean(r.extendedDueOn)),
    r.pausedDays,
    r.requiredLevel,
    r.assignee,
    date(r.closedOn),
    yn(onTime),
    ground,
    yn(Boolean(r.forwarded)),
  ]
    .map((v) => csvCell(v, sep))
    .join(sep) + "\r\n";
}
