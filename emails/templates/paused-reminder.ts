import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * To the subject: a request has waited for their answer for some days (the clock is paused, EDPB 01/2022).
 * What is needed is said only in the portal, as in `info_needed`: the email carries no personal data.
 */
export const pausedReminder: EmailTemplateDefinition = {
  code: "paused_reminder",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Muistutus: pyyntösi {{reference}} odottaa vastaustasi",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} pyysi sinulta lisätietoja tai henkilöllisyytesi varmistamista, jotta pyyntösi voidaan käsitellä. Emme ole vielä saaneet vastausta.",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}",
      "Pyyntösi sivulla kerrotaan, mitä tarvitsemme:",
      "{{requestUrl}}",
      "Vastauksen määräaika ei kulu sinä aikana, kun odotamme tietoja sinulta. Jos et enää halua pyyntöä käsiteltävän, voit perua sen samalla sivulla.",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "Påminnelse: din begäran {{reference}} väntar på ditt svar",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} bad dig om mer information eller en bekräftelse av din identitet för att kunna behandla din begäran. Vi har ännu inte fått något svar.",
      "Ärendenummer: {{reference}}\nTyp av begäran: {{requestTypeLabel}}",
      "På sidan för din begäran står det vad vi behöver:",
      "{{requestUrl}}",
      "Tidsfristen för vårt svar löper inte medan vi väntar på uppgifterna från dig. Om du inte längre vill att begäran behandlas kan du återkalla den på samma sida.",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "Reminder: your request {{reference}} is waiting for your answer",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} asked you for more information or to confirm your identity so that your request can be handled. We have not received an answer yet.",
      "Reference: {{reference}}\nType of request: {{requestTypeLabel}}",
      "The page of your request explains what we need:",
      "{{requestUrl}}",
      "The time limit for our reply does not run while we wait for the information from you. If you no longer want the request handled, you can withdraw it on the same page.",
    ),
    actionLabel: "Open your request",
  },
};
