/**
 * Demo data: person records of the two seed registers, and the portal accounts of data subjects.
 * Every person is fictional. Addresses use real street names with made-up numbers; emails use only
 * example.fi / example.com / example.net; phones are 040 000xxxx.
 *
 * What each register holds follows its notice (organisations.ts):
 * - Turun Kaupunkilähetys (000) collects the birth YEAR only, mother tongue and working-life status;
 *   no identity code, no service language, no photos, no feedback.
 * - MIELI Länsirannikko (004) collects birth date, identity code and language of service, photos,
 *   CCTV recordings, campaign/contact history and feedback; no mother tongue or working-life status.
 *   Its crisis-work notes are health data: every 004 case note is `special: true`.
 *
 * Keys: `key` is a local key ("tkl-…" / "mlr-…") that requests.ts uses in `personKeys` and in
 * `details.items[].personId`; a consent's `key` is "<personKey>#<purpose>" and is what
 * `details.consentIds` of a consent-withdrawal request holds; a case note's optional `key` is what
 * `itemMarks` of a request points at. The inserter maps each key to the generated uuid.
 *
 * Absent optional fields mean null / false / [] (see the types).
 * Codes stored in text columns (the UI translates them):
 *   gender: "female" | "male" | "other"
 *   motherTongue: ISO 639-1 ("fi", "sv", "en", "so", "fa", "ru", …)
 *   workingLifeStatus: see WorkingLifeStatus
 *   relationshipState: "active" | "ended"
 *   restrictionGround: "a" | "b" | "c" | "d" (Art. 18(1)), or "art17_3" for data kept under an
 *     erasure exception (Art. 17(3)) and restricted to storage
 *   case-note / contact-event channel: "in_person" | "phone" | "email" | "sms" | "whatsapp" |
 *     "web_form" | "network_meeting" | "chat" | "video" | "letter"
 *   consent method: "signed_form" | "verbal" | "web_form" | "email"
 */
import type { Locale } from "@/lib/db/types";
import type { CaseNote, identityVerifications } from "@/lib/db/schema";
import type { OrgSlug } from "./organisations";

export type WorkingLifeStatus =
  | "employed"
  | "entrepreneur"
  | "unemployed"
  | "student"
  | "retired"
  | "sick_leave"
  | "rehabilitation"
  | "outside_labour_force";

export type SeedConsent = {
  /** "<personKey>#<purpose>" */
  key: string;
  purpose: string;
  /** Finnish description as recorded by staff. */
  description: string;
  givenAt: string;
  withdrawnAt?: string | null;
  method?: string;
};

export type SeedCaseNote = {
  /** Only where a request refers to the note (redaction, rectification). */
  key?: string;
  writtenAt: string;
  author: string | null;
  source: CaseNote["source"];
  sourceDetail?: string | null;
  channel?: string | null;
  topic: string;
  special: boolean;
  body: string;
};

export type SeedEventRegistration = {
  kind: "event" | "training" | "group";
  eventName: string;
  eventDate: string;
  dietaryNeeds?: string | null;
  attended?: boolean | null;
  registeredAt: string;
};

export type SeedMedia = {
  kind: "photo" | "camera_recording";
  capturedAt: string;
  description: string;
  location?: string | null;
  /** Key of the consent the photo was taken under. */
  consentKey?: string;
  deleteAfter?: string | null;
};

export type SeedContactEvent = { occurredAt: string; channel: string; campaign?: string | null; summary: string };
export type SeedFeedback = { givenAt: string; channel?: string | null; rating?: number | null; body: string };

export type SeedPerson = {
  key: string;
  orgSlug: OrgSlug;
  registerSlug: "asiakasrekisteri";
  firstName: string | null;
  lastName: string | null;
  birthYear?: number | null;
  birthDate?: string | null;
  /** Plain here; the inserter encrypts it and stores the keyed lookup hash. Never log it. */
  identityCode?: string | null;
  gender?: "female" | "male" | "other" | null;
  motherTongue?: string | null;
  serviceLanguage?: Locale | null;
  workingLifeStatus?: WorkingLifeStatus | null;
  email?: string | null;
  phone?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  city?: string | null;
  subjectGroups: string[];
  relationshipStart?: string | null;
  relationshipEnd?: string | null;
  relationshipState?: "active" | "ended" | null;
  directMarketingBan?: boolean;
  researchBan?: boolean;
  profilingBan?: boolean;
  restricted?: boolean;
  restrictedAt?: string | null;
  restrictionGround?: string | null;
  /** Anonymous clients (LEGAL.md §2): a reference and a secret handed out by staff. */
  clientReference?: string | null;
  /** Plain demo secret; the inserter stores only its hash (clientSecretHash). */
  clientSecret?: string | null;
  consents?: SeedConsent[];
  caseNotes?: SeedCaseNote[];
  eventRegistrations?: SeedEventRegistration[];
  media?: SeedMedia[];
  contactEvents?: SeedContactEvent[];
  feedback?: SeedFeedback[];
};

const TKL = "turun-kaupunkilahetys" as const;
const MLR = "mieli-lansirannikko" as const;
const REG = "asiakasrekisteri" as const;

/* ------------------------------------------------------------------------------------------------
 * 000 — Turun Kaupunkilähetys ry (18 records)
 * ---------------------------------------------------------------------------------------------- */

