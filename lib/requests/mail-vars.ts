/** Placeholder values of the request emails (emails/templates), built in one place. Pure. */
import { formatDate, requestTypeLabels } from "@/emails/labels";
import type { Locale, RequestTypeCode } from "../db/types";

/** With `clockStart: "verification"` there is no due date yet while identity is unconfirmed. */
const DUE_AFTER_VERIFICATION: Record<Locale, string> = {
  fi: "lasketaan siitä päivästä, jona henkilöllisyytesi on varmistettu",
  sv: "räknas från den dag då din identitet har bekräftats",
  en: "counted from the day your identity is confirmed",
};

export function organisationContactLine(org: { contactEmail: string; contactPhone: string | null }): string {
  return [org.contactEmail, org.contactPhone].filter(Boolean).join(", ");
}

export function dueDateText(dueOn: string, locale: Locale, clockPending: boolean): string {
  return clockPending ? DUE_AFTER_VERIFICATION[locale] : formatDate(dueOn, locale);
}

export function requestTypeLabel(type: RequestTypeCode, locale: Locale): string {
  return requestTypeLabels[locale][type];
}
