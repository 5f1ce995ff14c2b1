/**
 * The texts the server writes into a request's conversation about a representative's authority, read
 * straight from the message JSON (as lib/reports/messages.ts does) so they work outside a Next request.
 */
import fi from "../i18n/messages/fi/portal.json";
import sv from "../i18n/messages/sv/portal.json";
import en from "../i18n/messages/en/portal.json";
import fiLabels from "../i18n/messages/fi/labels.json";
import svLabels from "../i18n/messages/sv/labels.json";
import enLabels from "../i18n/messages/en/labels.json";
import type { Locale } from "../db/types";
import { isRepresentativeRole } from "./constants";

const texts = { fi: fi.representation, sv: sv.representation, en: en.representation };
const roles = { fi: fiLabels.labels.representativeRole, sv: svLabels.labels.representativeRole, en: enLabels.labels.representativeRole };

/** A role code's label in the language; free text from older requests is shown as it is. */
export function representativeRoleLabel(locale: Locale, role: string): string {
  return isRepresentativeRole(role) ? roles[locale][role] : role;
}

export function authorityConfirmedText(locale: Locale, v: { name: string; role: string }): string {
  return (texts[locale] ?? texts.fi).confirmedMessage.replace("{name}", v.name).replace("{role}", representativeRoleLabel(locale, v.role));
}
