import type { ImportField } from "./fields";

/**
 * Heading vocabulary in Finnish, Swedish and English, current GDPR notices and the old Personal Data Act's
 * "rekisteriseloste" (HetiL 10 §) alike. One heading may name several fields ("oikeusperuste ja tarkoitus").
 * Matched against the heading in lower case, without numbering, colon or question mark.
 */
const PATTERNS: Array<[ImportField, RegExp]> = [
  ["name", /rekisterin nimi|henkilötietojen ryhmä|registrets namn|registrets benämning|registernamn|name of the (register|filing system)|register name/],
  ["controller", /rekisterinpitäjä|personuppgiftsansvarig|registeransvarig|registerförare|\bcontroller\b/],
  ["contact", /yhteyshenkilö|yhteydenot|kehen voit olla yhteydessä|yhteystiedot henkilötietojen|kontaktperson|kontakta oss|vem kan du kontakta|kontakt i ärenden|contact person|contact us|how to contact|who (can|to) contact/],
  ["dpo", /tietosuojavastaava|dataskyddsombud|data protection officer|\bdpo\b/],
  ["purposes", /tarkoitu|käyttötarkoit|ändamål|syfte|purpose/],
  ["legalBasis", /peruste(?!ttu)|rättslig grund|laglig grund|grund(en)? för (behandling|registret|förande)|legal basis|lawful basis|basis for processing/],
  ["subjectGroups", /rekisteröityjen ryhm|keitä rekisteri koskee|kenen tietoja|kategorier av registrerade|registrerade grupper|vems uppgifter|groups of data subjects|whose data/],
  ["dataCategories", /tietosisältö|mitä tietoja|käsiteltävät (henkilö)?tiedot|henkilötietoryhm|tietoryhm|uppgiftsinnehåll|registrets innehåll|vilka (person)?uppgifter|kategorier av personuppgifter|data content|categories of (personal )?data|what (personal )?data|personal data we (process|collect)/],
  ["sources", /tietolähte|mistä saamme|mistä tiedot|tietojen lähte|uppgiftskällor|källor|varifrån|\bsources?\b|where (do )?we (get|obtain)/],
  ["recipients", /luovut|kenelle|vastaanottaj|utlämn|mottagare|överlåt|disclos|recipients?|who (do )?we share/],
  ["transfers", /siirr|siirto|eu:n|eta:n|ety:n|överför|utanför eu|transfers?|outside (the )?(eu|eea)/],
  ["retention", /säilyt|kuinka kauan|miten pitkään|how long|retention|lagringstid|bevar|hur länge|gallring/],
  ["security", /suojaamme|suojauksen|suojaus|tietoturv|(?<!data)skydd|säkerhet|security|how we protect|protection of (the )?data/],
  ["rights", /oikeu(det|tesi|tenne|ksi)\b|tarkastusoikeus|oikeus (tarkastaa|vaatia|peruuttaa|vastustaa|siirtää)|rättigheter|rätt (att|till)|granskningsrätt|rättelse|\brights\b|right (of|to)/],
  ["automatedDecisions", /automaattis|profiloin|automatiser|automatiskt beslut|profilering|automated|profiling/],
  ["changes", /muutok|muutoks|ändring|\bchanges\b|updates to this/],
];

/** Strip numbering ("1.", "1)", "§ 3", "III."), a trailing colon or question mark, and lower-case. */
export function normaliseHeading(line: string): string {
  return line
    .trim()
    .replace(/^(§\s*)?(\d{1,2}(\.\d{1,2})*|[IVX]{1,5})[.)]?\s+/i, "")
    .replace(/[\s:?.]+$/, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** The fields a heading names, in the order of the vocabulary; empty when it names none. */
export function matchHeading(line: string): ImportField[] {
  const h = normaliseHeading(line);
  if (!h || h.length > 160) return [];
  const hits = PATTERNS.filter(([, re]) => re.test(h)).map(([f]) => f);
  // "Rekisterinpitäjän yhteyshenkilö" / "Kontaktperson hos registeransvarig" name the contact, not the controller.
  if (hits.includes("contact") && hits.includes("controller") && !/\bja\b|\boch\b|\band\b/.test(h)) return hits.filter((f) => f !== "controller");
  // "Tietosuojavastaavan yhteystiedot" is the DPO only.
  if (hits.includes("dpo")) return hits.filter((f) => f !== "contact" && f !== "controller");
  return hits;
}

/** "3.", "3)", "§ 3", "III." at the start of a line: the number, or null. */
export function headingNumber(line: string): number | null {
  const m = /^\s*(?:§\s*)?(\d{1,2})[.)]?\s+\S/.exec(line);
  if (m && /^\s*(?:§\s*)?\d{1,2}[.)]\s|^\s*§\s*\d/.test(line)) return Number(m[1]);
  const r = /^\s*([IVX]{1,5})\.\s+\S/.exec(line);
  if (!r) return null;
  const roman: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  const s = r[1].toUpperCase();
  for (let i = 0; i < s.length; i++) {
    const v = roman[s[i]], next = roman[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** Which language the notice is in, from its words (fi default). */
export function detectLocale(text: string): "fi" | "sv" | "en" {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const count = (set: string[]) => words.filter((w) => set.includes(w)).length;
  const fi = count(["ja", "tai", "tiedot", "tietoja", "henkilötietojen", "rekisteri", "on", "ovat", "rekisterinpitäjä"]);
  const sv = count(["och", "eller", "uppgifter", "personuppgifter", "är", "för", "av", "registret", "som"]);
  const en = count(["and", "or", "the", "data", "personal", "is", "are", "of", "we"]);
  if (sv > fi && sv >= en) return "sv";
  if (en > fi && en > sv) return "en";
  return "fi";
}
