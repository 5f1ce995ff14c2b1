import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * Daily summary for handlers. `digestLines` is one line per open request, each starting with "- "
 * (e.g. "- OT-2026-0042 · 7.4.2026"), so that the HTML version renders it as a list. References and
 * dates only: no names, the digest may be read on a phone in public.
 */
export const staffDailyDigest: EmailTemplateDefinition = {
  code: "staff_daily_digest",
  audience: "staff",
  placeholders: ["organisationName", "openCount", "dueThisWeekCount", "overdueCount", "portalUrl"],
  optional: ["recipientName", "digestLines"],
  action: "portalUrl",
  fi: {
    subject: "Tietosuojapyyntöjen päivän kooste – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: tietosuojapyyntöjen tilanne tänään.",
      "- Avoimia pyyntöjä: {{openCount}}\n- Määräpäivä tällä viikolla: {{dueThisWeekCount}}\n- Myöhässä: {{overdueCount}}",
      "Avoimet pyynnöt ja niiden määräpäivät:",
      "{{digestLines}}",
      "{{portalUrl}}",
    ),
    actionLabel: "Avaa käsittelyjono",
  },
  sv: {
    subject: "Daglig sammanfattning av dataskyddsärenden – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: läget för dataskyddsärendena i dag.",
      "- Öppna begäranden: {{openCount}}\n- Sista dag för svar denna vecka: {{dueThisWeekCount}}\n- Försenade: {{overdueCount}}",
      "Öppna begäranden och deras sista dag för svar:",
      "{{digestLines}}",
      "{{portalUrl}}",
    ),
    actionLabel: "Öppna kön",
  },
  en: {
    subject: "Daily summary of data protection requests – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: the state of data protection requests today.",
      "- Open requests: {{openCount}}\n- Due this week: {{dueThisWeekCount}}\n- Overdue: {{overdueCount}}",
      "Open requests and their due dates:",
      "{{digestLines}}",
      "{{portalUrl}}",
    ),
    actionLabel: "Open the queue",
  },
};
