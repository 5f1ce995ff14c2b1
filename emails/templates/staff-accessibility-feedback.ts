import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * To the organisation's contact: someone sent feedback on the accessibility of the service (Act on the
 * Provision of Digital Services 306/2019, s. 15: answer within 14 days). The sender's words are quoted
 * as given; their contact only if they left one.
 */
export const staffAccessibilityFeedback: EmailTemplateDefinition = {
  code: "staff_accessibility_feedback",
  audience: "staff",
  placeholders: ["organisationName", "feedbackText", "feedbackContact", "feedbackPage"],
  optional: ["recipientName"],
  fi: {
    subject: "Palaute Omatiedon saavutettavuudesta",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: Omatiedon saavutettavuusselosteen kautta on lähetetty palautetta. Digipalvelulain (306/2019) 15 §:n mukaan palautteeseen on vastattava 14 päivän kuluessa.",
      "Palaute:\n{{feedbackText}}",
      "Sivu, jota palaute koskee: {{feedbackPage}}",
      "Lähettäjän yhteystieto: {{feedbackContact}}",
    ),
  },
  sv: {
    subject: "Respons om tillgängligheten i Omatieto",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: respons har skickats via tillgänglighetsutlåtandet för Omatieto. Enligt 15 § i lagen om tillhandahållande av digitala tjänster (306/2019) ska responsen besvaras inom 14 dagar.",
      "Respons:\n{{feedbackText}}",
      "Sida som responsen gäller: {{feedbackPage}}",
      "Avsändarens kontaktuppgift: {{feedbackContact}}",
    ),
  },
  en: {
    subject: "Feedback on the accessibility of Omatieto",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}}: feedback has been sent through the accessibility statement of Omatieto. Under section 15 of the Act on the Provision of Digital Services (306/2019), it must be answered within 14 days.",
      "Feedback:\n{{feedbackText}}",
      "Page concerned: {{feedbackPage}}",
      "Sender's contact: {{feedbackContact}}",
    ),
  },
};
