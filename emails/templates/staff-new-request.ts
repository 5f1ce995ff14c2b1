import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/** To handlers: a new request in the queue. No subject's name: handlers see it after signing in. */
export const staffNewRequest: EmailTemplateDefinition = {
  code: "staff_new_request",
  audience: "staff",
  placeholders: ["organisationName", "reference", "requestTypeLabel", "dueDate", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Uusi tietosuojapyyntö {{reference}}: {{requestTypeLabel}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: käsittelyjonoon on saapunut uusi pyyntö.",
      "Tunnus: {{reference}}\nLaji: {{requestTypeLabel}}\nMääräpäivä: {{dueDate}}",
      "Avaa pyyntö käsittelyjonossa:",
      "{{requestUrl}}",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "Ny dataskyddsbegäran {{reference}}: {{requestTypeLabel}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: en ny begäran har kommit in i kön.",
      "Ärendenummer: {{reference}}\nTyp: {{requestTypeLabel}}\nSista dag för svar: {{dueDate}}",
      "Öppna begäran i kön:",
      "{{requestUrl}}",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "New data protection request {{reference}}: {{requestTypeLabel}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: a new request has arrived in the queue.",
      "Reference: {{reference}}\nType: {{requestTypeLabel}}\nDue date: {{dueDate}}",
      "Open the request in the queue:",
      "{{requestUrl}}",
    ),
    actionLabel: "Open the request",
  },
};