const tklPersons: SeedPerson[] = [
  {
    key: "tkl-aino-virtanen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Aino",
    lastName: "Virtanen",
    birthYear: 1987,
    gender: "female",
    motherTongue: "fi",
    workingLifeStatus: "unemployed",
    email: "aino.virtanen@example.fi",
    phone: "040 0001101",
    streetAddress: "Puolalankatu 9 B 14",
    postalCode: "20100",
    city: "Turku",
    subjectGroups: ["professional_help_client"],
    relationshipStart: "2024-02-12",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-aino-virtanen#special_data",
        purpose: "special_data",
        description: "Elämäntilannetta, terveyttä ja avun tarvetta koskevien tietojen kirjaaminen asiakassuhteen hoitamiseksi",
        givenAt: "2024-02-12T10:05:00Z",
        method: "signed_form",
      },
      {
        key: "tkl-aino-virtanen#network_work",
        purpose: "network_work",
        description: "Verkostotyö: tietojen vaihto Turun kaupungin aikuissosiaalityön ja terveysaseman kanssa",
        givenAt: "2024-03-04T09:00:00Z",
        method: "signed_form",
      },
      {
        key: "tkl-aino-virtanen#newsletter",
        purpose: "newsletter",
        description: "Kaupunkilähetyksen uutiskirje ja tapahtumakutsut sähköpostiin",
        givenAt: "2024-02-12T10:05:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        key: "tkl-aino-n1",
        writtenAt: "2024-02-12T10:40:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "in_person",
        topic: "Alkuhaastattelu",
        special: true,
        body: "Aino tuli ensimmäistä kertaa vastaanotolle. Hän kertoo jääneensä työttömäksi syksyllä 2023, ja vuokrarästejä on kertynyt kolmelta kuukaudelta. Masennuslääkitys aloitettiin työterveyshuollossa ennen irtisanomista, mutta hoitosuhde katkesi työsuhteen päättyessä. Aino toivoo apua talouden selvittämiseen ja keskusteluapua. Sovimme viikoittaiset tapaamiset.",
      },
      {
        key: "tkl-aino-n2",
        writtenAt: "2024-03-04T12:15:00Z",
        author: "Katja Suominen",
        source: "professional",
        sourceDetail: "Turun kaupungin aikuissosiaalityö, sosiaaliohjaaja",
        channel: "network_meeting",
        topic: "Verkostopalaveri",
        special: true,
        body: "Verkostopalaveri Ainon luvalla. Sosiaaliohjaajan näkemyksen mukaan toimeentulotukihakemus voidaan käsitellä kiireellisenä, kun vuokranantajan kanssa tehty maksusuunnitelma liitetään hakemukseen. Ohjaaja suosittelee hoitokontaktin palauttamista terveysasemalle. Aino kokee olevansa valmis hakeutumaan hoitoon.",
      },
      {
        key: "tkl-aino-n3",
        writtenAt: "2024-05-20T13:30:00Z",
        author: "Katja Suominen",
        source: "relative",
        sourceDetail: "sisar Sanna Virtanen, puhelu Ainon luvalla",
        channel: "phone",
        topic: "Omaisen yhteydenotto",
        special: true,
        body: "Ainon sisar Sanna Virtanen soitti Ainon luvalla. Sanna on huolissaan siitä, ettei Aino ole jaksanut lähteä kotoa viime viikkoina. Sanna kertoi olevansa itse sairauslomalla uupumuksen vuoksi, eikä hän pysty tällä hetkellä auttamaan Ainoa arjessa. Sovimme, että soitan Ainolle huomenna.",
      },
      {
        writtenAt: "2024-09-10T16:02:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "whatsapp",
        topic: "Viesti asiakkaalta",
        special: false,
        body: "Aino kertoi WhatsApp-viestillä, että vuokranantaja hyväksyi maksusuunnitelman. Hän kiittää avusta ja toivoo seuraavaa tapaamista lokakuun alkuun.",
      },
      {
        writtenAt: "2026-06-02T11:00:00Z",
        author: "Katja Suominen",
        source: "staff",
        channel: "in_person",
        topic: "Tilannekatsaus",
        special: false,
        body: "Aino on osallistunut kevään vertaisryhmään ja hakenut kuntouttavaan työtoimintaan. Asiakkuus jatkuu, tapaamiset kerran kuukaudessa.",
      },
    ],
    eventRegistrations: [
      {
        kind: "event",
        eventName: "Kaupunkilähetyksen joulujuhla",
        eventDate: "2025-12-12",
        dietaryNeeds: "kasvisruoka",
        attended: true,
        registeredAt: "2025-11-28T09:20:00Z",
      },
      {
        kind: "group",
        eventName: "Kevään vertaisryhmä: Arjen voimavarat",
        eventDate: "2026-03-03",
        attended: true,
        registeredAt: "2026-02-16T10:00:00Z",
      },
    ],
  },
  {
    key: "tkl-mikael-nyberg",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Mikael",
    lastName: "Nyberg",
    birthYear: 1958,
    gender: "male",
    motherTongue: "sv",
    workingLifeStatus: "retired",
    email: "mikael.nyberg@example.fi",
    phone: "040 0001102",
    streetAddress: "Linnankatu 31 A 5",
    postalCode: "20100",
    city: "Turku",
    subjectGroups: ["volunteer", "member"],
    relationshipStart: "2019-04-01",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-mikael-nyberg#newsletter",
        purpose: "newsletter",
        description: "Kaupunkilähetyksen uutiskirje ja tapahtumakutsut sähköpostiin",
        givenAt: "2019-04-01T08:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2019-04-01T09:30:00Z",
        author: "Johanna Sjöberg",
        source: "subject",
        channel: "in_person",
        topic: "Introduktion för frivilliga",
        special: false,
        body: "Mikael anmälde sig som frivillig vänbesökare. Han har tidigare arbetat som sjökapten och vill gärna besöka äldre svenskspråkiga klienter. Han har gått igenom introduktionen och undertecknat tystnadsförbindelsen.",
      },
      {
        writtenAt: "2025-03-14T14:10:00Z",
        author: "Johanna Sjöberg",
        source: "subject",
        channel: "phone",
        topic: "Frivilliguppdrag",
        special: true,
        body: "Mikael meddelade att han gör ett uppehåll i vänbesöken under våren på grund av en planerad knäoperation. Han hör av sig igen i augusti.",
      },
      {
        writtenAt: "2025-08-20T10:45:00Z",
        author: "Johanna Sjöberg",
        source: "subject",
        channel: "in_person",
        topic: "Frivilliguppdrag",
        special: false,
        body: "Mikael är tillbaka och har fått ett nytt vänbesöksuppdrag hos en klient i Martti. Handledning varannan månad.",
      },
    ],
    eventRegistrations: [
      {
        kind: "event",
        eventName: "Vapaaehtoisten kiitosjuhla",
        eventDate: "2025-11-28",
        dietaryNeeds: "laktoositon",
        attended: true,
        registeredAt: "2025-11-10T12:00:00Z",
      },
      {
        kind: "event",
        eventName: "Kaupunkilähetyksen joulujuhla",
        eventDate: "2025-12-12",
        dietaryNeeds: "laktoositon",
        attended: false,
        registeredAt: "2025-11-30T18:40:00Z",
      },
    ],
  },
  {
    key: "tkl-jonna-lehtonen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Jonna",
    lastName: "Lehtonen",
    birthYear: 1990,
    gender: "female",
    motherTongue: "fi",
    workingLifeStatus: "employed",
    email: "jonna.lehtonen@example.com",
    phone: "040 0001103",
    streetAddress: "Hämeenkatu 22 C 31",
    postalCode: "20500",
    city: "Turku",
    subjectGroups: ["volunteer", "member"],
    relationshipStart: "2022-01-15",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-jonna-lehtonen#newsletter",
        purpose: "newsletter",
        description: "Kaupunkilähetyksen uutiskirje ja tapahtumakutsut sähköpostiin",
        givenAt: "2022-01-15T11:00:00Z",
        // Withdrawn in the portal: request TKL-2026-0008.
        withdrawnAt: "2026-10-22T15:45:30Z",
        method: "signed_form",
      },
      {
        key: "tkl-jonna-lehtonen#volunteer_contact",
        purpose: "volunteer_contact",
        description: "Yhteystietojen antaminen ryhmän osallistujille ja muille vapaaehtoisille ryhmänohjaajille",
        givenAt: "2022-01-15T11:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2022-01-15T11:20:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "in_person",
        topic: "Vapaaehtoisen perehdytys",
        special: false,
        body: "Jonna aloittaa vapaaehtoisena ryhmänohjaajana nuorten aikuisten vertaisryhmässä. Hän työskentelee päivisin kirjastossa, joten ohjausvuorot sovitaan iltaan. Perehdytys käyty ja vaitiolositoumus allekirjoitettu.",
      },
      {
        writtenAt: "2024-10-02T07:55:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "email",
        topic: "Vapaaehtoistehtävä",
        special: false,
        body: "Jonna kertoi sähköpostilla suorittaneensa kriisityön peruskoulutuksen Raumalla ja haluaisi jatkossa ohjata myös läheisensä menettäneiden ryhmää.",
      },
    ],
    eventRegistrations: [
      {
        kind: "training",
        eventName: "Ryhmänohjaajien työnohjausilta",
        eventDate: "2026-09-16",
        dietaryNeeds: "gluteeniton",
        attended: true,
        registeredAt: "2026-09-01T16:30:00Z",
      },
    ],
  },
  {
    key: "tkl-elias-sundqvist",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Elias",
    lastName: "Sundqvist",
    birthYear: 1979,
    gender: "male",
    motherTongue: "sv",
    workingLifeStatus: "employed",
    email: "elias.sundqvist@example.fi",
    phone: "040 0001104",
    streetAddress: "Aurakatu 14 A 7",
    postalCode: "20100",
    city: "Turku",
    subjectGroups: ["professional_help_client"],
    relationshipStart: "2025-11-03",
    relationshipState: "active",
    // Restricted pending his objection (Art. 18(1)(d)): requests TKL-2026-0014 and TKL-2026-0015.
    restricted: true,
    restrictedAt: "2026-10-28T08:10:00Z",
    restrictionGround: "d",
    consents: [
      {
        key: "tkl-elias-sundqvist#special_data",
        purpose: "special_data",
        description: "Elämäntilannetta, terveyttä ja avun tarvetta koskevien tietojen kirjaaminen asiakassuhteen hoitamiseksi",
        givenAt: "2025-11-03T13:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2025-11-03T14:00:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "in_person",
        topic: "Första samtal",
        special: true,
        body: "Elias sökte sig till samtalsstöd efter skilsmässan i somras. Han berättar om sömnsvårigheter och att han har svårt att koncentrera sig på arbetet vid universitetet. Han har ingen kontakt med företagshälsovården och vill inte att arbetsgivaren får veta om samtalen. Vi kom överens om fem samtal.",
      },
      {
        writtenAt: "2026-01-19T07:12:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "sms",
        topic: "Meddelande från klienten",
        special: false,
        body: "Elias meddelade per sms att han behöver flytta tisdagens tid till torsdag.",
      },
      {
        writtenAt: "2026-03-02T14:30:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "in_person",
        topic: "Uppföljning",
        special: true,
        body: "Sömnen har blivit bättre och Elias har börjat simma två gånger i veckan. Han säger att växelboendet för barnen fungerar bättre nu. Vi kom överens om ytterligare tre samtal.",
      },
    ],
  },
  {
    key: "tkl-fatima-hassan",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Fatima",
    lastName: "Hassan",
    birthYear: 1985,
    gender: "female",
    motherTongue: "so",
    workingLifeStatus: "student",
    email: "fatima.hassan@example.com",
    phone: "040 0001105",
    streetAddress: "Varissuonkatu 3 B 12",
    postalCode: "20610",
    city: "Turku",
    subjectGroups: ["volunteer_work_client"],
    relationshipStart: "2024-08-19",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-fatima-hassan#special_data",
        purpose: "special_data",
        description: "Elämäntilannetta, terveyttä ja avun tarvetta koskevien tietojen kirjaaminen asiakassuhteen hoitamiseksi",
        givenAt: "2024-08-19T09:30:00Z",
        method: "signed_form",
      },
      {
        key: "tkl-fatima-hassan#support_person",
        purpose: "support_person",
        description: "Tietojen antaminen suullisesti tukihenkilölle tukisuhteen järjestämiseksi",
        givenAt: "2024-08-19T09:30:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2024-08-19T10:15:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "in_person",
        topic: "Alkuhaastattelu",
        special: false,
        body: "Fatima toivoo suomenkielistä keskusteluseuraa kielen harjoittelemiseen. Hän opiskelee kotoutumiskoulutuksessa, ja hänellä on kolme kouluikäistä lasta. Etsitään tukihenkilö, joka voi tavata viikoittain Varissuolla.",
      },
      {
        key: "tkl-fatima-n2",
        writtenAt: "2024-09-05T13:00:00Z",
        author: "Mikko Lehtinen",
        source: "staff",
        channel: "in_person",
        topic: "Tukihenkilön valinta",
        special: false,
        body: "Tukihenkilöksi sovittiin vapaaehtoinen Helena Lindroos. Helenalle kerrottiin suullisesti Fatiman toiveista ja sopivista tapaamisajoista.",
      },
      {
        writtenAt: "2025-05-12T12:20:00Z",
        author: "Mikko Lehtinen",
        source: "third_party",
        sourceDetail: "tukihenkilö Helena Lindroos",
        channel: "phone",
        topic: "Tukisuhteen seuranta",
        special: true,
        body: "Tukihenkilö kertoi, että Fatimalla on ollut selkäkipuja eikä hän ole jaksanut lähteä kävelylle. Tapaamiset jatkuvat toistaiseksi Fatiman kotona.",
      },
    ],
    eventRegistrations: [
      {
        kind: "group",
        eventName: "Naisten kielikahvila",
        eventDate: "2026-02-05",
        dietaryNeeds: "halal",
        attended: true,
        registeredAt: "2026-01-26T10:00:00Z",
      },
    ],
  },
  {
    key: "tkl-pekka-salminen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Pekka",
    lastName: "Salminen",
    birthYear: 1941,
    gender: "male",
    motherTongue: "fi",
    workingLifeStatus: "retired",
    phone: "040 0001106",
    streetAddress: "Kurjenmäenkatu 7 A 2",
    postalCode: "20700",
    city: "Turku",
    subjectGroups: ["volunteer_work_client"],
    // Ended years ago: the "while_needed" review should flag this record.
    relationshipStart: "2019-04-10",
    relationshipEnd: "2023-05-31",
    relationshipState: "ended",
    caseNotes: [
      {
        key: "tkl-pekka-n1",
        writtenAt: "2019-04-10T08:30:00Z",
        author: "Päivi Ranta",
        source: "relative",
        sourceDetail: "tytär Marja Salminen",
        channel: "phone",
        topic: "Omaisen yhteydenotto",
        special: false,
        body: "Pekan tytär Marja Salminen soitti ja toivoi isälleen ystävävierailijaa. Pekka asuu yksin, vaimo kuoli viime vuonna. Marja asuu Tampereella ja käy isänsä luona kerran kuussa.",
      },
      {
        writtenAt: "2019-05-02T10:00:00Z",
        author: "Päivi Ranta",
        source: "staff",
        channel: "in_person",
        topic: "Ystäväpalvelu",
        special: false,
        body: "Ystävävierailijaksi sovittiin Mikael Nyberg. Vierailut torstaisin.",
      },
      {
        writtenAt: "2022-11-15T11:40:00Z",
        author: "Päivi Ranta",
        source: "professional",
        sourceDetail: "kotihoidon sairaanhoitaja",
        channel: "phone",
        topic: "Terveydentilan muutos",
        special: true,
        body: "Kotihoidon sairaanhoitaja kertoi Pekan luvalla, että hänen muistinsa on heikentynyt ja hän on kaatunut kotona kahdesti. Vierailut jatkuvat, ja vierailijaa on ohjeistettu.",
      },
      {
        writtenAt: "2023-05-31T09:00:00Z",
        author: "Päivi Ranta",
        source: "staff",
        channel: null,
        topic: "Asiakkuuden päättyminen",
        special: false,
        body: "Pekka muutti palvelutaloon Raisioon. Ystäväpalvelun asiakkuus päättyy. Vierailija lähetti Pekalle kortin.",
      },
    ],
  },
  {
    key: "tkl-raili-heinonen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Raili",
    lastName: "Heinonen",
    birthYear: 1966,
    gender: "female",
    motherTongue: "fi",
    // Contested in TKL-2026-0003 (she says "rehabilitation"); not yet decided.
    workingLifeStatus: "unemployed",
    email: "raili.heinonen@example.fi",
    // Already corrected in TKL-2026-0003 (was 040 0001170).
    phone: "040 0001107",
    streetAddress: "Uudenmaankatu 18 B 9",
    postalCode: "20500",
    city: "Turku",
    subjectGroups: ["professional_help_client"],
    relationshipStart: "2023-10-02",
    relationshipState: "active",
    restricted: true,
    restrictedAt: "2026-09-05T09:00:00Z",
    restrictionGround: "a",
    consents: [
      {
        key: "tkl-raili-heinonen#special_data",
        purpose: "special_data",
        description: "Elämäntilannetta, terveyttä ja avun tarvetta koskevien tietojen kirjaaminen asiakassuhteen hoitamiseksi",
        givenAt: "2023-10-02T08:30:00Z",
        method: "signed_form",
      },
      {
        key: "tkl-raili-heinonen#network_work",
        purpose: "network_work",
        description: "Verkostotyö: tietojen vaihto työvoimapalvelujen ja Turun kaupungin sosiaalipalvelujen kanssa",
        givenAt: "2024-02-20T10:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2023-10-02T09:15:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "in_person",
        topic: "Alkuhaastattelu",
        special: true,
        body: "Raili hakeutui tukeen pitkän sairausloman jälkeen. Hän kertoo selkäleikkauksesta ja siitä, että työkyvyn arviointi on kesken. Asuu yksin; aikuinen poika asuu Tampereella.",
      },
      {
        key: "tkl-raili-n2",
        writtenAt: "2024-03-12T12:00:00Z",
        author: "Mikko Lehtinen",
        source: "professional",
        sourceDetail: "työvoimapalvelut, työvoimaohjaaja",
        channel: "network_meeting",
        topic: "Verkostopalaveri",
        special: true,
        body: "Verkostopalaveri Railin luvalla. Työvoimaohjaajan näkemyksen mukaan Raili ei ole sitoutunut työnhakuun ja on jättänyt kaksi tapaamista väliin. Raili oli eri mieltä ja kertoi, että poissaolot johtuivat kipulääkityksen muutoksesta.",
      },
      {
        writtenAt: "2026-09-02T09:30:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "in_person",
        topic: "Asiakkaan vastine",
        special: false,
        body: "Raili kävi toimistolla ja pyysi tietojensa oikaisemista. Hänen mukaansa 12.3.2024 kirjattu työvoimaohjaajan näkemys ei pidä paikkaansa. Tietojen käsittelyä rajoitetaan, kunnes asia on selvitetty.",
      },
    ],
  },
  {
    key: "tkl-tomi-koskinen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Tomi",
    lastName: "Koskinen",
    birthYear: 1975,
    gender: "male",
    motherTongue: "fi",
    workingLifeStatus: "entrepreneur",
    email: "tomi.koskinen@example.net",
    phone: "040 0001108",
    streetAddress: "Itäinen Pitkäkatu 40 A 3",
    postalCode: "20520",
    city: "Turku",
    subjectGroups: ["member"],
    relationshipStart: "2018-03-01",
    relationshipState: "active",
    // Set by TKL-2026-0005 (objection to direct marketing).
    directMarketingBan: true,
    consents: [
      {
        key: "tkl-tomi-koskinen#newsletter",
        purpose: "newsletter",
        description: "Kaupunkilähetyksen uutiskirje ja tapahtumakutsut sähköpostiin",
        givenAt: "2018-03-01T12:00:00Z",
        withdrawnAt: "2026-10-05T10:25:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2026-10-05T10:30:00Z",
        author: "Johanna Sjöberg",
        source: "subject",
        channel: "email",
        topic: "Suoramarkkinointikielto",
        special: false,
        body: "Tomi pyysi sähköpostilla, ettei hänelle enää lähetetä lahjoituspyyntöjä eikä tapahtumamainontaa. Jäsenasioita koskevat jäsenkirjeet saa lähettää edelleen.",
      },
    ],
    eventRegistrations: [
      {
        kind: "event",
        eventName: "Yhdistyksen kevätkokous",
        eventDate: "2026-04-22",
        attended: true,
        registeredAt: "2026-04-08T14:00:00Z",
      },
    ],
  },
  {
    key: "tkl-leena-aaltonen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Leena",
    lastName: "Aaltonen",
    birthYear: 1971,
    gender: "female",
    motherTongue: "fi",
    workingLifeStatus: "employed",
    email: "leena.aaltonen@example.net",
    phone: "040 0001109",
    streetAddress: "Yliopistonkatu 30",
    postalCode: "20100",
    city: "Turku",
    subjectGroups: ["stakeholder_contact"],
    relationshipStart: "2021-06-01",
    relationshipState: "active",
    caseNotes: [
      {
        writtenAt: "2025-02-10T08:00:00Z",
        author: "Katja Suominen",
        source: "staff",
        channel: "email",
        topic: "Yhteistyö",
        special: false,
        body: "Leena Aaltonen (Turun kaupungin aikuissosiaalityö) on yhteyshenkilömme asiakasohjauksissa. Sovittu yhteistyöpalaveri kerran lukukaudessa.",
      },
    ],
    eventRegistrations: [
      {
        kind: "event",
        eventName: "Verkostoaamupäivä yhteistyökumppaneille",
        eventDate: "2026-03-18",
        attended: true,
        registeredAt: "2026-03-02T07:30:00Z",
      },
    ],
  },
  {
    key: "tkl-saara-koivisto",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Saara",
    lastName: "Koivisto",
    birthYear: 1996,
    gender: "female",
    motherTongue: "fi",
    workingLifeStatus: "student",
    email: "saara.koivisto@example.fi",
    phone: "040 0001110",
    streetAddress: "Rehtorinpellonkatu 4 A 17",
    postalCode: "20500",
    city: "Turku",
    subjectGroups: ["volunteer"],
    relationshipStart: "2025-09-01",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-saara-koivisto#newsletter",
        purpose: "newsletter",
        description: "Kaupunkilähetyksen uutiskirje ja tapahtumakutsut sähköpostiin",
        givenAt: "2025-09-01T15:00:00Z",
        method: "web_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2025-09-01T15:20:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "web_form",
        topic: "Vapaaehtoiseksi ilmoittautuminen",
        special: false,
        body: "Saara ilmoittautui nettisivujen lomakkeella vapaaehtoiseksi ruoka-avun jakoon. Hän opiskelee sosionomiksi ja voi osallistua keskiviikkoisin.",
      },
    ],
    eventRegistrations: [
      {
        kind: "training",
        eventName: "Uusien vapaaehtoisten perehdytysilta",
        eventDate: "2025-09-10",
        dietaryNeeds: "vegaaninen",
        attended: true,
        registeredAt: "2025-09-02T09:00:00Z",
      },
    ],
  },
  {
    key: "tkl-sofia-wikstrom",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Sofia",
    lastName: "Wikström",
    birthYear: 1994,
    gender: "female",
    motherTongue: "sv",
    workingLifeStatus: "employed",
    email: "sofia.wikstrom@example.fi",
    phone: "040 0001111",
    streetAddress: "Kaskenkatu 5 A 8",
    postalCode: "20700",
    city: "Turku",
    subjectGroups: ["volunteer", "member"],
    relationshipStart: "2023-02-01",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-sofia-wikstrom#newsletter",
        purpose: "newsletter",
        description: "Kaupunkilähetyksen uutiskirje ja tapahtumakutsut sähköpostiin",
        givenAt: "2023-02-01T16:00:00Z",
        method: "signed_form",
      },
      {
        key: "tkl-sofia-wikstrom#volunteer_contact",
        purpose: "volunteer_contact",
        description: "Yhteystietojen antaminen ryhmän osallistujille ja muille vapaaehtoisille ryhmänohjaajille",
        givenAt: "2023-02-01T16:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2023-02-01T16:30:00Z",
        author: "Johanna Sjöberg",
        source: "subject",
        channel: "in_person",
        topic: "Introduktion för frivilliga",
        special: false,
        body: "Sofia vill leda en svenskspråkig samtalsgrupp för unga vuxna. Hon har erfarenhet av församlingens ungdomsarbete. Tystnadsförbindelsen är undertecknad.",
      },
      {
        writtenAt: "2026-05-19T18:05:00Z",
        author: "Johanna Sjöberg",
        source: "subject",
        channel: "web_form",
        topic: "Kontaktformulär",
        special: false,
        body: "Sofia skrev via kontaktformuläret att hon byter telefonnummer i juni och vill att gruppdeltagarna får det nya numret.",
      },
    ],
    eventRegistrations: [
      {
        kind: "training",
        eventName: "Ryhmänohjaajien työnohjausilta",
        eventDate: "2026-09-16",
        dietaryNeeds: "vegaaninen",
        attended: true,
        registeredAt: "2026-09-03T19:10:00Z",
      },
    ],
  },
  {
    key: "tkl-ahmed-karimi",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Ahmed",
    lastName: "Karimi",
    birthYear: 1989,
    gender: "male",
    motherTongue: "fa",
    workingLifeStatus: "unemployed",
    email: "ahmed.karimi@example.com",
    phone: "040 0001112",
    // Updated by phone on 4.11.2026 (the portal request TKL-2026-0012 was then withdrawn).
    streetAddress: "Runosmäentie 8 B 21",
    postalCode: "20360",
    city: "Turku",
    subjectGroups: ["professional_help_client"],
    relationshipStart: "2025-04-14",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-ahmed-karimi#special_data",
        purpose: "special_data",
        description: "Elämäntilannetta, terveyttä ja avun tarvetta koskevien tietojen kirjaaminen asiakassuhteen hoitamiseksi",
        givenAt: "2025-04-14T09:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2025-04-14T09:45:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "in_person",
        topic: "Alkuhaastattelu",
        special: false,
        body: "Ahmed tuli vastaanotolle dari-kielisen tulkin kanssa. Hän etsii perheelleen asuntoa, koska nykyinen vuokrasopimus päättyy kesäkuussa. Jatkossa asioidaan englanniksi, tulkkia ei tarvita.",
      },
      {
        writtenAt: "2025-06-30T12:00:00Z",
        author: "Mikko Lehtinen",
        source: "staff",
        channel: null,
        topic: "Asunnonhaku",
        special: false,
        body: "Perhe sai vuokra-asunnon Runosmäestä heinäkuun alusta. Osoite päivitetään, kun Ahmed ilmoittaa sen.",
      },
      {
        writtenAt: "2025-10-21T10:30:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "in_person",
        topic: "Tilannekatsaus",
        special: true,
        body: "Ahmed kertoo, että muutto on helpottanut perheen tilannetta, mutta hänellä on edelleen univaikeuksia ja painajaisia. Hänet ohjattiin terveysasemalle, ja hän on varannut ajan.",
      },
      {
        writtenAt: "2026-11-04T13:10:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "phone",
        topic: "Yhteystietojen päivitys",
        special: false,
        body: "Ahmed ilmoitti puhelimessa uuden osoitteensa (Runosmäentie 8 B 21). Osoite päivitetty. Ahmed perui portaalissa tekemänsä oikaisupyynnön, koska asia hoitui puhelimessa.",
      },
    ],
  },
  {
    key: "tkl-kaisa-nieminen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Kaisa",
    lastName: "Nieminen",
    birthYear: 1952,
    gender: "female",
    motherTongue: "fi",
    workingLifeStatus: "retired",
    email: "kaisa.nieminen@example.fi",
    phone: "040 0001113",
    streetAddress: "Sirkkalankatu 21 B 6",
    postalCode: "20520",
    city: "Turku",
    subjectGroups: ["member", "volunteer"],
    relationshipStart: "2015-09-01",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-kaisa-nieminen#newsletter",
        purpose: "newsletter",
        description: "Kaupunkilähetyksen uutiskirje ja tapahtumakutsut postitse",
        givenAt: "2018-05-25T10:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2025-01-15T11:00:00Z",
        author: "Katja Suominen",
        source: "staff",
        channel: null,
        topic: "Ystäväpalvelu",
        special: false,
        body: "Kaisa toimii ystävänä uudelle asiakkaalle. Tapaamiset pääkirjastossa keskiviikkoisin.",
      },
    ],
    eventRegistrations: [
      {
        kind: "event",
        eventName: "Kaupunkilähetyksen joulujuhla",
        eventDate: "2025-12-12",
        dietaryNeeds: "gluteeniton",
        attended: true,
        registeredAt: "2025-11-25T13:00:00Z",
      },
      {
        kind: "event",
        eventName: "Vapaaehtoisten kiitosjuhla",
        eventDate: "2025-11-28",
        dietaryNeeds: "gluteeniton",
        attended: true,
        registeredAt: "2025-11-12T09:30:00Z",
      },
    ],
  },
  {
    key: "tkl-oona-rantanen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Oona",
    lastName: "Rantanen",
    birthYear: 2003,
    gender: "female",
    motherTongue: "fi",
    workingLifeStatus: "student",
    // Her portal account uses another address (oona.r@example.net): she must verify (TKL-2026-0010).
    email: "oona.rantanen@example.fi",
    phone: "040 0001114",
    streetAddress: "Inspehtorinkatu 2 D 45",
    postalCode: "20540",
    city: "Turku",
    subjectGroups: ["volunteer_work_client"],
    relationshipStart: "2025-01-20",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-oona-rantanen#special_data",
        purpose: "special_data",
        description: "Elämäntilannetta, terveyttä ja avun tarvetta koskevien tietojen kirjaaminen asiakassuhteen hoitamiseksi",
        givenAt: "2025-01-20T14:00:00Z",
        method: "signed_form",
      },
      {
        key: "tkl-oona-rantanen#network_work",
        purpose: "network_work",
        description: "Verkostotyö: tietojen vaihto opiskeluterveydenhuollon kanssa",
        givenAt: "2025-03-25T12:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2025-01-20T14:45:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "in_person",
        topic: "Alkuhaastattelu",
        special: true,
        body: "Oona hakeutui tukihenkilötoimintaan. Hän kertoo yksinäisyydestä opiskelupaikkakunnalla ja ahdistuksesta, johon hänellä on hoitokontakti opiskeluterveydenhuollossa. Hän toivoo tukihenkilöä, jonka kanssa voisi liikkua yhdessä.",
      },
      {
        key: "tkl-oona-n2",
        writtenAt: "2025-02-11T08:20:00Z",
        author: "Katja Suominen",
        source: "relative",
        sourceDetail: "äiti Hanna Rantanen, sähköposti",
        channel: "email",
        topic: "Omaisen yhteydenotto",
        special: true,
        body: "Oonan äiti Hanna Rantanen kertoi sähköpostissa olevansa huolissaan Oonan syömisestä. Viesti käytiin läpi Oonan kanssa tapaamisessa 14.2. Oona ei halua, että äidille annetaan tietoja tuesta.",
      },
      {
        writtenAt: "2025-04-08T11:30:00Z",
        author: "Katja Suominen",
        source: "professional",
        sourceDetail: "opiskeluterveydenhuolto, psykiatrinen sairaanhoitaja",
        channel: "network_meeting",
        topic: "Verkostopalaveri",
        special: true,
        body: "Verkostopalaveri Oonan luvalla. Sairaanhoitajan näkemyksen mukaan tukihenkilön tapaamiset tukevat hoitoa ja säännöllistä arkirytmiä.",
      },
      {
        writtenAt: "2026-10-30T17:50:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "whatsapp",
        topic: "Viesti asiakkaalta",
        special: false,
        body: "Oona kertoi voivansa paremmin ja aloittaneensa harjoittelun. Tukisuhde voidaan päättää joulukuussa.",
      },
    ],
  },
  {
    key: "tkl-jari-makinen",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Jari",
    lastName: "Mäkinen",
    birthYear: 1970,
    gender: "male",
    motherTongue: "fi",
    workingLifeStatus: "unemployed",
    // No email: he files by letter (TKL-2026-0011).
    phone: "040 0001115",
    streetAddress: "Ratapihankatu 11 A 6",
    postalCode: "20100",
    city: "Turku",
    subjectGroups: ["professional_help_client"],
    relationshipStart: "2022-06-13",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-jari-makinen#special_data",
        purpose: "special_data",
        description: "Elämäntilannetta, terveyttä ja avun tarvetta koskevien tietojen kirjaaminen asiakassuhteen hoitamiseksi",
        givenAt: "2022-06-13T10:00:00Z",
        method: "signed_form",
      },
      {
        key: "tkl-jari-makinen#network_work",
        purpose: "network_work",
        description: "Verkostotyö: tietojen vaihto A-klinikan ja talous- ja velkaneuvonnan kanssa",
        givenAt: "2022-12-01T10:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2022-06-13T11:00:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "in_person",
        topic: "Alkuhaastattelu",
        special: true,
        body: "Jari tuli päiväkeskuksen kautta. Hän kertoo alkoholinkäytön lisääntyneen avioeron jälkeen ja olleensa katkaisuhoidossa keväällä. Asunto on vaarassa vuokrarästien vuoksi. Tavoitteena on asunnon säilyminen ja päihdehoitoon sitoutuminen.",
      },
      {
        writtenAt: "2023-01-24T12:30:00Z",
        author: "Mikko Lehtinen",
        source: "professional",
        sourceDetail: "A-klinikka, sairaanhoitaja",
        channel: "network_meeting",
        topic: "Verkostopalaveri",
        special: true,
        body: "Verkostopalaveri Jarin luvalla. A-klinikan sairaanhoitajan näkemyksen mukaan Jari on sitoutunut avohoitoon ja käynyt vastaanotolla säännöllisesti. Talousneuvonta jatkuu Kaupunkilähetyksessä.",
      },
      {
        writtenAt: "2024-08-15T10:00:00Z",
        author: "Mikko Lehtinen",
        source: "subject",
        channel: "in_person",
        topic: "Tilannekatsaus",
        special: false,
        body: "Jari on ollut yhteydessä aikuiseen tyttäreensä ensimmäistä kertaa kolmeen vuoteen. Vuokrarästit on maksettu.",
      },
      {
        writtenAt: "2026-10-22T09:40:00Z",
        author: "Mikko Lehtinen",
        source: "staff",
        channel: "in_person",
        topic: "Tarkastuspyyntö",
        special: false,
        body: "Jari toi kirjeitse lähettämänsä tarkastuspyynnön lisäksi henkilöllisyystodistuksensa näytettäväksi. Henkilöllisyys varmistettu; todistuksesta ei otettu kopiota.",
      },
    ],
  },
  {
    key: "tkl-helena-lindroos",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Helena",
    lastName: "Lindroos",
    birthYear: 1962,
    gender: "female",
    motherTongue: "sv",
    workingLifeStatus: "retired",
    email: "helena.lindroos@example.fi",
    phone: "040 0001116",
    streetAddress: "Humalistonkatu 12 A 3",
    postalCode: "20100",
    city: "Turku",
    subjectGroups: ["volunteer", "member"],
    relationshipStart: "2024-05-06",
    relationshipState: "active",
    caseNotes: [
      {
        writtenAt: "2024-09-05T13:30:00Z",
        author: "Johanna Sjöberg",
        source: "staff",
        channel: "in_person",
        topic: "Stödpersonsuppdrag",
        special: false,
        body: "Helena är stödperson för en klient i Varissuo sedan september 2024. Handledning en gång i månaden.",
      },
    ],
    eventRegistrations: [
      {
        kind: "event",
        eventName: "Vapaaehtoisten kiitosjuhla",
        eventDate: "2025-11-28",
        attended: true,
        registeredAt: "2025-11-14T08:15:00Z",
      },
    ],
  },
  {
    key: "tkl-olga-ivanova",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Olga",
    lastName: "Ivanova",
    birthYear: 1958,
    gender: "female",
    motherTongue: "ru",
    workingLifeStatus: "retired",
    email: "olga.ivanova@example.net",
    phone: "040 0001117",
    streetAddress: "Kastun Kalliotie 4 C 22",
    postalCode: "20360",
    city: "Turku",
    subjectGroups: ["volunteer_work_client"],
    relationshipStart: "2024-11-04",
    relationshipState: "active",
    consents: [
      {
        key: "tkl-olga-ivanova#special_data",
        purpose: "special_data",
        description: "Elämäntilannetta, terveyttä ja avun tarvetta koskevien tietojen kirjaaminen asiakassuhteen hoitamiseksi",
        givenAt: "2024-11-04T10:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2024-11-04T10:50:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "in_person",
        topic: "Alkuhaastattelu",
        special: true,
        body: "Olga muutti Turkuun tyttärensä luo vuonna 2022. Hän on leski ja kärsii yksinäisyydestä. Diabetes on hoitotasapainossa. Hän toivoo ystävää, jonka kanssa voisi harjoitella suomea.",
      },
      {
        writtenAt: "2025-01-15T11:10:00Z",
        author: "Katja Suominen",
        source: "staff",
        channel: null,
        topic: "Ystäväpalvelu",
        special: false,
        body: "Ystäväksi sovittiin vapaaehtoinen Kaisa Nieminen. Tapaamiset pääkirjastossa keskiviikkoisin.",
      },
    ],
  },
  {
    key: "tkl-ville-heikkila",
    orgSlug: TKL,
    registerSlug: REG,
    firstName: "Ville",
    lastName: "Heikkilä",
    birthYear: 1981,
    gender: "male",
    motherTongue: "fi",
    workingLifeStatus: "employed",
    email: "ville.heikkila@example.com",
    phone: "040 0001118",
    streetAddress: "Tuureporinkatu 9 B 15",
    postalCode: "20100",
    city: "Turku",
    subjectGroups: ["member"],
    relationshipStart: "2020-01-01",
    relationshipState: "active",
    caseNotes: [
      {
        writtenAt: "2026-09-21T07:45:00Z",
        author: "Katja Suominen",
        source: "subject",
        channel: "email",
        topic: "Jäsenasia",
        special: false,
        body: "Ville on kyseenalaistanut sähköpostitse kevätkokouksen päättämän jäsenmaksun korotuksen. Vastattu, että asian voi ottaa esille syyskokouksessa.",
      },
    ],
    eventRegistrations: [
      {
        kind: "event",
        eventName: "Yhdistyksen kevätkokous",
        eventDate: "2026-04-22",
        attended: true,
        registeredAt: "2026-04-10T17:20:00Z",
      },
    ],
  },
];

