import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/** Acknowledgement with the reference and the legal due date (LEGAL.md §1). */
export const requestReceived: EmailTemplateDefinition = {
  code: "request_received",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "dueDate", "portalUrl"],
  optional: ["recipientName"],
  action: "portalUrl",
  fi: {
    subject: "Pyyntösi on vastaanotettu ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} on vastaanottanut pyyntösi.",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}\nVastauksen määräpäivä: {{dueDate}}",
      "Vastaamme ilman aiheetonta viivytystä ja viimeistään määräpäivänä. Jos pyyntö on erityisen monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa enintään kahdella kuukaudella. Ilmoitamme siitä sinulle perusteluineen.",
      "Voit seurata pyyntösi käsittelyä ja lähettää viestejä käsittelijälle asiointipalvelussa:",
      "{{portalUrl}}",
    ),
    actionLabel: "Avaa asiointipalvelu",
  },
  sv: {
    subject: "Din begäran har tagits emot ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} har tagit emot din begäran.",
      "Ärendenummer: {{reference}}\nTyp av begäran: {{requestTypeLabel}}\nSista dag för svar: {{dueDate}}",
      "Vi svarar utan onödigt dröjsmål och senast den sista dagen för svar. Om begäran är särskilt komplicerad eller om vi har fått många begäranden kan tidsfristen förlängas med högst två månader. I så fall meddelar vi dig och anger skälen.",
      "I e-tjänsten kan du följa handläggningen av din begäran och skicka meddelanden till handläggaren:",
      "{{portalUrl}}",
    ),
    actionLabel: "Öppna e-tjänsten",
  },
  en: {
    subject: "Your request has been received ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} has received your request.",
      "Reference: {{reference}}\nType of request: {{requestTypeLabel}}\nDue date for our reply: {{dueDate}}",
      "We will reply without undue delay and by the due date at the latest. If the request is particularly complex or we receive many requests, the time limit may be extended by up to two further months. If so, we will tell you, with the reasons.",
      "You can follow your request and send messages to the handler in the portal:",
      "{{portalUrl}}",
    ),
    actionLabel: "Open the portal",
  },
};
