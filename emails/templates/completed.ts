import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * The request is done. Only a link — straight to the request, not the list (issue 12 §5): the data
 * and the report are never attached (PRODUCT.md §7). The per-item outcome, the report's expiry date,
 * the recipients told (Art. 19) and, where anything was not done, the remedies follow the body as an
 * appendix the renderer adds outside the template (emails/render.ts), so an override cannot drop them.
 */
export const completed: EmailTemplateDefinition = {
  code: "completed",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "requestUrl"],
  // portalUrl stays known so that overrides saved before the direct link still validate.
  optional: ["recipientName", "portalUrl"],
  action: "requestUrl",
  fi: {
    subject: "Pyyntösi on käsitelty ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} on käsitellyt pyyntösi.",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}",
      "Ratkaisu ja mahdollinen selvitys ovat luettavissa ja ladattavissa asiointipalvelussa, kun olet kirjautunut sisään. Tietoturvasyistä emme lähetä henkilötietojasi sähköpostilla.",
      "{{requestUrl}}",
      "Ratkaisu kohta kohdalta on tämän viestin lopussa. Jos sinulla on kysyttävää, voit lähettää viestin asiointipalvelussa tai ottaa yhteyttä: {{organisationContact}}.",
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
      "{{requestUrl}}",
      "Beslutet punkt för punkt finns i slutet av detta meddelande. Om du har frågor kan du skicka ett meddelande i e-tjänsten eller kontakta oss: {{organisationContact}}.",
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
      "{{requestUrl}}",
      "The decision, item by item, is at the end of this message. If you have any questions, you can send a message in the portal or contact us: {{organisationContact}}.",
      "If you consider that the processing of your personal data infringes data protection law, you can lodge a complaint with the Data Protection Ombudsman (https://tietosuoja.fi).",
    ),
    actionLabel: "Sign in to the portal",
  },
};
