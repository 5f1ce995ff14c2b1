import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * Refusal (Art. 12(4)): the reasons, the right to complain to the supervisory authority (Art. 77) and
 * the right to a judicial remedy (Art. 79) must all be in the email itself (LEGAL.md §3).
 */
const OMBUDSMAN_FI = "Tietosuojavaltuutetun toimisto\nLintulahdenkuja 4, 00530 Helsinki\nPL 800, 00531 Helsinki\nSähköposti: tietosuoja@om.fi\nPuhelin: +358 29 566 6700\nhttps://tietosuoja.fi";
const OMBUDSMAN_SV = "Dataombudsmannens byrå (Tietosuojavaltuutetun toimisto)\nFågelviksgränden 4, 00530 Helsingfors\nPB 800, 00531 Helsingfors\nE-post: tietosuoja@om.fi\nTelefon: +358 29 566 6700\nhttps://tietosuoja.fi";
const OMBUDSMAN_EN = "Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto)\nLintulahdenkuja 4, 00530 Helsinki, Finland\nPO Box 800, 00531 Helsinki, Finland\nEmail: tietosuoja@om.fi\nPhone: +358 29 566 6700\nhttps://tietosuoja.fi";

export const rejected: EmailTemplateDefinition = {
  code: "rejected",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "reasons", "portalUrl"],
  optional: ["recipientName"],
  action: "portalUrl",
  fi: {
    subject: "Pyyntöäsi ei toteuteta ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} on päättänyt olla toteuttamatta pyyntöäsi.",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}",
      "Perustelut:\n{{reasons}}",
      "Oikeus tehdä valitus valvontaviranomaiselle\nJos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojasäädöksiä, sinulla on oikeus tehdä valitus valvontaviranomaiselle (EU:n yleisen tietosuoja-asetuksen 77 artikla). Suomessa valvontaviranomainen on tietosuojavaltuutettu:",
      OMBUDSMAN_FI,
      "Oikeus tehokkaaseen oikeussuojakeinoon\nSinulla on myös oikeus viedä asia tuomioistuimen ratkaistavaksi nostamalla kanne rekisterinpitäjää vastaan (EU:n yleisen tietosuoja-asetuksen 79 artikla). Tämä oikeus on voimassa riippumatta siitä, teetkö valituksen tietosuojavaltuutetulle.",
      "Päätös perusteluineen on nähtävissä myös asiointipalvelussa:",
      "{{portalUrl}}",
    ),
    actionLabel: "Avaa asiointipalvelu",
  },
  sv: {
    subject: "Din begäran tillmötesgås inte ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} har beslutat att inte tillmötesgå din begäran.",
      "Ärendenummer: {{reference}}\nTyp av begäran: {{requestTypeLabel}}",
      "Skäl:\n{{reasons}}",
      "Rätt att lämna in ett klagomål till en tillsynsmyndighet\nOm du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen har du rätt att lämna in ett klagomål till en tillsynsmyndighet (artikel 77 i EU:s allmänna dataskyddsförordning). I Finland är tillsynsmyndigheten dataombudsmannen:",
      OMBUDSMAN_SV,
      "Rätt till ett effektivt rättsmedel\nDu har också rätt att föra talan mot den personuppgiftsansvarige vid domstol (artikel 79 i EU:s allmänna dataskyddsförordning). Denna rätt gäller oberoende av om du lämnar in ett klagomål till dataombudsmannen.",
      "Beslutet och skälen finns också i e-tjänsten:",
      "{{portalUrl}}",
    ),
    actionLabel: "Öppna e-tjänsten",
  },
  en: {
    subject: "Your request has been refused ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} has decided not to take action on your request.",
      "Reference: {{reference}}\nType of request: {{requestTypeLabel}}",
      "Reasons:\n{{reasons}}",
      "Right to lodge a complaint with a supervisory authority\nIf you consider that the processing of your personal data infringes data protection law, you have the right to lodge a complaint with a supervisory authority (Article 77 of the General Data Protection Regulation). In Finland, the supervisory authority is the Data Protection Ombudsman:",
      OMBUDSMAN_EN,
      "Right to an effective judicial remedy\nYou also have the right to bring proceedings against the controller before a court (Article 79 of the General Data Protection Regulation). This right applies whether or not you lodge a complaint with the Ombudsman.",
      "The decision and its reasons are also available in the portal:",
      "{{portalUrl}}",
    ),
    actionLabel: "Open the portal",
  },
};
