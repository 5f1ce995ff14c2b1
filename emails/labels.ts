import type { Locale, RequestTypeCode } from "../lib/db/types";

/**
 * Request type names as the subject sees them in emails. The article is part of the label so that the
 * subject (and the Ombudsman, if the email is forwarded) can tell exactly which right was exercised.
 */
export const requestTypeLabels: Record<Locale, Record<RequestTypeCode, string>> = {
  fi: {
    access: "Tietojen tarkastuspyyntö (art. 15)",
    rectification: "Tietojen oikaisupyyntö (art. 16)",
    erasure: "Tietojen poistopyyntö (art. 17)",
    restriction: "Käsittelyn rajoittamispyyntö (art. 18)",
    objection: "Käsittelyn vastustaminen (art. 21)",
    consent_withdrawal: "Suostumuksen peruuttaminen (art. 7(3))",
    portability: "Tietojen siirtopyyntö (art. 20)",
  },
  sv: {
    access: "Begäran om tillgång till uppgifter (art. 15)",
    rectification: "Begäran om rättelse (art. 16)",
    erasure: "Begäran om radering (art. 17)",
    restriction: "Begäran om begränsning av behandling (art. 18)",
    objection: "Invändning mot behandling (art. 21)",
    consent_withdrawal: "Återkallande av samtycke (art. 7(3))",
    portability: "Begäran om dataportabilitet (art. 20)",
  },
  en: {
    access: "Access request (Art. 15)",
    rectification: "Rectification request (Art. 16)",
    erasure: "Erasure request (Art. 17)",
    restriction: "Request to restrict processing (Art. 18)",
    objection: "Objection to processing (Art. 21)",
    consent_withdrawal: "Withdrawal of consent (Art. 7(3))",
    portability: "Data portability request (Art. 20)",
  },
};

/** A staff member's role in an organisation as the staff invitation names it. */
export const staffRoleLabels: Record<Locale, Record<"staff" | "admin", string>> = {
  fi: { staff: "käsittelijä", admin: "pääkäyttäjä" },
  sv: { staff: "handläggare", admin: "administratör" },
  en: { staff: "handler", admin: "admin" },
};

const EN_MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** The calendar date in Helsinki: deadlines are Helsinki dates (LEGAL.md §1), whatever the server's zone. */
function helsinkiDateParts(value: string | Date): [number, number, number] {
  if (typeof value === "string") {
    // A bare date is already a Helsinki calendar date; parsing it as a Date would shift it to UTC midnight.
    const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (bare) return [Number(bare[1]), Number(bare[2]), Number(bare[3])];
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`formatDate: not a date: ${String(value)}`);
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get("year"), get("month"), get("day")];
}

/**
 * fi and sv "7.4.2026" (Finland-Swedish uses the Finnish numeric style), en "7 April 2026" (month
 * spelled out so that neither a British nor an American reader misreads it). Built by hand rather
 * than with Intl so that the output does not depend on the ICU data shipped with Node.
 */
export function formatDate(isoDate: string | Date, locale: Locale): string {
  const [year, month, day] = helsinkiDateParts(isoDate);
  if (locale === "en") return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  return `${day}.${month}.${year}`;
}

/** Salutation: the recipient's name is optional, and "Hei ," must never go out. */
export function greeting(locale: Locale, recipientName?: string): string {
  const name = recipientName?.trim();
  const word = { fi: "Hei", sv: "Hej", en: "Hello" }[locale];
  return name ? `${word} ${name},` : `${word},`;
}