/* ------------------------------------------------------------------------------------------------
 * 004 — MIELI Länsirannikon mielenterveys ry (12 records)
 * ---------------------------------------------------------------------------------------------- */

const mlrPersons: SeedPerson[] = [
  {
    key: "mlr-jonna-lehtonen",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Jonna",
    lastName: "Lehtonen",
    birthYear: 1990,
    birthDate: "1990-04-17",
    identityCode: "170490-234Y",
    gender: "female",
    serviceLanguage: "fi",
    email: "jonna.lehtonen@example.com",
    phone: "040 0001103",
    streetAddress: "Hämeenkatu 22 C 31",
    postalCode: "20500",
    city: "Turku",
    subjectGroups: ["training"],
    relationshipStart: "2024-09-02",
    relationshipState: "active",
    consents: [
      {
        key: "mlr-jonna-lehtonen#photos",
        purpose: "photos",
        description: "Valokuvien ottaminen toiminnasta ja niiden käyttö yhdistyksen viestinnässä",
        givenAt: "2024-09-02T06:30:00Z",
        method: "signed_form",
      },
      {
        key: "mlr-jonna-lehtonen#marketing",
        purpose: "marketing",
        description: "Koulutus- ja tapahtumakutsut sekä uutiskirje sähköpostiin",
        givenAt: "2024-09-02T06:30:00Z",
        method: "signed_form",
      },
    ],
    eventRegistrations: [
      {
        kind: "training",
        eventName: "Kriisityön peruskoulutus",
        eventDate: "2024-09-02",
        dietaryNeeds: "gluteeniton",
        attended: true,
        registeredAt: "2024-08-12T18:00:00Z",
      },
      {
        kind: "training",
        eventName: "Läheisensä menettäneiden ryhmän ohjaajakoulutus",
        eventDate: "2026-09-21",
        dietaryNeeds: "gluteeniton",
        attended: true,
        registeredAt: "2026-08-20T17:35:00Z",
      },
    ],
    media: [
      {
        kind: "photo",
        capturedAt: "2024-10-14T13:00:00Z",
        description: "Ryhmäkuva kriisityön peruskoulutuksen päätöspäivältä",
        location: "Valtakatu 13, Rauma, koulutustila",
        consentKey: "mlr-jonna-lehtonen#photos",
      },
    ],
    contactEvents: [
      {
        occurredAt: "2026-08-15T07:00:00Z",
        channel: "email",
        campaign: "Syksyn koulutuskalenteri 2026",
        summary: "Koulutuskutsu lähetetty sähköpostilla.",
      },
    ],
    feedback: [
      {
        givenAt: "2024-10-14T14:30:00Z",
        channel: "paper_form",
        rating: 5,
        body: "Käytännönläheinen koulutus. Harjoitukset pareittain olivat parasta antia.",
      },
    ],
  },
  {
    key: "mlr-elias-sundqvist",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Elias",
    lastName: "Sundqvist",
    birthYear: 1979,
    birthDate: "1979-09-03",
    identityCode: "030979-4171",
    gender: "male",
    serviceLanguage: "sv",
    email: "elias.sundqvist@example.fi",
    phone: "040 0001104",
    streetAddress: "Aurakatu 14 A 7",
    postalCode: "20100",
    city: "Turku",
    subjectGroups: ["online_crisis_phone"],
    relationshipStart: "2025-07-10",
    relationshipState: "active",
    caseNotes: [
      {
        writtenAt: "2025-07-10T20:40:00Z",
        author: "Kriisipuhelimen päivystäjä",
        source: "subject",
        channel: "phone",
        topic: "Kristelefonen",
        special: true,
        body: "Elias ringde kristelefonen sent på kvällen. Separationen är färsk och han har inte sovit på flera nätter. Inga tankar på att skada sig själv. Vi gick igenom vem han kan kontakta i morgon; han ville ha information om samtalsstöd på svenska.",
      },
      {
        writtenAt: "2025-07-14T09:15:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "phone",
        topic: "Uppföljningssamtal",
        special: true,
        body: "Uppföljningssamtal på svenska. Elias mår något bättre och har fått en tid för samtalsstöd i Åbo. Klientrelationen hålls öppen om han vill ringa igen.",
      },
    ],
    contactEvents: [
      {
        occurredAt: "2025-07-14T09:00:00Z",
        channel: "phone",
        summary: "Återuppringning enligt överenskommelse.",
      },
    ],
  },
  {
    key: "mlr-fatima-hassan",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Fatima",
    lastName: "Hassan",
    birthYear: 1985,
    birthDate: "1985-02-11",
    // Code issued in 2024 with the new 1900s century sign Y.
    identityCode: "110285Y528N",
    gender: "female",
    serviceLanguage: "fi",
    email: "fatima.hassan@example.com",
    phone: "040 0001105",
    streetAddress: "Varissuonkatu 3 B 12",
    postalCode: "20610",
    city: "Turku",
    subjectGroups: ["group"],
    relationshipStart: "2025-03-03",
    relationshipState: "active",
    consents: [
      {
        key: "mlr-fatima-hassan#photos",
        purpose: "photos",
        description: "Valokuvien ottaminen toiminnasta ja niiden käyttö yhdistyksen viestinnässä",
        givenAt: "2025-03-03T09:00:00Z",
        method: "signed_form",
      },
      {
        key: "mlr-fatima-hassan#marketing",
        purpose: "marketing",
        description: "Tapahtumakutsut, lahjoituspyynnöt ja uutiskirje tekstiviestillä ja sähköpostiin",
        givenAt: "2025-03-03T09:00:00Z",
        method: "signed_form",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2025-03-03T10:30:00Z",
        author: "Elina Mäkelä",
        source: "subject",
        channel: "in_person",
        topic: "Ryhmään tulo",
        special: true,
        body: "Fatima tuli ryhmään kotoutumiskoulutuksen ohjaajan suosituksesta. Hän kertoi unettomuudesta ja huolesta kotimaahan jääneistä sukulaisistaan. Hän haluaa osallistua ryhmään suomeksi.",
      },
    ],
    eventRegistrations: [
      {
        kind: "group",
        eventName: "Maahan muuttaneiden naisten vertaisryhmä",
        eventDate: "2025-03-03",
        dietaryNeeds: "halal",
        attended: true,
        registeredAt: "2025-02-20T11:00:00Z",
      },
      {
        kind: "event",
        eventName: "Kevätretki Kylmäpihlajan majakalle",
        eventDate: "2025-05-24",
        dietaryNeeds: "halal",
        attended: true,
        registeredAt: "2025-05-05T12:00:00Z",
      },
    ],
    media: [
      {
        kind: "photo",
        capturedAt: "2025-05-24T10:30:00Z",
        description: "Ryhmäkuva kevätretkeltä; käytetty yhdistyksen esitteessä 2026",
        location: "Kylmäpihlaja, Rauma",
        consentKey: "mlr-fatima-hassan#photos",
      },
    ],
    contactEvents: [
      {
        occurredAt: "2026-02-01T08:00:00Z",
        channel: "sms",
        campaign: "Lahjoituskampanja 2026",
        summary: "Lahjoituspyyntö tekstiviestillä.",
      },
      {
        occurredAt: "2026-09-10T07:00:00Z",
        channel: "email",
        campaign: "Syksyn ryhmät 2026",
        summary: "Kutsu syksyn ryhmiin sähköpostilla.",
      },
    ],
    feedback: [
      {
        givenAt: "2025-06-10T12:00:00Z",
        channel: "paper_form",
        rating: 5,
        body: "Ryhmässä sai puhua omista asioista ilman pelkoa. Kiitos ohjaajille.",
      },
    ],
  },
  {
    // The anonymous client (Art. 11, LEGAL.md §2): no name, no email, no identity code.
    key: "mlr-anon-k0042",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: null,
    lastName: null,
    serviceLanguage: "fi",
    subjectGroups: ["individual"],
    relationshipStart: "2026-08-18",
    relationshipState: "active",
    clientReference: "MLR-K-0042",
    clientSecret: "demo-salaisuus-42",
    caseNotes: [
      {
        writtenAt: "2026-08-18T12:00:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "in_person",
        topic: "Ensikäynti",
        special: true,
        body: "Asiakas asioi nimettömänä. Hän hakeutui kriisikeskukseen läheisensä itsemurhan jälkeen, kolme viikkoa tapahtuneesta. Hän kertoo univaikeuksista ja siitä, ettei ole pystynyt palaamaan töihin. Sovittiin viisi tukikäyntiä. Asiakkaalle annettiin asiakastunnus ja salasana tietopyyntöjä varten.",
      },
      {
        writtenAt: "2026-09-01T12:00:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "in_person",
        topic: "Tukikäynti",
        special: true,
        body: "Asiakas kertoo nukkuvansa paremmin. Hän osallistuu jatkossa myös itsemurhan kautta läheisensä menettäneiden vertaisryhmään.",
      },
      {
        writtenAt: "2026-10-06T12:00:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "in_person",
        topic: "Tukikäynti",
        special: true,
        body: "Asiakas on palannut osa-aikaisesti töihin. Vuosipäivä lähestyy ja jännittää. Sovittiin yhteydenotosta tarvittaessa.",
      },
    ],
    eventRegistrations: [
      {
        kind: "group",
        eventName: "Itsemurhan kautta läheisensä menettäneiden vertaisryhmä",
        eventDate: "2026-09-15",
        attended: true,
        registeredAt: "2026-09-01T12:30:00Z",
      },
    ],
  },
  {
    key: "mlr-sari-kallio",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Sari",
    lastName: "Kallio",
    birthYear: 1972,
    birthDate: "1972-12-05",
    identityCode: "051272-3625",
    gender: "female",
    serviceLanguage: "fi",
    // Her old work address; she signs in with sari.kallio.koti@example.net, which matches nothing.
    email: "sari.kallio@example.fi",
    phone: "040 0001205",
    streetAddress: "Nortamonkatu 20 B 6",
    postalCode: "26100",
    city: "Rauma",
    subjectGroups: ["individual"],
    relationshipStart: "2026-05-11",
    relationshipState: "active",
    caseNotes: [
      {
        writtenAt: "2026-05-11T10:00:00Z",
        author: "Elina Mäkelä",
        source: "subject",
        channel: "in_person",
        topic: "Ensikäynti",
        special: true,
        body: "Sari hakeutui kriisikeskukseen työpaikalla tapahtuneen väkivaltatilanteen jälkeen. Hän kertoo säpsähtelevänsä ja välttelevänsä työpaikan käytävää. Työterveyshuolto on tietoinen tilanteesta. Sovittiin kriisikäynnit kerran viikossa.",
      },
      {
        writtenAt: "2026-06-08T10:00:00Z",
        author: "Elina Mäkelä",
        source: "subject",
        channel: "in_person",
        topic: "Tukikäynti",
        special: true,
        body: "Oireet ovat lievittyneet. Sari on palannut osa-aikaisesti töihin.",
      },
      {
        writtenAt: "2026-11-17T13:00:00Z",
        author: "Elina Mäkelä",
        source: "subject",
        channel: "in_person",
        topic: "Seurantakäynti",
        special: true,
        body: "Seurantakäynti. Sari on ollut kokoaikaisesti töissä lokakuusta. Painajaisia enää harvoin. Seuraava käynti tammikuussa.",
      },
    ],
    media: [
      {
        kind: "camera_recording",
        capturedAt: "2026-11-17T12:55:00Z",
        description: "Sisäänkäynnin valvontakameran tallenne (käynti toimistolla)",
        location: "Valtakatu 13, Rauma, sisäänkäynti",
        deleteAfter: "2026-12-17",
      },
    ],
    contactEvents: [
      {
        occurredAt: "2026-06-01T06:00:00Z",
        channel: "sms",
        summary: "Ajanvarausmuistutus tekstiviestillä.",
      },
    ],
  },
  {
    key: "mlr-markus-wallin",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Markus",
    lastName: "Wallin",
    birthYear: 1968,
    birthDate: "1968-06-22",
    identityCode: "220668-0517",
    gender: "male",
    serviceLanguage: "sv",
    email: "markus.wallin@example.com",
    phone: "040 0001206",
    streetAddress: "Kuninkaankatu 30 A 2",
    postalCode: "26100",
    city: "Rauma",
    subjectGroups: ["couple_family", "individual"],
    relationshipStart: "2026-02-09",
    relationshipState: "active",
    caseNotes: [
      {
        key: "mlr-markus-n1",
        writtenAt: "2026-02-09T15:00:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "in_person",
        topic: "Parsamtal",
        special: true,
        body: "Första parsamtalet med Markus och hans hustru. Markus berättar att han har varit nedstämd sedan han permitterades i höstas och att han har dragit sig undan familjen. Lotta berättade att hon har funderat på att flytta isär och att hon själv har haft panikattacker under vintern.",
      },
      {
        writtenAt: "2026-03-09T15:00:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "in_person",
        topic: "Parsamtal",
        special: true,
        body: "Markus har påbörjat behandling inom företagshälsovården. Paret har kommit överens om en gemensam kväll i veckan.",
      },
      {
        writtenAt: "2026-04-20T06:40:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "email",
        topic: "Meddelande från klienten",
        special: true,
        body: "Markus meddelade per e-post att han vill fortsätta med individuella samtal på svenska efter parsamtalen.",
      },
    ],
    feedback: [
      {
        givenAt: "2026-05-04T16:00:00Z",
        channel: "paper_form",
        rating: 4,
        body: "Det var viktigt att få samtalen på svenska. Väntetiden till första tiden kunde ha varit kortare.",
      },
    ],
  },
  {
    key: "mlr-lotta-wallin",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Lotta",
    lastName: "Wallin",
    birthYear: 1970,
    birthDate: "1970-01-30",
    identityCode: "300170-146X",
    gender: "female",
    serviceLanguage: "sv",
    email: "lotta.wallin@example.com",
    phone: "040 0001207",
    streetAddress: "Kuninkaankatu 30 A 2",
    postalCode: "26100",
    city: "Rauma",
    subjectGroups: ["couple_family"],
    relationshipStart: "2026-02-09",
    relationshipState: "active",
    caseNotes: [
      {
        writtenAt: "2026-02-09T15:10:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "in_person",
        topic: "Parsamtal",
        special: true,
        body: "Första parsamtalet tillsammans med maken Markus. Lotta berättar om panikattacker under vintern och om oro för familjens ekonomi efter permitteringen.",
      },
    ],
  },
  {
    // After the completed erasure MLR-2026-0002 only what Art. 17(3)(b) keeps is left: the entry on
    // the child-protection notification, restricted to storage.
    key: "mlr-niko-heikkinen",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Niko",
    lastName: "Heikkinen",
    birthYear: 2010,
    birthDate: "2010-03-02",
    identityCode: "020310A517Y",
    gender: "male",
    subjectGroups: ["individual"],
    relationshipStart: "2025-11-10",
    relationshipEnd: "2026-10-13",
    relationshipState: "ended",
    restricted: true,
    restrictedAt: "2026-10-13T11:00:00Z",
    restrictionGround: "art17_3",
    caseNotes: [
      {
        key: "mlr-niko-n1",
        writtenAt: "2025-11-10T12:30:00Z",
        author: "Elina Mäkelä",
        source: "professional",
        sourceDetail: "koulukuraattori",
        channel: "phone",
        topic: "Lastensuojeluilmoitus",
        special: true,
        body: "Koulukuraattori ohjasi Nikon kriisikeskukseen. Nikon kertoman perusteella tehtiin lastensuojelulain 25 §:n mukainen ilmoitus Rauman kaupungin lastensuojeluun 10.11.2025. Huoltaja Minna Heikkinen on tietoinen ilmoituksesta.",
      },
    ],
  },
  {
    key: "mlr-david-okafo",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "David",
    // Misspelt on record; MLR-2026-0007 asks to correct it to "Okafor".
    lastName: "Okafo",
    birthYear: 1993,
    birthDate: "1993-08-14",
    // A temporary identity code (individual number 900–999).
    identityCode: "140893-973V",
    gender: "male",
    serviceLanguage: "en",
    email: "david.okafor@example.com",
    phone: "040 0001209",
    streetAddress: "Satamakatu 5 C 18",
    postalCode: "26100",
    city: "Rauma",
    subjectGroups: ["network_remote"],
    relationshipStart: "2026-06-01",
    relationshipState: "active",
    consents: [
      {
        key: "mlr-david-okafo#marketing",
        purpose: "marketing",
        description: "Englanninkielisten ryhmien ja tapahtumien kutsut sähköpostiin",
        givenAt: "2026-06-01T14:00:00Z",
        method: "verbal",
      },
    ],
    caseNotes: [
      {
        writtenAt: "2026-06-01T14:30:00Z",
        author: "Elina Mäkelä",
        source: "subject",
        channel: "video",
        topic: "Etätapaaminen",
        special: true,
        body: "Ensimmäinen etätapaaminen englanniksi. David työskentelee telakalla määräaikaisena ja kertoo koti-ikävästä ja yksinäisyydestä. Ei itsetuhoisuutta. Sovittiin neljä etätapaamista.",
      },
      {
        writtenAt: "2026-07-06T14:30:00Z",
        author: "Elina Mäkelä",
        source: "subject",
        channel: "video",
        topic: "Etätapaaminen",
        special: true,
        body: "David on liittynyt kansainväliseen kuoroon, ja mieliala on parempi. Kaksi tapaamista jäljellä.",
      },
    ],
    contactEvents: [
      {
        occurredAt: "2026-10-01T07:00:00Z",
        channel: "email",
        campaign: "Autumn groups in English 2026",
        summary: "Kutsu englanninkieliseen vertaisryhmään sähköpostilla.",
      },
    ],
  },
  {
    key: "mlr-tuula-saarinen",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Tuula",
    lastName: "Saarinen",
    birthYear: 1961,
    birthDate: "1961-11-28",
    identityCode: "281161-208C",
    gender: "female",
    serviceLanguage: "fi",
    email: "tuula.saarinen@example.fi",
    phone: "040 0001210",
    streetAddress: "Kaivopuistonkatu 8",
    postalCode: "26100",
    city: "Rauma",
    subjectGroups: ["individual"],
    // Ended: due for erasure under "erase_after_relationship_end", but she has an open restriction
    // request (ground c, MLR-2026-0009): the retention job must not erase it meanwhile.
    relationshipStart: "2026-03-16",
    relationshipEnd: "2026-09-30",
    relationshipState: "ended",
    caseNotes: [
      {
        writtenAt: "2026-03-16T09:00:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "in_person",
        topic: "Ensikäynti",
        special: true,
        body: "Tuula hakeutui kriisikeskukseen helmikuussa sattuneen liikenneonnettomuuden jälkeen. Hän näkee painajaisia eikä ole pystynyt ajamaan autoa. Vakuutusyhtiön korvauskäsittely on kesken.",
      },
      {
        writtenAt: "2026-06-15T09:00:00Z",
        author: "Anna Grönlund",
        source: "subject",
        channel: "in_person",
        topic: "Tukikäynti",
        special: true,
        body: "Ajopelko on lievittynyt; Tuula on ajanut lyhyitä matkoja yksin.",
      },
      {
        writtenAt: "2026-09-30T09:00:00Z",
        author: "Anna Grönlund",
        source: "staff",
        channel: "in_person",
        topic: "Asiakkuuden päättyminen",
        special: true,
        body: "Asiakkuus päätettiin yhdessä sopien. Tuula voi ottaa tarvittaessa uudelleen yhteyttä.",
      },
    ],
  },
  {
    key: "mlr-kalle-rantala",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Kalle",
    lastName: "Rantala",
    birthYear: 2001,
    birthDate: "2001-05-09",
    identityCode: "090501A331S",
    gender: "male",
    serviceLanguage: "fi",
    email: "kalle.rantala@example.fi",
    phone: "040 0001211",
    streetAddress: "Pohjoiskatu 12 B 7",
    postalCode: "26100",
    city: "Rauma",
    subjectGroups: ["training"],
    relationshipStart: "2026-01-12",
    relationshipState: "active",
    researchBan: true,
    consents: [
      {
        key: "mlr-kalle-rantala#photos",
        purpose: "photos",
        description: "Valokuvien ottaminen toiminnasta ja niiden käyttö yhdistyksen viestinnässä",
        givenAt: "2026-01-24T07:30:00Z",
        // Withdrawn in MLR-2026-0003; his photos were deleted.
        withdrawnAt: "2026-10-12T05:05:00Z",
        method: "signed_form",
      },
      {
        key: "mlr-kalle-rantala#marketing",
        purpose: "marketing",
        description: "Koulutus- ja tapahtumakutsut sähköpostiin",
        givenAt: "2026-01-12T10:00:00Z",
        method: "web_form",
      },
    ],
    eventRegistrations: [
      {
        kind: "training",
        eventName: "Mielenterveyden ensiapu 1",
        eventDate: "2026-01-24",
        dietaryNeeds: "vegaaninen",
        attended: true,
        registeredAt: "2026-01-12T10:00:00Z",
      },
      {
        kind: "training",
        eventName: "Mielenterveyden ensiapu 2",
        eventDate: "2026-04-18",
        dietaryNeeds: "vegaaninen",
        attended: true,
        registeredAt: "2026-03-30T15:20:00Z",
      },
    ],
    contactEvents: [
      {
        occurredAt: "2026-03-01T07:00:00Z",
        channel: "email",
        campaign: "Kevään koulutukset 2026",
        summary: "Koulutuskutsu lähetetty sähköpostilla.",
      },
    ],
    feedback: [
      {
        givenAt: "2026-01-24T14:00:00Z",
        channel: "paper_form",
        rating: 4,
        body: "Hyvä koulutus. Olisin toivonut enemmän harjoituksia.",
      },
    ],
  },
  {
    key: "mlr-heidi-lampinen",
    orgSlug: MLR,
    registerSlug: REG,
    firstName: "Heidi",
    lastName: "Lampinen",
    birthYear: 1998,
    birthDate: "1998-10-21",
    identityCode: "211098-680U",
    gender: "female",
    serviceLanguage: "fi",
    email: "heidi.lampinen@example.net",
    phone: "040 0001212",
    streetAddress: "Karjalankatu 3 A 9",
    postalCode: "26100",
    city: "Rauma",
    subjectGroups: ["online_crisis_phone"],
    // Ended, no open request: the retention job ("erase_after_relationship_end", 0 months) erases it.
    relationshipStart: "2026-08-03",
    relationshipEnd: "2026-10-31",
    relationshipState: "ended",
    // Set by MLR-2026-0004 (objection to profiling).
    profilingBan: true,
    caseNotes: [
      {
        writtenAt: "2026-08-03T19:30:00Z",
        author: "Verkkokriisichatin päivystäjä",
        source: "subject",
        channel: "chat",
        topic: "Verkkokriisichat",
        special: true,
        body: "Heidi otti yhteyttä chatissa paniikkikohtauksen jälkeen. Hän opiskelee ja asuu yksin. Hänet ohjattiin opiskeluterveydenhuoltoon, ja hänelle kerrottiin kriisikeskuksen tukikäynneistä.",
      },
      {
        writtenAt: "2026-08-10T12:00:00Z",
        author: "Elina Mäkelä",
        source: "subject",
        channel: "phone",
        topic: "Puhelintuki",
        special: true,
        body: "Heidi soitti sovitusti. Hän on saanut ajan opiskeluterveydenhuoltoon eikä koe tarvitsevansa tukikäyntejä tällä hetkellä.",
      },
    ],
    contactEvents: [
      {
        occurredAt: "2026-09-15T07:00:00Z",
        channel: "email",
        campaign: "Lahjoituskampanja syksy 2026",
        summary: "Personoitu lahjoituspyyntö sähköpostilla (segmentti: nuoret aikuiset, kriisiasiakkaat).",
      },
    ],
  },
];

