import type { Locale } from "@/lib/db/types";

/**
 * The terms the message files, the email templates and the seed notices follow: one word per concept and
 * language, taken from the GDPR's own Finnish, Swedish and English texts (or the Finnish authorities' usage
 * where the GDPR has no word). `wrong` lists variants that have crept in before; tests/i18n/glossary.test.ts
 * fails when one of them is back. A wrong variant is a string (matched case-sensitively) or a RegExp, and
 * is checked only against texts in its own language, so a Finnish word cannot trip the Swedish check.
 */
export type GlossaryEntry = {
  concept: string;
  /** Where the term comes from: a GDPR article, the Data Protection Act (1050/2018) or EDPB guidance. */
  source: string;
  terms: Record<Locale, string>;
  wrong?: Partial<Record<Locale, (string | RegExp)[]>>;
};

export const glossary: GlossaryEntry[] = [
  { concept: "controller", source: "GDPR Art. 4(7)", terms: { fi: "rekisterinpitäjä", sv: "personuppgiftsansvarig", en: "controller" }, wrong: { sv: [/registeransvarig/i] } },
  { concept: "data subject", source: "GDPR Art. 4(1)", terms: { fi: "rekisteröity", sv: "den registrerade", en: "data subject" } },
  {
    concept: "processor", source: "GDPR Art. 4(8), 28",
    terms: { fi: "henkilötietojen käsittelijä", sv: "personuppgiftsbiträde", en: "processor" },
    // "käsittelijä" alone is the staff member handling a request everywhere else in the Finnish UI.
    wrong: { fi: ["Tehtävät käsittelijöille"] },
  },
  { concept: "personal identity code", source: "Data Protection Act s. 29", terms: { fi: "henkilötunnus", sv: "personbeteckning", en: "personal identity code" } },
  { concept: "unambiguous identification", source: "Data Protection Act s. 29", terms: { fi: "henkilön yksilöiminen", sv: "entydig identifiering", en: "unambiguously identify" }, wrong: { en: ["identify the person reliably"] } },
  {
    concept: "supplementary statement", source: "GDPR Art. 16",
    terms: { fi: "täydentävä lausuma", sv: "kompletterande utlåtande", en: "supplementary statement" },
    wrong: { fi: [/lisälausum/i, /\(lisäselvitys\)/], sv: [/kompletterande yttrande/i, /kompletterande redogörelse/i, /tilläggsuttalande/i] },
  },
  {
    concept: "particular situation", source: "GDPR Art. 21(1)",
    terms: { fi: "erityinen tilanne", sv: "skäl som hänför sig till din specifika situation", en: "grounds relating to your particular situation" },
    wrong: { sv: [/särskild(a)? situation/i, /särskilda personliga skäl/i], en: [/special situation/i] },
  },
  {
    concept: "no overriding legitimate grounds", source: "GDPR Art. 17(1)(c)",
    terms: { fi: "ei ole painavampaa perustetta", sv: "det saknas berättigade skäl som väger tyngre", en: "there are no overriding legitimate grounds" },
    wrong: { sv: [/inga starkare skäl/i] },
  },
  {
    concept: "paused deadline", source: "EDPB Guidelines 01/2022 (asking for information: GDPR Art. 12(6))",
    terms: { fi: "määräaika ei kulu", sv: "tidsfristen löper inte / vilar", en: "the time limit does not run" },
    // "Avbryt" alone is the Cancel button; only its use for the deadline is wrong.
    wrong: { sv: [/tidsfristen (är )?avbr/i, /avbryt tidsfristen/i, /avbruten (sedan|sammanlagt)/i, /avbrutna dagar/i] },
  },
  {
    concept: "restriction lifted", source: "GDPR Art. 18(3)",
    terms: { fi: "rajoitus poistetaan", sv: "begränsningen hävs", en: "the restriction is lifted" },
    wrong: { sv: [/upphäv/i, /förhandsbesked/i] },
  },
  { concept: "advance notice (of lifting a restriction)", source: "GDPR Art. 18(3)", terms: { fi: "ennakkoilmoitus", sv: "Meddelande i förväg", en: "advance notice" }, wrong: { sv: [/förhandsbesked/i] } },
  {
    concept: "supervisory authority", source: "GDPR Art. 51, 77; Data Protection Act s. 8",
    terms: { fi: "valvontaviranomainen (tietosuojavaltuutettu)", sv: "tillsynsmyndigheten (dataombudsmannen)", en: "supervisory authority (the Data Protection Ombudsman)" },
    wrong: {
      fi: ["valvontaviranomainen on tietosuojavaltuutetun toimisto"],
      sv: [/dataskyddsmyndighet/i, "tillsynsmyndigheten dataombudsmannens byrå"],
      en: [/data protection authority/i, "supervisory authority is the Office"],
    },
  },
  {
    concept: "the Ombudsman's address", source: "tietosuoja.fi",
    terms: { fi: "Lintulahdenkuja 4, 00530 Helsinki; PL 800, 00531 Helsinki", sv: "Fågelviksgränden 4, 00530 Helsingfors; PB 800, 00531 Helsingfors", en: "PO Box 800, 00531 Helsinki" },
    wrong: { sv: [/Lintulahdenkuja/, /PL 800/, /PO Box 800/], fi: [/PO Box 800/] },
  },
  {
    concept: "Data Protection Act s. 34", source: "Data Protection Act (1050/2018) s. 34",
    terms: { fi: "tietosuojalain 34 §", sv: "34 § i dataskyddslagen", en: "Data Protection Act s. 34" },
    wrong: { sv: [/\bDSL\b/, /dataskyddslagen \d+ §/], fi: [/tietosuojalaki \d+ §/] },
  },
  {
    concept: "privacy notice", source: "GDPR Art. 13, 14",
    terms: { fi: "tietosuojaseloste", sv: "dataskyddsbeskrivning", en: "privacy notice" },
    wrong: { fi: [/rekisteriseloste/i], sv: [/registerbeskrivning/i], en: [/register description/i] },
  },
  {
    concept: "direct marketing", source: "GDPR Art. 21(2), (3)",
    terms: { fi: "suoramarkkinointi", sv: "direktmarknadsföring", en: "direct marketing" },
    wrong: { sv: [/direktreklam/i, /reklamförbud/i] },
  },
  { concept: "data portability", source: "GDPR Art. 20", terms: { fi: "tietojen siirtäminen", sv: "dataportabilitet", en: "data portability" }, wrong: { en: ["Get my data to move"] } },
  { concept: "user of an organisation (not a member: a jäsen)", source: "-", terms: { fi: "organisaation käyttäjä", sv: "användare i organisationen", en: "a user of this organisation" }, wrong: { en: [/member of the organisation/i] } },
  { concept: "original due date", source: "GDPR Art. 12(3)", terms: { fi: "alkuperäinen määräpäivä", sv: "den ursprungliga sista svarsdagen", en: "the original due date" }, wrong: { fi: [/ensimmäi\w* määräpäiv/i], sv: [/första sista dag/i, /första tidsfrist/i], en: [/first due date/i] } },
  // "registrerad" is the data subject; a request filed by staff is "inlämnad".
  { concept: "filed by staff", source: "-", terms: { fi: "kirjattu henkilökunnan toimesta", sv: "inlämnad av personalen", en: "filed by staff" }, wrong: { sv: [/registrerad av personalen/i] } },
  { concept: "request in progress", source: "-", terms: { fi: "Käsittelyssä", sv: "Under handläggning", en: "In progress" }, wrong: { sv: ["Under behandling"], en: [/being handled/i] } },
  { concept: "request reference", source: "-", terms: { fi: "tunnus", sv: "ärendenummer", en: "reference" }, wrong: { sv: [/referensnum/i, /begärans referens/i] } },
  { concept: "request withdrawn", source: "-", terms: { fi: "Peruttu", sv: "Återkallad", en: "Withdrawn" }, wrong: { sv: [/återtag/i] } },
  { concept: "contact language", source: "-", terms: { fi: "asiointikieli", sv: "kontaktspråk", en: "service language" }, wrong: { sv: [/ärendespråk/i] } },
  { concept: "client relationship", source: "-", terms: { fi: "asiakassuhde", sv: "klientrelation", en: "client relationship" }, wrong: { sv: [/kundrelation/i] } },
  {
    // "seloste" is the privacy notice (tietosuojaseloste) and the accessibility statement; "raportti" crept in from the staff side.
    concept: "access report (the PDF)", source: "GDPR Art. 15(3)", terms: { fi: "selvitys", sv: "redogörelse", en: "report" },
    wrong: { fi: [/\braportt?(i|ia|in|ina|iin|issa|ista|eja|eihin)\b/i, /\bPDF-raport/i, /Selosteeseen tulisi/], sv: [/\brapport(en|ens|er|erna)?\b/i] },
  },
  { concept: "strong electronic identification", source: "Act on Strong Electronic Identification (617/2009)", terms: { fi: "vahva sähköinen tunnistautuminen", sv: "stark elektronisk identifiering", en: "strong electronic identification" }, wrong: { sv: [/stark autentisering/i] } },
  { concept: "mental health association", source: "-", terms: { fi: "mielenterveysyhdistys", sv: "föreningen för psykisk hälsa", en: "mental health association" }, wrong: { sv: [/mentalvårdsförening/i] } },
  {
    // One article-reference style per language: fi "7 art. 3 kohta" / "7 artiklan 3 kohta", sv "art. 7.3" /
    // "artikel 7.3 i …", en "Art. 7(3)" / "Article 7(3)".
    concept: "article reference", source: "GDPR citation style",
    terms: { fi: "7 art. 3 kohta", sv: "art. 7.3", en: "Art. 7(3)" },
    wrong: { fi: [/\d+\(\d+\)/, /(^|\()art\. \d/], sv: [/\bart\. \d+\(\d+\)/i, /\bArt\. \d/, /artikel \d+\(\d+\)/i], en: [/\bart\. \d+\.\d/i, /\bart\. \d/, /Article \d+\.\d/] },
  },
];
