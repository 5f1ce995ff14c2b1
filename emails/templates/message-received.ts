import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/** A staff message waits in the portal. Its text is never in the email: it may hold personal data. */
export const messageReceived: EmailTemplateDefinition = {
  code: "message_received",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Uusi viesti asiointipalvelussa – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} on lähettänyt sinulle viestin tietosuoja-asiointipalvelussa. Voit lukea viestin ja vastata siihen, kun olet kirjautunut sisään:",
      "{{requestUrl}}",
      "Viestin sisältöä ei lähetetä sähköpostilla, koska se voi sisältää henkilötietojasi.",
    ),
    actionLabel: "Lue viesti",
  },
  sv: {
    subject: "Nytt meddelande i e-tjänsten – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} har skickat dig ett meddelande i e-tjänsten för dataskyddsärenden. Du kan läsa och svara på meddelandet när du har loggat in:",
      "{{requestUrl}}",
      "Innehållet i meddelandet skickas inte per e-post, eftersom det kan innehålla dina personuppgifter.",
    ),
    actionLabel: "Läs meddelandet",
  },
  en: {
    subject: "New message in the portal – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} has sent you a message in the data protection portal. You can read and reply to it once you have signed in:",
      "{{requestUrl}}",
      "The content of the message is not sent by email, because it may contain your personal data.",
    ),
    actionLabel: "Read the message",
  },
};
