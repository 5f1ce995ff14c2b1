import { paragraphs } from "../layout";
import type { EmailTemplateDefinition } from "../types";

/**
 * A fee is asked before the request is carried out (Art. 12(5)(a), 15(3); EDPB Guidelines 01/2022: a
 * reasonable fee based on administrative costs). The subject answers on the request page; the email
 * only says so, with the amount, the ground and the reasons. The clock does not pause (LEGAL.md §1).
 */
export const feeProposed: EmailTemplateDefinition = {
  code: "fee_proposed",
  audience: "subject",
  placeholders: ["organisationName", "organisationContact", "reference", "requestTypeLabel", "requestUrl", "amount", "basis", "reasons"],
  optional: ["recipientName"],
  action: "requestUrl",
  fi: {
    subject: "Pyyntösi käsittelystä pyydetään maksu ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} pyytää {{amount}} maksun ennen kuin se toteuttaa pyyntösi, koska {{basis}}. Maksu perustuu hallinnollisiin kuluihin (EU:n yleisen tietosuoja-asetuksen 12 artiklan 5 kohta ja 15 artiklan 3 kohta).",
      "Pyynnön tunnus: {{reference}}\nPyynnön laji: {{requestTypeLabel}}",
      "Perustelut:\n{{reasons}}",
      "Hyväksy maksu tai kieltäydy siitä pyyntösi sivulla. Mitään ei tehdä ennen vastaustasi. Jos et hyväksy maksua, pyyntöä ei toteuteta, ja voit valittaa päätöksestä.",
      "{{requestUrl}}",
    ),
    actionLabel: "Avaa pyyntö",
  },
  sv: {
    subject: "En avgift begärs för din begäran ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} begär en avgift på {{amount}} innan den tillmötesgår din begäran, eftersom {{basis}}. Avgiften grundar sig på de administrativa kostnaderna (artikel 12.5 och 15.3 i EU:s allmänna dataskyddsförordning).",
      "Ärendenummer: {{reference}}\nTyp av begäran: {{requestTypeLabel}}",
      "Skäl:\n{{reasons}}",
      "Godta eller avböj avgiften på sidan för din begäran. Ingenting görs innan du svarar. Om du inte godtar avgiften tillmötesgås begäran inte, och du kan klaga på beslutet.",
      "{{requestUrl}}",
    ),
    actionLabel: "Öppna begäran",
  },
  en: {
    subject: "A fee is asked for your request ({{reference}})",
    text: paragraphs(
      "{{greeting}}",
      "{{organisationName}} asks a fee of {{amount}} before it carries out your request, because {{basis}}. The fee is based on administrative costs (Art. 12(5) and 15(3) of the General Data Protection Regulation).",
      "Reference: {{reference}}\nType of request: {{requestTypeLabel}}",
      "Reasons:\n{{reasons}}",
      "Accept or decline the fee on your request's page. Nothing is done until you answer. If you decline, the request is not carried out, and you can complain about that decision.",
      "{{requestUrl}}",
    ),
    actionLabel: "Open the request",
  },
};
