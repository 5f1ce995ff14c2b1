import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * More information or an identity check is needed: Art. 12(6) allows asking for it; the paused deadline rests on
 * EDPB Guidelines 01/2022 on the right of access, so each is cited for what it says. What exactly is needed is
 * said only in the portal: the email stays free of personal data and cannot be used to phish for it.
 */
export const infoNeeded: EmailTemplateDefinition = {
  code: "info_needed",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "requestUrl"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Tarvitsemme lisätietoja pyyntöösi ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "Jotta {{organisationName}} voi käsitellä pyyntösi, tarvitsemme sinulta lisätietoja tai henkilöllisyytesi varmistamisen.",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}",
      "Pyyntösi sivulla kerrotaan, mitä tarvitsemme ja miten voit toimittaa tiedot:",
      "{{requestUrl}}",
      "Voimme pyytää lisätietoja, jotka ovat tarpeen henkilöllisyytesi varmistamiseksi (EU:n yleisen tietosuoja-asetuksen 12 artiklan 6 kohta). Vastauksen määräaika ei kulu sinä aikana, kun odotamme tietoja sinulta (Euroopan tietosuojaneuvoston ohjeet 01/2022). Määräaika jatkuu, kun olemme saaneet tiedot.",
      "Älä lähetä henkilötunnustasi tai kopiota henkilöllisyystodistuksesta sähköpostilla.",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "Vi behöver mer information om din begäran ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "För att {{organisationName}} ska kunna behandla din begäran behöver vi mer information från dig eller en bekräftelse av din identitet.",
      "Ärendenummer: {{reference}}\nTyp av begäran: {{requestTypeLabel}}",
      "På sidan för din begäran står det vad vi behöver och hur du kan lämna uppgifterna:",
      "{{requestUrl}}",
      "Vi får begära de ytterligare uppgifter som behövs för att bekräfta din identitet (artikel 12.6 i EU:s allmänna dataskyddsförordning). Tidsfristen för vårt svar löper inte medan vi väntar på uppgifterna från dig (Europeiska dataskyddsstyrelsens riktlinjer 01/2022). Den fortsätter när vi har fått uppgifterna.",
      "Skicka inte din personbeteckning eller en kopia av ett identitetsbevis per e-post.",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "We need more information about your request ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "Before {{organisationName}} can handle your request, we need more information from you or confirmation of your identity.",
      "Reference: {{reference}}\nType of request: {{requestTypeLabel}}",
      "The page of your request explains what we need and how you can provide it:",
      "{{requestUrl}}",
      "We may ask for the additional information needed to confirm your identity (Article 12(6) of the General Data Protection Regulation). The time limit for our reply does not run while we wait for the information from you (European Data Protection Board Guidelines 01/2022). It resumes once we have received it.",
      "Please do not send your personal identity code or a copy of an identity document by email.",
    ),
    actionLabel: "Open your request",
  },
};