export const seedPersons: SeedPerson[] = [...tklPersons, ...mlrPersons];

/* ------------------------------------------------------------------------------------------------
 * Subject accounts
 * ---------------------------------------------------------------------------------------------- */

export type VerificationMethod = (typeof identityVerifications.$inferSelect)["method"];

/**
 * A data subject's portal account. The inserter creates the user (role "subject"), one
 * identity_verifications row per entry of `verifications`, links the listed person records
 * (person_records.user_id) and inserts `claims` as identity_claims.
 */
export type SeedAccount = {
  email: string;
  name: string;
  locale: Locale;
  verifications: Array<{
    orgSlug: OrgSlug;
    level: 1 | 2 | 3;
    method: VerificationMethod;
    /** Records linked at this level (empty for level 1). */
    personKeys: string[];
    /** Only the fact of an ID check, never a copy (LEGAL.md §2). */
    note?: string;
    /** Who verified, for staff-made verifications. */
    verifiedByEmail?: string;
    at: string;
  }>;
  claims?: Array<{
    orgSlug: OrgSlug;
    fullName: string;
    birthDate: string | null;
    /** Plain; the inserter encrypts it. */
    identityCode: string | null;
    status: "pending" | "confirmed" | "rejected";
    /** The record staff would match (only set in the row once confirmed). */
    matchedPersonKey?: string;
    at: string;
  }>;
};

