import { formatDate } from "@/emails/labels";
import type { Locale } from "@/lib/db/types";

/** Dates as Finnish readers expect them (7.4.2026), in Helsinki time whatever the server's zone. */
export function showDate(value: string | Date | null | undefined, locale: string): string {
  if (!value) return "–";
  return formatDate(value, (["fi", "sv", "en"].includes(locale) ? locale : "fi") as Locale);
}

export function showDateTime(value: Date | string | null | undefined, locale: string): string {
  if (!value) return "–";
  const d = typeof value === "string" ? new Date(value) : value;
  const time = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale === "sv" ? "sv-FI" : "fi-FI", {
    timeZone: "Europe/Helsinki",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
  return `${showDate(d, locale)} ${time}`;
}
