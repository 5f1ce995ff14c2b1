import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * To the handler (or, unassigned, the organisation's staff): the subject wrote on a request. Only the
 * reference and a link — the message itself is read after signing in, so no personal data travels by email.
 */
export const staffSubjectMessage: EmailTemplateDefinition = {
  code: "staff_subject_message",
  audience: "staff",
  placeholders: ["organisationName", "reference", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Uusi viesti pyynnössä {{reference}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: rekisteröity on kirjoittanut viestin pyyntöön {{reference}}.",
      "Jos pyyntö odotti rekisteröidyn vastausta, määräaika kulkee taas viestin saapumisesta alkaen.",
      "{{requestUrl}}",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "Nytt meddelande i begäran {{reference}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: den registrerade har skrivit ett meddelande i begäran {{reference}}.",
      "Om begäran väntade på svar från den registrerade löper tidsfristen igen från det att meddelandet kom.",
      "{{requestUrl}}",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "New message on request {{reference}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: the data subject has written a message on request {{reference}}.",
      "If the request was waiting for the subject's answer, the time limit runs again from the moment the message arrived.",
      "{{requestUrl}}",
    ),
    actionLabel: "Open the request",
  },
};
