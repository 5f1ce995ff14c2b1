import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * Reminder before the due date (PRODUCT.md §5: 7 and 2 days before). "Days left: N" avoids plural
 * forms, which differ per language and cannot be expressed in a plain placeholder template.
 */
export const staffDueSoon: EmailTemplateDefinition = {
  code: "staff_due_soon",
  audience: "staff",
  placeholders: ["organisationName", "reference", "requestTypeLabel", "dueDate", "daysLeft", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Muistutus: pyynnön {{reference}} määräpäivä lähestyy ({{dueDate}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: pyynnön määräpäivä lähestyy.",
      "Tunnus: {{reference}}\nLaji: {{requestTypeLabel}}\nMääräpäivä: {{dueDate}}\nPäiviä jäljellä: {{daysLeft}}",
      "Jos vastaus ei valmistu ajoissa, määräaikaa voi jatkaa perustellusta syystä vain kerran ja vain ennen kuin alkuperäinen määräpäivä on kulunut umpeen.",
      "{{requestUrl}}",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "Påminnelse: tidsfristen för begäran {{reference}} närmar sig ({{dueDate}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: tidsfristen för en begäran närmar sig.",
      "Ärendenummer: {{reference}}\nTyp: {{requestTypeLabel}}\nSista dag för svar: {{dueDate}}\nDagar kvar: {{daysLeft}}",
      "Om svaret inte blir klart i tid kan tidsfristen förlängas med angivande av skäl, men bara en gång och bara innan den ursprungliga sista svarsdagen har passerat.",
      "{{requestUrl}}",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "Reminder: request {{reference}} is due on {{dueDate}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: a request is nearing its due date.",
      "Reference: {{reference}}\nType: {{requestTypeLabel}}\nDue date: {{dueDate}}\nDays left: {{daysLeft}}",
      "If the reply cannot be ready in time, the time limit can be extended with reasons, but only once and only before the original due date has passed.",
      "{{requestUrl}}",
    ),
    actionLabel: "Open the request",
  },
};
