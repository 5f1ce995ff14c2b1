import type { Locale } from "../db/types";
import { namespaces } from "../i18n/namespaces";

export type SlipText = { title: string; intro: string; reference: string; secret: string; steps: string[]; keep: string };

/**
 * An anonymous client's slip in the client's language, which need not be the staff member's: read
 * straight from the message files (next-intl serves one language per request). Pure.
 */
export function clientSlipText(locale: Locale, baseUrl: string): SlipText {
  const m = (namespaces[locale] ?? namespaces.fi).clientSlip;
  const fill = (s: string, url: string) => s.replace("{url}", url);
  return {
    title: m.title,
    intro: m.intro,
    reference: m.reference,
    secret: m.secret,
    steps: [fill(m.step1, baseUrl), fill(m.step2, `${baseUrl}/my/verify`), m.step3],
    keep: m.keep,
  };
}