export const seedAccounts: SeedAccount[] = [
  {
    email: "aino.virtanen@example.fi",
    name: "Aino Virtanen",
    locale: "fi",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-aino-virtanen"], at: "2026-08-31T09:05:00Z" },
      {
        orgSlug: TKL,
        level: 3,
        method: "in_person",
        personKeys: ["tkl-aino-virtanen"],
        note: "Henkilöllisyys tarkistettu ajokortista toimistolla; kopiota ei otettu.",
        verifiedByEmail: "katja.suominen@tkl.example",
        at: "2026-09-02T10:30:00Z",
      },
    ],
  },
  {
    email: "raili.heinonen@example.fi",
    name: "Raili Heinonen",
    locale: "fi",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-raili-heinonen"], at: "2026-09-02T08:30:00Z" },
    ],
  },
  {
    email: "ville.heikkila@example.com",
    name: "Ville Heikkilä",
    locale: "fi",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-ville-heikkila"], at: "2026-09-22T05:50:00Z" },
    ],
  },
  {
    email: "jonna.lehtonen@example.com",
    name: "Jonna Lehtonen",
    locale: "fi",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-jonna-lehtonen"], at: "2026-10-22T15:40:00Z" },
      { orgSlug: MLR, level: 2, method: "email_match", personKeys: ["mlr-jonna-lehtonen"], at: "2026-10-22T15:40:00Z" },
    ],
  },
  {
    email: "sofia.wikstrom@example.fi",
    name: "Sofia Wikström",
    locale: "sv",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-sofia-wikstrom"], at: "2026-11-24T17:25:00Z" },
    ],
  },
  {
    // Not the email on record (oona.rantanen@example.fi): level 1 and a pending claim (TKL-2026-0010).
    email: "oona.r@example.net",
    name: "Oona Rantanen",
    locale: "fi",
    verifications: [{ orgSlug: TKL, level: 1, method: "email_link", personKeys: [], at: "2026-11-23T18:00:00Z" }],
    claims: [
      {
        orgSlug: TKL,
        fullName: "Oona Rantanen",
        birthDate: "2003-07-19",
        identityCode: null,
        status: "pending",
        matchedPersonKey: "tkl-oona-rantanen",
        at: "2026-11-23T18:12:00Z",
      },
    ],
  },
  {
    email: "ahmed.karimi@example.com",
    name: "Ahmed Karimi",
    locale: "en",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-ahmed-karimi"], at: "2026-11-03T08:00:00Z" },
    ],
  },
  {
    email: "olga.ivanova@example.net",
    name: "Olga Ivanova",
    locale: "fi",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-olga-ivanova"], at: "2026-11-09T08:20:00Z" },
    ],
  },
  {
    email: "elias.sundqvist@example.fi",
    name: "Elias Sundqvist",
    locale: "sv",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-elias-sundqvist"], at: "2026-10-27T12:50:00Z" },
      { orgSlug: MLR, level: 2, method: "email_match", personKeys: ["mlr-elias-sundqvist"], at: "2026-10-27T12:50:00Z" },
    ],
  },
  {
    email: "fatima.hassan@example.com",
    name: "Fatima Hassan",
    locale: "fi",
    verifications: [
      { orgSlug: TKL, level: 2, method: "email_match", personKeys: ["tkl-fatima-hassan"], at: "2026-10-22T08:00:00Z" },
      { orgSlug: MLR, level: 2, method: "email_match", personKeys: ["mlr-fatima-hassan"], at: "2026-10-22T08:00:00Z" },
    ],
  },
  {
    email: "markus.wallin@example.com",
    name: "Markus Wallin",
    locale: "sv",
    verifications: [
      { orgSlug: MLR, level: 2, method: "email_match", personKeys: ["mlr-markus-wallin"], at: "2026-09-14T08:50:00Z" },
      {
        orgSlug: MLR,
        level: 3,
        method: "in_person",
        personKeys: ["mlr-markus-wallin"],
        note: "Identiteten kontrollerad mot pass på kontoret; ingen kopia togs.",
        verifiedByEmail: "roosa.korsi@mieli.example",
        at: "2026-09-16T11:00:00Z",
      },
    ],
  },
  {
    email: "kalle.rantala@example.fi",
    name: "Kalle Rantala",
    locale: "fi",
    verifications: [
      { orgSlug: MLR, level: 2, method: "email_match", personKeys: ["mlr-kalle-rantala"], at: "2026-10-12T04:55:00Z" },
    ],
  },
  {
    email: "heidi.lampinen@example.net",
    name: "Heidi Lampinen",
    locale: "fi",
    verifications: [
      { orgSlug: MLR, level: 2, method: "email_match", personKeys: ["mlr-heidi-lampinen"], at: "2026-10-05T16:00:00Z" },
    ],
  },
  {
    email: "david.okafor@example.com",
    name: "David Okafor",
    locale: "en",
    verifications: [
      { orgSlug: MLR, level: 2, method: "email_match", personKeys: ["mlr-david-okafo"], at: "2026-11-02T07:20:00Z" },
    ],
  },
  {
    email: "tuula.saarinen@example.fi",
    name: "Tuula Saarinen",
    locale: "fi",
    verifications: [
      { orgSlug: MLR, level: 2, method: "email_match", personKeys: ["mlr-tuula-saarinen"], at: "2026-10-30T08:05:00Z" },
    ],
  },
  {
    // Matches no record: she must verify with birth date / identity code (MLR-2026-0008).
    email: "sari.kallio.koti@example.net",
    name: "Sari Kallio",
    locale: "fi",
    verifications: [{ orgSlug: MLR, level: 1, method: "email_link", personKeys: [], at: "2026-11-24T05:40:00Z" }],
  },
];

