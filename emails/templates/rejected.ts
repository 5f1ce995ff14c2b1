import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * Refusal (Art. 12(4)): the reasons, the right to complain to the supervisory authority (Art. 77) and
 * the right to a judicial remedy (Art. 79) must all be in the email itself (LEGAL.md §3). The remedy
 * block is not in this editable text: the renderer appends it (`lockedRemedies`), so that no admin
 * override can remove it (issue 11 §1).
 */
export const rejected: EmailTemplateDefinition = {
  code: "rejected",
  audience: "subject",
  // The link goes straight to the request (issue 12 §5); portalUrl stays known for saved overrides.
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "reasons", "requestUrl"],
  optional: ["recipientName", "portalUrl"],
  action: "requestUrl",
  lockedRemedies: true,
  fi: {
    subject: "Pyyntöäsi ei toteuteta ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} on päättänyt olla toteuttamatta pyyntöäsi.",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}",
      "Perustelut:\n{{reasons}}",
      "Päätös perusteluineen on nähtävissä myös asiointipalvelussa:",
      "{{requestUrl}}",
    ),
    actionLabel: "Avaa asiointipalvelu",
  },
  sv: {
    subject: "Din begäran tillmötesgås inte ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} har beslutat att inte tillmötesgå din begäran.",
      "Ärendenummer: {{reference}}\nTyp av begäran: {{requestTypeLabel}}",
      "Skäl:\n{{reasons}}",
      "Beslutet och skälen finns också i e-tjänsten:",
      "{{requestUrl}}",
    ),
    actionLabel: "Öppna e-tjänsten",
  },
  en: {
    subject: "Your request has been refused ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} has decided not to take action on your request.",
      "Reference: {{reference}}\nType of request: {{requestTypeLabel}}",
      "Reasons:\n{{reasons}}",
      "The decision and its reasons are also available in the portal:",
      "{{requestUrl}}",
    ),
    actionLabel: "Open the portal",
  },
};
