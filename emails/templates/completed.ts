import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/** The request is done. Only a link: the data and the report are never attached (PRODUCT.md §7). */
export const completed: EmailTemplateDefinition = {
  code: "completed",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "portalUrl"],
  optional: ["recipientName"],
  action: "portalUrl",
  fi: {
    subject: "Pyyntösi on käsitelty ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} on käsitellyt pyyntösi.",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}",
      "Ratkaisu ja mahdollinen selvitys ovat luettavissa ja ladattavissa asiointipalvelussa, kun olet kirjautunut sisään. Tietoturvasyistä emme lähetä henkilötietojasi sähköpostilla.",
      "{{portalUrl}}",
      "Selvitys on ladattavissa rajoitetun ajan. Jos sinulla on kysyttävää, voit lähettää viestin asiointipalvelussa tai ottaa yhteyttä: {{organisationContact}}.",
      "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojasäädöksiä, voit tehdä valituksen tietosuojavaltuutetulle (https://tietosuoja.fi).",
    ),
    actionLabel: "Kirjaudu asiointipalveluun",
  },
  sv: {
    subject: "Din begäran har behandlats ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} har behandlat din begäran.",
      "Ärendenummer: {{reference}}\nTyp av begäran: {{requestTypeLabel}}",
      "Beslutet och en eventuell redogörelse finns att läsa och ladda ner i e-tjänsten när du har loggat in. Av säkerhetsskäl skickar vi inte dina personuppgifter per e-post.",
      "{{portalUrl}}",
      "Redogörelsen kan laddas ner under en begränsad tid. Om du har frågor kan du skicka ett meddelande i e-tjänsten eller kontakta oss: {{organisationContact}}.",
      "Om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen kan du lämna in ett klagomål till dataombudsmannen (https://tietosuoja.fi).",
    ),
    actionLabel: "Logga in i e-tjänsten",
  },
  en: {
    subject: "Your request has been completed ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} has completed the handling of your request.",
      "Reference: {{reference}}\nType of request: {{requestTypeLabel}}",
      "The decision and any report can be read and downloaded in the portal once you have signed in. For your security, we do not send your personal data by email.",
      "{{portalUrl}}",
      "The report can be downloaded for a limited time. If you have any questions, you can send a message in the portal or contact us: {{organisationContact}}.",
      "If you consider that the processing of your personal data infringes data protection law, you can lodge a complaint with the Data Protection Ombudsman (https://tietosuoja.fi).",
    ),
    actionLabel: "Sign in to the portal",
  },
};