/* ------------------------------------------------------------------------------------------------
 * Demo subjects (documented in the README)
 * ---------------------------------------------------------------------------------------------- */

export type DemoSubject = {
  /** Sign-in email (the dev mailbox shows the link); null for the anonymous client. */
  email: string | null;
  locale: Locale;
  /** What the demo shows, in English for the README. */
  description: string;
  orgSlugs: OrgSlug[];
  personKeys: string[];
  verification: "email_match" | "claim" | "client_reference";
  /** For "claim": what to enter to be matched (from the fictional record). */
  birthDate?: string;
  identityCode?: string;
  /** For "client_reference". */
  clientReference?: string;
  clientSecret?: string;
};

export const demoSubjects: DemoSubject[] = [
  {
    email: "aino.virtanen@example.fi",
    locale: "fi",
    description:
      "Client of Turun Kaupunkilähetys only; email matches her record. Has a completed access request with a redacted third-party note, and level 3 (checked in person).",
    orgSlugs: ["turun-kaupunkilahetys"],
    personKeys: ["tkl-aino-virtanen"],
    verification: "email_match",
  },
  {
    email: "markus.wallin@example.com",
    locale: "sv",
    description:
      "Swedish-speaking couple-therapy client of MIELI Länsirannikko only; email matches. Completed access request in Swedish where his wife's statements were redacted.",
    orgSlugs: ["mieli-lansirannikko"],
    personKeys: ["mlr-markus-wallin"],
    verification: "email_match",
  },
  {
    email: "jonna.lehtonen@example.com",
    locale: "fi",
    description:
      "Present in BOTH organisations with the same email (volunteer in Turku, training participant in Rauma). Withdrew a consent in one and got a portability export from the other.",
    orgSlugs: ["turun-kaupunkilahetys", "mieli-lansirannikko"],
    personKeys: ["tkl-jonna-lehtonen", "mlr-jonna-lehtonen"],
    verification: "email_match",
  },
  {
    email: "sari.kallio.koti@example.net",
    locale: "fi",
    description:
      "Email matches no record (her record has an old work address). She must give her birth date and identity code, which staff confirm; her access request waits for verification.",
    orgSlugs: ["mieli-lansirannikko"],
    personKeys: ["mlr-sari-kallio"],
    verification: "claim",
    birthDate: "1972-12-05",
    identityCode: "051272-3625",
  },
  {
    email: null,
    locale: "fi",
    description:
      "Anonymous crisis client of MIELI Länsirannikko (no name, no email): signs in with the client reference and secret handed out by staff. Has a new access request.",
    orgSlugs: ["mieli-lansirannikko"],
    personKeys: ["mlr-anon-k0042"],
    verification: "client_reference",
    clientReference: "MLR-K-0042",
    clientSecret: "demo-salaisuus-42",
  },
];
