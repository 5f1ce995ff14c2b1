import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * To the handler: a request's clock has been paused for a long time and the subject did not answer even
 * after a reminder. A pause must not last forever unseen: staff decide whether to close, refuse or go on.
 */
export const staffPaused: EmailTemplateDefinition = {
  code: "staff_paused",
  audience: "staff",
  placeholders: ["organisationName", "reference", "requestTypeLabel", "pausedSince", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Pyyntö {{reference}} on odottanut rekisteröidyn vastausta {{pausedSince}} alkaen",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: pyynnön määräaika on ollut keskeytettynä {{pausedSince}} alkaen, eikä rekisteröity ole vastannut muistutukseenkaan.",
      "Tunnus: {{reference}}\nLaji: {{requestTypeLabel}}",
      "Päätä, miten pyyntö etenee: voit jatkaa käsittelyä, lähettää uuden viestin tai ratkaista pyynnön perusteluineen.",
      "{{requestUrl}}",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "Begäran {{reference}} har väntat på den registrerades svar sedan {{pausedSince}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: tidsfristen för begäran har vilat sedan {{pausedSince}} och den registrerade har inte svarat ens efter en påminnelse.",
      "Ärendenummer: {{reference}}\nTyp: {{requestTypeLabel}}",
      "Bestäm hur begäran ska gå vidare: fortsätt behandlingen, skicka ett nytt meddelande eller avgör begäran med motivering.",
      "{{requestUrl}}",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "Request {{reference}} has waited for the subject's answer since {{pausedSince}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: the time limit of this request has been paused since {{pausedSince}} and the subject has not answered, even after a reminder.",
      "Reference: {{reference}}\nType: {{requestTypeLabel}}",
      "Decide how the request goes on: resume handling, send another message or decide the request with reasons.",
      "{{requestUrl}}",
    ),
    actionLabel: "Open the request",
  },
};
