import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * To the organisation's staff: an anonymous client reference was locked after repeated wrong
 * secrets (issue 9, finding 8). No reference, name or address in the mail: the link leads to the
 * record, which staff see after signing in, where they unlock or hand out a new secret.
 */
export const staffReferenceLocked: EmailTemplateDefinition = {
  code: "staff_reference_locked",
  audience: "staff",
  placeholders: ["organisationName", "portalUrl"],
  optional: ["recipientName"],
  action: "portalUrl",
  fi: {
    subject: "Asiakastunnus lukittiin toistuvien väärien salasanojen vuoksi",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: nimettömän asiakkaan tunnukseen on annettu liian monta kertaa väärä salasana, joten tunnus on lukittu. Kukaan ei voi nyt liittää sitä tiliinsä, ei oikeallakaan salasanalla.",
      "Jos asiakas ei itse yrittänyt, joku voi yrittää arvata salasanaa. Avaa henkilön tiedot, poista lukitus kun asia on selvitetty, ja anna tarvittaessa uusi salasana:",
      "{{portalUrl}}",
    ),
    actionLabel: "Avaa henkilön tiedot",
  },
  sv: {
    subject: "Ett klientnummer låstes efter upprepade felaktiga lösenord",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: fel lösenord har angetts för många gånger för en anonym klients nummer, så numret har låsts. Ingen kan nu koppla det till sitt konto, inte ens med rätt lösenord.",
      "Om klienten inte själv försökte kan någon försöka gissa lösenordet. Öppna personens uppgifter, häv låsningen när saken är utredd och ge vid behov ett nytt lösenord:",
      "{{portalUrl}}",
    ),
    actionLabel: "Öppna personens uppgifter",
  },
  en: {
    subject: "A client reference was locked after repeated wrong secrets",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: a wrong secret was given too many times for an anonymous client's reference, so the reference has been locked. Nobody can link it to their account now, not even with the right secret.",
      "If the client did not try themselves, someone may be guessing the secret. Open the person's record, unlock it once the matter is cleared up, and hand out a new secret if needed:",
      "{{portalUrl}}",
    ),
    actionLabel: "Open the person's record",
  },
};
