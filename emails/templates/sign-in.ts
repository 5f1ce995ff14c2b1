import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * The one-time sign-in link (PRODUCT.md §4, level 1): 15 minutes, single use. Sent by the installation
 * (lib/auth/sign-in-mail.ts), which may serve several organisations, so the contact is optional here.
 */
export const signIn: EmailTemplateDefinition = {
  code: "sign_in",
  audience: "subject",
  placeholders: ["organisationName", "signInUrl"],
  optional: ["recipientName", "organisationContact", "portalUrl"],
  action: "signInUrl",
  fi: {
    subject: "Kirjautumislinkki – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "Pyysit linkkiä, jolla voit kirjautua tietosuoja-asiointiin. Palvelua ylläpitää {{organisationName}}. Kirjaudu sisään avaamalla alla oleva linkki:",
      "{{signInUrl}}",
      "Linkki on voimassa 15 minuuttia, ja sen voi käyttää vain kerran.",
      "Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta. Älä välitä linkkiä kenellekään.",
    ),
    actionLabel: "Kirjaudu sisään",
  },
  sv: {
    subject: "Inloggningslänk – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "Du har bett om en länk för att logga in i e-tjänsten för dataskyddsärenden. Tjänsten tillhandahålls av {{organisationName}}. Logga in genom att öppna länken nedan:",
      "{{signInUrl}}",
      "Länken gäller i 15 minuter och kan bara användas en gång.",
      "Om du inte har bett om länken kan du bortse från det här meddelandet. Vidarebefordra inte länken till någon.",
    ),
    actionLabel: "Logga in",
  },
  en: {
    subject: "Your sign-in link – {{organisationName}}",
    text: paragraphs(
      "{{greeting}}",
      "You asked for a link to sign in to the data protection portal of {{organisationName}}. Open the link below to sign in:",
      "{{signInUrl}}",
      "The link is valid for 15 minutes and can be used only once.",
      "If you did not ask for this link, you can ignore this email. Do not forward the link to anyone.",
    ),
    actionLabel: "Sign in",
  },
};
