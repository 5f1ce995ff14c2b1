import type { ImportField } from "./fields";

/** Fields shown as lists in the notice; the others are prose. */
export const LIST_FIELDS: ReadonlySet<ImportField> = new Set(["purposes", "subjectGroups", "dataCategories", "sources", "recipients", "security", "rights"]);

/**
 * What a paragraph says, for sections whose heading names several fields ("oikeusperuste ja tarkoitus",
 * "Miten suojaamme tiedot ja miten pitkään niitä säilytämme?"). Only fields the heading names, or
 * retention/transfers/subject groups the notice has no heading for, are considered; the admin sees the
 * passage each one came from.
 */
const CONTENT: Array<[ImportField, RegExp]> = [
  ["retention", /säilytetään[^.]*(pitkään|ajan|vuo|kuukau|kunnes)|poistetaan|hävitetään|säilytysaika|bevaras[^.]*(länge|år|tills)|raderas|gallras|lagringstid|retain|kept for|deleted after|as long as/i],
  ["transfers", /\beu:n\b|\beta:n\b|\bety:n\b|eu\/eta|eu- ja eta|utanför eu|ees-området|outside the (eu|eea|european)|third countr|kolmansiin maihin/i],
  ["subjectGroups", /^(asiakkaaksi|rekisteröityjä ovat|rekisteröidyt ovat|rekisteriin tallennetaan seuraavi(a|en) henkilö|registrerade är|de registrerade|data subjects are)|henkilöryhm|rekisteröityjen ryhm/i],
  ["legalBasis", /perustee|peruste on|oikeutettu(un)? etu|suostumukse(en|ll)|sopimuksen täytän|rättslig grund|berättigat intresse|samtycke|legal basis|legitimate interest|based on (your )?consent/i],
  ["purposes", /tarkoitu|käyttötarkoit|ändamål|purpose/i],
];

export function classifyParagraph(text: string, candidates: ImportField[]): ImportField | null {
  for (const [field, re] of CONTENT) if (candidates.includes(field) && re.test(text)) return field;
  return null;
}

/** The field a multi-field section falls back to: its first list field, else its first field. */
export function primaryField(fields: ImportField[]): ImportField {
  return fields.find((f) => LIST_FIELDS.has(f)) ?? fields[0];
}
