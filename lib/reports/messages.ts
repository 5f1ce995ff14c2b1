/**
 * The report's labels, read straight from the `reports` namespace JSON (not through next-intl) so the
 * PDF, JSON and CSV writers also run in scripts, workers and tests outside a Next request.
 */
import fi from "../i18n/messages/fi/reports.json";
import sv from "../i18n/messages/sv/reports.json";
import en from "../i18n/messages/en/reports.json";
import type { Locale } from "../db/types";
import { formatDate } from "@/emails/labels";

export type ReportMessages = (typeof fi)["reports"];

const all: Record<Locale, ReportMessages> = { fi: fi.reports, sv: sv.reports, en: en.reports };

export function reportMessages(locale: Locale): ReportMessages {
  return all[locale] ?? all.fi;
}

/**
 * ICU `{name}` placeholders and `{name, plural, one {# …} other {# …}}` (counts: "1 anteckning", never
 * "1 anteckningar"); the report messages use nothing more, and the writers run outside next-intl.
 */
export function fill(template: string, vars: Record<string, string | number>, locale: Locale = "fi"): string {
  const plurals = template.replace(/\{(\w+),\s*plural,\s*((?:=?\w+\s*\{[^{}]*\}\s*)+)\}/g, (m, k: string, body: string) => {
    if (!(k in vars)) return m;
    const n = Number(vars[k]);
    const forms = new Map([...body.matchAll(/(=?\w+)\s*\{([^{}]*)\}/g)].map((b) => [b[1], b[2]] as [string, string]));
    const form = forms.get(`=${n}`) ?? forms.get(new Intl.PluralRules(locale).select(n)) ?? forms.get("other") ?? "";
    return form.replace(/#/g, new Intl.NumberFormat(locale).format(n));
  });
  return plurals.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/**
 * A label from a code map, falling back to `other` (or the code) for codes added after this file.
 * Audit actions are written "request.assigned" or "request_filed"; message keys cannot hold dots
 * (next-intl reads them as nesting), so both spellings look up the underscore key.
 */
export function labelOf(map: Record<string, string>, code: string): string {
  return map[code.replace(/\./g, "_")] ?? map.other ?? code;
}

export { formatDate };

// One formatter, made once: building an Intl.DateTimeFormat per call cost a third of the time of a
// 10,000-note report.
const helsinki = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Helsinki",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Helsinki's offset from UTC in ms at `ms`, from the formatter (the tz database), not a rule of our own. */
function offsetAt(ms: number): number {
  const p: Record<string, number> = {};
  for (const x of helsinki.formatToParts(ms)) p[x.type] = Number(x.value);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return local - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The offset per UTC month: asking the formatter once per note was most of this function's time.
 * Helsinki changes its clocks twice a year, months apart, so a month holds at most one change: a
 * month whose first and last minute share an offset has it throughout; in a month with a change,
 * the minute of the change is found by bisection, once.
 */
type MonthOffset = { before: number; after: number; change: number };
const monthOffsets = new Map<number, MonthOffset>();

function helsinkiOffset(ms: number): number {
  const d = new Date(ms);
  const key = d.getUTCFullYear() * 12 + d.getUTCMonth();
  let m = monthOffsets.get(key);
  if (!m) {
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    let lo = start;
    let hi = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 60_000;
    const [before, after] = [offsetAt(lo), offsetAt(hi)];
    // Invariant: offsetAt(lo) === before, offsetAt(hi) === after; ends with hi the first minute after.
    while (before !== after && hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    m = { before, after, change: before === after ? Infinity : hi };
    if (monthOffsets.size >= 10_000) monthOffsets.clear();
    monthOffsets.set(key, m);
  }
  return ms < m.change ? m.before : m.after;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Date and time in Helsinki: fi "7.4.2026 klo 14.05", sv "7.4.2026 kl. 14.05", en "7 April 2026, 14:05". */
export function formatDateTime(iso: string | Date, locale: Locale): string {
  const ms = typeof iso === "string" ? Date.parse(iso) : iso.getTime();
  if (Number.isNaN(ms)) throw new Error(`formatDateTime: not a date: ${String(iso)}`);
  const t = new Date(ms + helsinkiOffset(ms));
  // A bare Helsinki calendar date for formatDate, so dates read exactly as in the emails.
  const date = formatDate(`${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}`, locale);
  const [hh, mm] = [two(t.getUTCHours()), two(t.getUTCMinutes())];
  if (locale === "fi") return `${date} klo ${hh}.${mm}`;
  if (locale === "sv") return `${date} kl. ${hh}.${mm}`;
  return `${date}, ${hh}:${mm}`;
}

/** The supervisory authority's contact details (LEGAL.md §3), in the report's language. */
export function ombudsmanContact(locale: Locale) {
  const m = reportMessages(locale).ombudsman;
  return {
    authority: m.authority,
    // The Swedish street name is official (Fågelviksgränden); the PDF is read in the report's language.
    visitingAddress: { fi: "Lintulahdenkuja 4, 00530 Helsinki", sv: "Fågelviksgränden 4, 00530 Helsingfors", en: "Lintulahdenkuja 4, 00530 Helsinki, Finland" }[locale],
    postalAddress: { fi: "PL 800, 00531 Helsinki", sv: "PB 800, 00531 Helsingfors", en: "PO Box 800, 00531 Helsinki, Finland" }[locale],
    email: "tietosuoja@om.fi",
    phone: "+358 29 566 6700",
    website: "tietosuoja.fi",
  };
}
