import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * To an existing account that an organisation's admin wants to add (issue 9): nothing changes until
 * the person accepts after signing in, so the email only says who asks and where to answer. Not
 * overridable by admins (lib/admin/schema.ts): it goes to people outside their organisation.
 */
export const staffInvitation: EmailTemplateDefinition = {
  code: "staff_invitation",
  audience: "staff",
  placeholders: ["organisationName", "roleLabel", "invitationsUrl"],
  optional: ["recipientName"],
  action: "invitationsUrl",
  fi: {
    subject: "Kutsu: {{organisationName}} Omatiedossa",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} kutsuu sinut Omatiedon käyttäjäksi roolissa {{roleLabel}}.",
      "Kutsu ei anna pääsyä mihinkään ennen kuin hyväksyt sen. Kirjaudu sisään ja hyväksy tai hylkää kutsu. Jos et odottanut kutsua, voit hylätä sen.",
      "{{invitationsUrl}}",
    ),
    actionLabel: "Avaa kutsut",
  },
  sv: {
    subject: "Inbjudan: {{organisationName}} i Omatieto",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} bjuder in dig som användare av Omatieto i rollen {{roleLabel}}.",
      "Inbjudan ger ingen åtkomst förrän du har godkänt den. Logga in och godkänn eller avböj inbjudan. Om du inte väntade dig inbjudan kan du avböja den.",
      "{{invitationsUrl}}",
    ),
    actionLabel: "Öppna inbjudningar",
  },
  en: {
    subject: "Invitation: {{organisationName}} on Omatieto",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} invites you to Omatieto with the role {{roleLabel}}.",
      "The invitation gives no access until you accept it. Sign in and accept or decline it. If you did not expect this invitation, you can decline it.",
      "{{invitationsUrl}}",
    ),
    actionLabel: "Open invitations",
  },
};
