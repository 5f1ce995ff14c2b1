import type { Locale } from "../lib/db/types";
import { formatDate, requestTypeLabels, staffRoleLabels } from "./labels";

const BASE = "https://omatieto.example";

// Neutral on purpose: the same sample fills extension, refusal and restriction-lifting previews.
const REASONS: Record<Locale, string> = {
  fi: "Tähän tulevat käsittelijän kirjoittamat perustelut.\nNe voivat olla usean rivin mittaisia.",
  sv: "Här visas de skäl som handläggaren har skrivit.\nDe kan vara flera rader långa.",
  en: "The reasons written by the handler appear here.\nThey may run to several lines.",
};

const FEEDBACK: Record<Locale, string> = {
  fi: "Organisaation valikko ei toimi ruudunlukijalla.",
  sv: "Organisationsmenyn fungerar inte med skärmläsare.",
  en: "The organisation menu does not work with a screen reader.",
};

const OVERDUE: Record<Locale, string> = { fi: "myöhässä", sv: "försenad", en: "overdue" };

/**
 * Fictitious values for admin previews and tests: every placeholder of every template, realistic in
 * length and in the recipient's language, and free of anything shaped like a personal identity code.
 */
export function sampleVars(locale: Locale): Record<string, string> {
  return {
    organisationName: "Esimerkkiyhdistys ry",
    organisationContact: "tietosuoja@esimerkkiyhdistys.fi, 040 123 4567",
    portalUrl: `${BASE}/${locale}`,
    requestUrl: `${BASE}/${locale}/requests/OT-2026-0042`,
    signInUrl: `${BASE}/api/auth/callback/nodemailer?token=sample-token-0123&callbackUrl=%2F${locale}`,
    invitationsUrl: `${BASE}/staff/invitations`,
    roleLabel: staffRoleLabels[locale].staff,
    reference: "OT-2026-0042",
    requestTypeLabel: requestTypeLabels[locale].access,
    dueDate: formatDate("2026-04-07", locale),
    reasons: REASONS[locale],
    recipientName: "Maija Meikäläinen",
    amount: { fi: "25,00 €", sv: "25,00 €", en: "€25.00" }[locale],
    basis: { fi: "pyysit lisäjäljennöksiä", sv: "du begärde ytterligare kopior", en: "a further copy was asked for" }[locale],
    daysLeft: "2",
    daysOverdue: "3",
    pausedSince: formatDate("2026-03-06", locale),
    openCount: "5",
    dueThisWeekCount: "2",
    overdueCount: "1",
    digestLines: [
      `- OT-2026-0039 · ${formatDate("2026-04-02", locale)} (${OVERDUE[locale]})`,
      `- OT-2026-0042 · ${formatDate("2026-04-07", locale)}`,
      `- OT-2026-0045 · ${formatDate("2026-04-30", locale)}`,
    ].join("\n"),
    feedbackText: FEEDBACK[locale],
    feedbackContact: "palaute@example.org",
    feedbackPage: `${BASE}/my/requests/new`,
  };
}
