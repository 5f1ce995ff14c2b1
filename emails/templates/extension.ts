import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/** The one extension of Art. 12(3): new due date and the reasons, notified within the first month. */
export const extension: EmailTemplateDefinition = {
  code: "extension",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "dueDate", "reasons", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Pyyntösi käsittelyaikaa on jatkettu ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} jatkaa pyyntösi käsittelyaikaa.",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}\nUusi määräpäivä: {{dueDate}}",
      "Perustelut:\n{{reasons}}",
      "EU:n yleisen tietosuoja-asetuksen 12 artiklan 3 kohdan mukaan määräaikaa voidaan tarvittaessa jatkaa enintään kahdella kuukaudella ottaen huomioon pyyntöjen monimutkaisuus ja lukumäärä.",
      "Voit seurata pyyntösi käsittelyä asiointipalvelussa:",
      "{{requestUrl}}",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "Tidsfristen för din begäran har förlängts ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} förlänger tidsfristen för svar på din begäran.",
      "Ärendenummer: {{reference}}\nTyp av begäran: {{requestTypeLabel}}\nNy sista dag för svar: {{dueDate}}",
      "Skäl:\n{{reasons}}",
      "Enligt artikel 12.3 i EU:s allmänna dataskyddsförordning får tidsfristen vid behov förlängas med högst två månader, med beaktande av hur komplicerad begäran är och antalet begäranden.",
      "Du kan följa handläggningen av din begäran i e-tjänsten:",
      "{{requestUrl}}",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "The time limit for your request has been extended ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} is extending the time limit for replying to your request.",
      "Reference: {{reference}}\nType of request: {{requestTypeLabel}}\nNew due date: {{dueDate}}",
      "Reasons:\n{{reasons}}",
      "Under Article 12(3) of the General Data Protection Regulation, the time limit may be extended by up to two further months where necessary, taking into account the complexity and number of the requests.",
      "You can follow your request in the portal:",
      "{{requestUrl}}",
    ),
    actionLabel: "Open your request",
  },
};
