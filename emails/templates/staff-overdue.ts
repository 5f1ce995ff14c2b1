import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/** The legal limit has passed (PRODUCT.md §5 reminders). */
export const staffOverdue: EmailTemplateDefinition = {
  code: "staff_overdue",
  audience: "staff",
  placeholders: ["organisationName", "reference", "requestTypeLabel", "dueDate", "daysOverdue", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Myöhässä: pyyntö {{reference}} (määräpäivä {{dueDate}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: pyynnön määräpäivä on kulunut umpeen.",
      "Tunnus: {{reference}}\nLaji: {{requestTypeLabel}}\nMääräpäivä: {{dueDate}}\nPäiviä yli määräajan: {{daysOverdue}}",
      "Vastaa pyyntöön viipymättä tai kerro rekisteröidylle, miksi vastaus viivästyy.",
      "{{requestUrl}}",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "Försenad: begäran {{reference}} (sista dag {{dueDate}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: tidsfristen för en begäran har löpt ut.",
      "Ärendenummer: {{reference}}\nTyp: {{requestTypeLabel}}\nSista dag för svar: {{dueDate}}\nDagar efter tidsfristen: {{daysOverdue}}",
      "Svara på begäran utan dröjsmål eller berätta för den registrerade varför svaret dröjer.",
      "{{requestUrl}}",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "Overdue: request {{reference}} (due {{dueDate}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: a request is past its due date.",
      "Reference: {{reference}}\nType: {{requestTypeLabel}}\nDue date: {{dueDate}}\nDays overdue: {{daysOverdue}}",
      "Please reply to the request without delay, or tell the data subject why the reply is late.",
      "{{requestUrl}}",
    ),
    actionLabel: "Open the request",
  },
};
