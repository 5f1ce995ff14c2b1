import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * Art. 18(3): the subject must be told before a restriction is lifted, so that they can still object,
 * ask for erasure or complain before normal processing resumes.
 */
export const restrictionLifting: EmailTemplateDefinition = {
  code: "restriction_lifting",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reasons", "portalUrl"],
  optional: ["recipientName"],
  action: "portalUrl",
  fi: {
    subject: "Ennakkoilmoitus: käsittelyn rajoitus poistetaan – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "Henkilötietojesi käsittelyä on rajoitettu. {{organisationName}} ilmoittaa, että se aikoo poistaa rajoituksen. EU:n yleisen tietosuoja-asetuksen 18 artiklan 3 kohdan mukaan sinulle on ilmoitettava tästä ennen kuin rajoitus poistetaan.",
      "Perustelut:\n{{reasons}}",
      "Kun rajoitus on poistettu, tietojasi voidaan taas käsitellä tavalliseen tapaan rekisterin käyttötarkoituksiin. Sinulla on edelleen oikeus esimerkiksi vastustaa käsittelyä tai pyytää tietojesi poistamista sekä tehdä valitus tietosuojavaltuutetulle (https://tietosuoja.fi).",
      "Jos sinulla on kysyttävää tai haluat esittää näkemyksesi, lähetä viesti asiointipalvelussa:",
      "{{portalUrl}}",
    ),
    actionLabel: "Avaa asiointipalvelu",
  },
  sv: {
    subject: "Meddelande i förväg: begränsningen av behandlingen hävs – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "Behandlingen av dina personuppgifter har begränsats. {{organisationName}} meddelar att begränsningen kommer att hävas. Enligt artikel 18.3 i EU:s allmänna dataskyddsförordning ska du informeras innan begränsningen hävs.",
      "Skäl:\n{{reasons}}",
      "När begränsningen har hävts kan dina uppgifter åter behandlas på vanligt sätt för registrets ändamål. Du har fortfarande rätt att till exempel invända mot behandlingen eller begära att dina uppgifter raderas, och att lämna in ett klagomål till dataombudsmannen (https://tietosuoja.fi).",
      "Om du har frågor eller vill framföra dina synpunkter kan du skicka ett meddelande i e-tjänsten:",
      "{{portalUrl}}",
    ),
    actionLabel: "Öppna e-tjänsten",
  },
  en: {
    subject: "Advance notice: restriction of processing to be lifted – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "The processing of your personal data has been restricted. {{organisationName}} is letting you know that it intends to lift the restriction. Under Article 18(3) of the General Data Protection Regulation, you must be informed before a restriction is lifted.",
      "Reasons:\n{{reasons}}",
      "Once the restriction has been lifted, your data may again be processed in the usual way for the purposes of the register. You still have the right, for example, to object to the processing or to ask for your data to be erased, and to lodge a complaint with the Data Protection Ombudsman (https://tietosuoja.fi).",
      "If you have questions or would like to give your views, you can send a message in the portal:",
      "{{portalUrl}}",
    ),
    actionLabel: "Open the portal",
  },
};
