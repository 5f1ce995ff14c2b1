/**
 * Demo data: data-subject requests of both organisations, covering every request type, status and
 * channel, as they stand on SEED_REFERENCE_DATE (2026-11-26, a Thursday).
 *
 * For the inserter:
 * - `receivedAt` is an absolute instant. receivedOn / baseDueOn / dueOn / targetOn / extendedDueOn
 *   are NOT given: compute them with lib/deadlines from receivedAt (Helsinki day), `pausedDays` and
 *   `extension`. To keep the demo "live" when seeding on another day, shift every instant by
 *   (today − SEED_REFERENCE_DATE) whole days; all relative facts below (overdue, due this week)
 *   then still hold, except that holiday shifts may move a due date by a day or two.
 * - Every other time is an offset in days from receivedAt (`offsetDays`, may be fractional):
 *   instant = receivedAt + offsetDays × 24 h. `closedOffsetDays` sets closedAt for completed,
 *   rejected and withdrawn requests; `extension.offsetDays` sets extendedAt;
 *   `pausedSinceOffsetDays` sets pausedSince (a pause still running).
 * - References in `details` (RequestDetails of lib/db/types.ts) are LOCAL KEYS, to be resolved:
 *     registerIds[]      → register slug within the request's organisation ("asiakasrekisteri")
 *     items[].personId   → SeedPerson.key (persons.ts)
 *     consentIds[]       → SeedConsent.key ("<personKey>#<purpose>")
 *   Rectification `field` is a person_records column name in camelCase (e.g. "phone", "lastName",
 *   "workingLifeStatus"), or "caseNote:<noteKey>" for a statement about one case note.
 *   Erasure `ground` is the letter of Art. 17(1) ("a"–"f"); plan `exception` is prose naming the
 *   Art. 17(3) point.
 * - `personKeys` → request_records. Empty while the subject is not yet verified, and for an erased
 *   record (TKL-2026-0004).
 * - `subjectEmail` → requests.subject_email; when it equals a SeedAccount email (persons.ts), set
 *   requests.user_id to that account. Letters / in-person intake have no account.
 * - Staff are referred to by email (organisations.ts): assigneeEmail, authorEmail, doneByEmail,
 *   byEmail. A task with status "done" and no doneByEmail was done by the system.
 * - Tasks refer to processors/recipients by `processorKey` (SeedProcessor.key of the same register).
 * - `itemMarks` point at a case note by its key; `match` is the exact substring to blank (spans =
 *   every occurrence of it in the note body); without `match` the whole item is marked.
 * - Messages of requests with no account (letter, email or in-person intake) are not given: the
 *   answers went by post or email; internal notes say so.
 */
import type { Locale, RequestDetails, RequestTypeCode } from "@/lib/db/types";
import type { Request, Task } from "@/lib/db/schema";
import type { OrgSlug } from "./organisations";

export const SEED_REFERENCE_DATE = "2026-11-26";

export type SeedRequestStatus = Request["status"];
export type SeedRequestChannel = Request["channel"];

export type SeedMessage = {
  from: "subject" | "staff";
  /** Staff author (required when from = "staff"). */
  authorEmail?: string;
  offsetDays: number;
  body: string;
  /** Has the other side read it? Default true. */
  read?: boolean;
};

export type SeedInternalNote = { authorEmail: string; offsetDays: number; body: string };

export type SeedTask = {
  kind: Task["kind"];
  /**
   * A code the UI translates: generate_report, access_external, export_data, rectify_record,
   * rectify_external, erase_record, erase_external, restrict_record, restrict_external,
   * notify_recipient, set_marketing_ban, set_profiling_ban, withdraw_consent, delete_media,
   * exclude_from_research, send_by_post.
   */
  action: string;
  processorKey?: string;
  title: string;
  status: Task["status"];
  skipReason?: string;
  doneByEmail?: string;
  doneOffsetDays?: number;
  /** Default 0 (created at receipt / verification). */
  createdOffsetDays?: number;
};

export type SeedItemMark = {
  kind: "redact" | "withhold";
  itemType: "case_note";
  personKey: string;
  noteKey: string;
  match?: string;
  reason: string;
  byEmail: string;
  offsetDays: number;
};

export type SeedRequest = {
  reference: string;
  orgSlug: OrgSlug;
  type: RequestTypeCode;
  status: SeedRequestStatus;
  channel: SeedRequestChannel;
  locale: Locale;
  receivedAt: string;
  subjectName: string;
  subjectEmail: string | null;
  /** Anonymous client (LEGAL.md §2). */
  clientReference?: string;
  representative?: { name: string; role: string; powerOfAttorneyCheckedOffsetDays: number | null };
  personKeys: string[];
  requiredLevel: 1 | 2 | 3;
  assigneeEmail: string | null;
  extension?: { reason: string; offsetDays: number };
  pausedDays?: number;
  pausedSinceOffsetDays?: number;
  /** Why the running pause began (default identity: the demo's pause waits for a level-3 check). */
  pauseReason?: "identity" | "clarification";
  details: RequestDetails;
  decisionReasons?: string;
  rejectionGround?: "manifestly_unfounded" | "excessive" | "identity_not_established";
  closedOffsetDays?: number;
  messages: SeedMessage[];
  internalNotes: SeedInternalNote[];
  tasks: SeedTask[];
  itemMarks?: SeedItemMark[];
};

const TKL = "turun-kaupunkilahetys" as const;
const MLR = "mieli-lansirannikko" as const;
const REG = "asiakasrekisteri";

const KATJA = "katja.suominen@tkl.example";
const MIKKO = "mikko.lehtinen@tkl.example";
const JOHANNA = "johanna.sjoberg@tkl.example";
const ROOSA = "roosa.korsi@mieli.example";
const ELINA = "elina.makela@mieli.example";
const OSKAR = "oskar.lindqvist@mieli.example";

const COMPLAINT_FI =
  "Sinulla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle (Lintulahdenkuja 4, 00530 Helsinki; tietosuoja@om.fi; tietosuoja.fi) ja oikeus hakea muutosta tuomioistuimelta.";

/* ------------------------------------------------------------------------------------------------
 * Turun Kaupunkilähetys ry
 * ---------------------------------------------------------------------------------------------- */

const tklRequests: SeedRequest[] = [
  {
    // Completed access with a third-party redaction; 2 paused days while level 3 was checked.
    reference: "TKL-2026-0001",
    orgSlug: TKL,
    type: "access",
    status: "completed",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-08-31T06:12:00Z",
    subjectName: "Aino Virtanen",
    subjectEmail: "aino.virtanen@example.fi",
    personKeys: ["tkl-aino-virtanen"],
    requiredLevel: 3,
    assigneeEmail: KATJA,
    pausedDays: 2,
    details: {
      type: "access",
      registerIds: [REG],
      formats: ["pdf", "json"],
      note: "Haluaisin nähdä myös verkostopalavereissa kirjatut asiat.",
    },
    decisionReasons:
      "Tarkastuspyyntösi on toteutettu. Selvitys sisältää kaikki asiakasrekisteriin tallennetut tietosi sekä tietosuoja-asetuksen 15 artiklan 1 kohdan mukaiset tiedot käsittelystä. Yhdestä muistiinpanosta on peitetty sisartasi koskevat terveystiedot hänen oikeuksiensa suojaamiseksi (15 artiklan 4 kohta).",
    closedOffsetDays: 17,
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hei, haluaisin saada kaikki minusta kirjatut tiedot. Erityisesti kiinnostaa, mitä verkostopalavereissa on kirjoitettu.",
      },
      {
        from: "staff",
        authorEmail: KATJA,
        offsetDays: 0.2,
        body: "Hei Aino, kiitos pyynnöstäsi. Tietoihisi sisältyy terveyttä koskevia tietoja, joten varmistamme henkilöllisyytesi vielä vahvemmin ennen raportin luovuttamista. Voit käydä toimistollamme (Revontulenkatu 4) arkisin klo 9–15 ja näyttää henkilöllisyystodistuksen; siitä ei oteta kopiota. Käsittelyaika ei kulu sillä välin.",
      },
      { from: "subject", offsetDays: 0.6, body: "Selvä, tulen keskiviikkona." },
      {
        from: "staff",
        authorEmail: KATJA,
        offsetDays: 17,
        body: "Hei Aino, raporttisi on valmis ja ladattavissa portaalista 30 päivän ajan. Sisartasi koskevat kohdat on peitetty hänen yksityisyytensä suojaamiseksi. Kysy rohkeasti, jos jokin jäi epäselväksi.",
      },
    ],
    internalNotes: [
      {
        authorEmail: KATJA,
        offsetDays: 2.2,
        body: "Aino tunnistettu toimistolla ajokortista 2.9. (taso 3); kopiota ei otettu. Kello oli pysähdyksissä 31.8.–2.9.",
      },
      {
        authorEmail: KATJA,
        offsetDays: 14,
        body: "Muistiinpano 20.5.2024 sisältää sisaren omia terveystietoja (sairausloma, uupumus): peitetään 15(4) perusteella. Sisaren huoli Ainosta on Ainon tietoa, se jätetään näkyviin.",
      },
    ],
    tasks: [
      {
        kind: "manual",
        action: "access_external",
        processorKey: "clara",
        title: "Tarkista Clara-järjestelmän tiedot ja liitä ne raporttiin",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 10,
      },
      {
        kind: "automatic",
        action: "generate_report",
        title: "Muodosta raportti (PDF, JSON)",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 16,
      },
    ],
    itemMarks: [
      {
        kind: "redact",
        itemType: "case_note",
        personKey: "tkl-aino-virtanen",
        noteKey: "tkl-aino-n3",
        match: "Sanna kertoi olevansa itse sairauslomalla uupumuksen vuoksi, eikä hän pysty tällä hetkellä auttamaan Ainoa arjessa.",
        reason: "Kolmannen henkilön (sisaren) omat terveystiedot, tietosuoja-asetuksen 15 artiklan 4 kohta",
        byEmail: KATJA,
        offsetDays: 14,
      },
    ],
  },
  {
    reference: "TKL-2026-0002",
    orgSlug: TKL,
    type: "restriction",
    status: "completed",
    channel: "in_person",
    locale: "fi",
    receivedAt: "2026-09-02T05:40:00Z",
    subjectName: "Raili Heinonen",
    subjectEmail: "raili.heinonen@example.fi",
    personKeys: ["tkl-raili-heinonen"],
    requiredLevel: 2,
    assigneeEmail: MIKKO,
    details: {
      type: "restriction",
      ground: "a",
      explanation:
        "Kiistän 12.3.2024 verkostopalaverissa kirjatun työvoimaohjaajan näkemyksen paikkansapitävyyden. Pyydän, ettei tietojani käytetä eikä luovuteta ennen kuin asia on selvitetty.",
      registerIds: [REG],
    },
    decisionReasons:
      "Tietojesi käsittelyä on rajoitettu tietosuoja-asetuksen 18 artiklan 1 kohdan a alakohdan perusteella siksi ajaksi, kun tietojen paikkansapitävyys tarkistetaan (oikaisupyyntö TKL-2026-0003). Ilmoitamme sinulle ennen kuin rajoitus poistetaan.",
    closedOffsetDays: 3,
    messages: [
      {
        from: "staff",
        authorEmail: MIKKO,
        offsetDays: 3,
        body: "Hei Raili, tietojesi käsittelyä on nyt rajoitettu. Tietojasi säilytetään, mutta niitä ei käytetä eikä luovuteta ennen kuin oikaisupyyntösi on käsitelty. Ilmoitamme sinulle ennen kuin rajoitus poistetaan. Olemme kertoneet rajoituksesta myös työvoimapalveluille, joille tietoja on aiemmin annettu luvallasi.",
      },
    ],
    internalNotes: [
      {
        authorEmail: MIKKO,
        offsetDays: 0.05,
        body: "Raili teki pyynnön toimistolla; kirjattu hänen puolestaan. Tuttu asiakas, ja portaalitilin sähköposti täsmää rekisteriin.",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "restrict_record",
        title: "Merkitse henkilötiedot rajoitetuiksi",
        status: "done",
        doneByEmail: MIKKO,
        doneOffsetDays: 3,
      },
      {
        kind: "manual",
        action: "restrict_external",
        processorKey: "clara",
        title: "Merkitse käsittelyn rajoitus Clara-järjestelmään",
        status: "done",
        doneByEmail: MIKKO,
        doneOffsetDays: 3,
      },
      {
        kind: "manual",
        action: "restrict_external",
        processorKey: "flomembers",
        title: "Merkitse käsittelyn rajoitus FloMembers-jäsenrekisteriin",
        status: "skipped",
        skipReason: "Raili ei ole jäsen; FloMembersissä ei ole hänen tietojaan.",
        doneByEmail: MIKKO,
        doneOffsetDays: 3,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "tukihenkilo",
        title: "Ilmoita rajoituksesta tukihenkilölle (19 artikla)",
        status: "skipped",
        skipReason: "Railille ei ole nimetty tukihenkilöä, eikä tietoja ole annettu vapaaehtoisille.",
        doneByEmail: MIKKO,
        doneOffsetDays: 3,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "viranomainen",
        title: "Ilmoita rajoituksesta työvoimapalveluille (19 artikla)",
        status: "done",
        doneByEmail: MIKKO,
        doneOffsetDays: 3,
      },
    ],
  },
  {
    // Extended once, within the first month; the extended limit (2.12.2026) is next week.
    reference: "TKL-2026-0003",
    orgSlug: TKL,
    type: "rectification",
    status: "in_progress",
    channel: "in_person",
    locale: "fi",
    receivedAt: "2026-09-02T05:55:00Z",
    subjectName: "Raili Heinonen",
    subjectEmail: "raili.heinonen@example.fi",
    personKeys: ["tkl-raili-heinonen"],
    requiredLevel: 2,
    assigneeEmail: MIKKO,
    extension: {
      offsetDays: 23,
      reason:
        "Oikaisupyyntö koskee verkostotyön muistiinpanoa, johon on kirjattu toisen ammattilaistahon näkemys. Näkemys on tarkistettava työvoimapalveluilta, ja työelämästatuksen muutos edellyttää Kelan päätöksen tarkistamista. Siksi käsittely vaatii lisäaikaa.",
    },
    details: {
      type: "rectification",
      items: [
        {
          personId: "tkl-raili-heinonen",
          field: "phone",
          currentValue: "040 0001170",
          correctValue: "040 0001107",
          decision: "accepted",
          decisionReason: "Numero tarkistettu asiakkaan kanssa; kaksi numeroa oli kirjattu väärin päin.",
        },
        {
          personId: "tkl-raili-heinonen",
          field: "workingLifeStatus",
          currentValue: "unemployed",
          correctValue: "rehabilitation",
        },
        {
          personId: "tkl-raili-heinonen",
          field: "caseNote:tkl-raili-n2",
          statement:
            "En jättänyt tapaamisia väliin välinpitämättömyyttäni. Kipulääkitystäni muutettiin helmikuussa 2024, ja olin kahden viikon ajan niin huonovointinen, etten pystynyt lähtemään kotoa. Ilmoitin poissaoloista tekstiviestillä. Pyydän, että tämä lisätään muistiinpanoon tai että työvoimaohjaajan arvio poistetaan.",
        },
      ],
    },
    messages: [
      {
        from: "staff",
        authorEmail: MIKKO,
        offsetDays: 1,
        body: "Hei Raili, puhelinnumerosi on korjattu. Selvitämme vielä työelämätilanteesi ja verkostopalaverin muistiinpanon.",
      },
      {
        from: "staff",
        authorEmail: MIKKO,
        offsetDays: 23,
        body: "Hei Raili, jatkamme oikaisupyyntösi käsittelyaikaa 2.12.2026 asti. Muistiinpanossa on toisen ammattilaisen näkemys, joka on tarkistettava hänen kanssaan, ja työelämätilanteesi muutos edellyttää Kelan päätöksen tarkistamista. Tietojesi käsittely on rajoitettuna koko ajan.",
      },
      {
        from: "subject",
        offsetDays: 24,
        body: "Selvä, kiitos tiedosta. Voin tuoda Kelan päätöksen kuntoutustuesta toimistolle.",
      },
      {
        from: "staff",
        authorEmail: MIKKO,
        offsetDays: 27,
        body: "Kiitos, tuo se vaikka seuraavalla käynnilläsi. Päätöksestä ei oteta kopiota; kirjaamme vain, että se on nähty.",
      },
    ],
    internalNotes: [
      {
        authorEmail: MIKKO,
        offsetDays: 1,
        body: "Puhelinnumero korjattu heti. Muut kohdat vaativat selvitystä.",
      },
      {
        authorEmail: MIKKO,
        offsetDays: 20,
        body: "Lähetetty työvoimaohjaajalle pyyntö kommentoida muistiinpanoa. Ei vielä vastausta.",
      },
      {
        authorEmail: KATJA,
        offsetDays: 83,
        body: "Jatkettu määräaika on 2.12. Jos ohjaaja ei vastaa, lisätään Railin vastine muistiinpanoon täydentävänä lausumana (16 artikla) ja päätetään työelämästatuksesta Kelan päätöksen perusteella.",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "rectify_record",
        title: "Korjaa hyväksytyt kohdat rekisteriin",
        status: "done",
        doneByEmail: MIKKO,
        doneOffsetDays: 1,
      },
      {
        kind: "manual",
        action: "rectify_external",
        processorKey: "clara",
        title: "Päivitä korjaukset Clara-järjestelmään",
        status: "open",
      },
      {
        kind: "manual",
        action: "rectify_external",
        processorKey: "it-tiimi",
        title: "Päivitä korjaukset palvelimen väliaikaisiin tietoihin",
        status: "skipped",
        skipReason: "Palvelimella ei ole Railin väliaikaisia tietoja.",
        doneByEmail: MIKKO,
        doneOffsetDays: 1,
      },
      {
        kind: "manual",
        action: "rectify_external",
        processorKey: "flomembers",
        title: "Päivitä korjaukset FloMembers-jäsenrekisteriin",
        status: "skipped",
        skipReason: "Raili ei ole jäsen.",
        doneByEmail: MIKKO,
        doneOffsetDays: 1,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "tukihenkilo",
        title: "Ilmoita oikaisusta tukihenkilölle (19 artikla)",
        status: "skipped",
        skipReason: "Railille ei ole nimetty tukihenkilöä.",
        doneByEmail: MIKKO,
        doneOffsetDays: 1,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "viranomainen",
        title: "Ilmoita oikaisusta työvoimapalveluille (19 artikla)",
        status: "open",
      },
    ],
  },
  {
    // A letter; the record has since been erased, so no person is linked any more.
    reference: "TKL-2026-0004",
    orgSlug: TKL,
    type: "erasure",
    status: "completed",
    channel: "letter",
    locale: "fi",
    receivedAt: "2026-08-20T07:00:00Z",
    subjectName: "Matti Laine",
    subjectEmail: null,
    personKeys: [],
    requiredLevel: 2,
    assigneeEmail: KATJA,
    details: {
      type: "erasure",
      scope: "everything",
      categories: [],
      ground: "a",
      explanation: "Ystäväpalvelun asiakkuuteni päättyi vuonna 2021. Pyydän poistamaan kaikki tietoni.",
      plan: [
        { category: "identity", action: "erase" },
        { category: "birth", action: "erase" },
        { category: "gender", action: "erase" },
        { category: "mother_tongue", action: "erase" },
        { category: "working_life", action: "erase" },
        { category: "contact", action: "erase" },
        { category: "subject_groups", action: "anonymise" },
        { category: "relationship", action: "anonymise" },
        { category: "case_notes", action: "erase" },
        { category: "special_notes", action: "erase" },
        { category: "event_registrations", action: "erase" },
      ],
    },
    decisionReasons:
      "Kaikki tietosi on poistettu asiakasrekisteristä ja Clara-asiakastietojärjestelmästä tietosuoja-asetuksen 17 artiklan 1 kohdan a alakohdan perusteella, koska niitä ei enää tarvita. Asiakkuuden alkamis- ja päättymisvuosi säilytetään ilman tunnistetietoja tilastointia varten.",
    closedOffsetDays: 26,
    messages: [],
    internalNotes: [
      {
        authorEmail: KATJA,
        offsetDays: 0,
        body: "Kirje saapui 20.8. Allekirjoitus ja osoite vastaavat rekisterin tietoja. Varmistettu lisäksi soittamalla rekisterissä olevaan numeroon 21.8.",
      },
      {
        authorEmail: KATJA,
        offsetDays: 26,
        body: "Tiedot poistettu; asiakkuuden alku- ja loppuvuosi jätetty anonymisoituna tilastoja varten. Vastaus postitettu kirjeenä 15.9.",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "erase_record",
        title: "Poista tiedot suunnitelman mukaisesti",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 25,
      },
      {
        kind: "manual",
        action: "erase_external",
        processorKey: "clara",
        title: "Poista tiedot Clara-järjestelmästä",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 24,
      },
      {
        kind: "manual",
        action: "erase_external",
        processorKey: "it-tiimi",
        title: "Tarkista ja poista väliaikaiset tiedot palvelimelta (ilmoittautumiset)",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 24,
      },
      {
        kind: "manual",
        action: "erase_external",
        processorKey: "flomembers",
        title: "Poista tiedot FloMembers-jäsenrekisteristä",
        status: "skipped",
        skipReason: "Matti ei ole ollut jäsen.",
        doneByEmail: KATJA,
        doneOffsetDays: 24,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "tukihenkilo",
        title: "Ilmoita poistosta entiselle ystävävierailijalle (19 artikla)",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 25,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "viranomainen",
        title: "Ilmoita poistosta viranomaiselle (19 artikla)",
        status: "skipped",
        skipReason: "Matin tietoja ei ole annettu viranomaisille.",
        doneByEmail: KATJA,
        doneOffsetDays: 25,
      },
    ],
  },
  {
    // By email, filed by staff on his behalf; a ban on direct marketing is set at once.
    reference: "TKL-2026-0005",
    orgSlug: TKL,
    type: "objection",
    status: "completed",
    channel: "email",
    locale: "fi",
    receivedAt: "2026-10-05T07:20:00Z",
    subjectName: "Tomi Koskinen",
    subjectEmail: "tomi.koskinen@example.net",
    personKeys: ["tkl-tomi-koskinen"],
    requiredLevel: 1,
    assigneeEmail: JOHANNA,
    details: { type: "objection", kind: "direct_marketing", registerIds: [REG] },
    decisionReasons:
      "Suoramarkkinointikielto on asetettu välittömästi (tietosuoja-asetuksen 21 artiklan 3 kohta). Jäsenyyteen liittyviä tiedotteita, kuten kokouskutsuja, lähetetään edelleen.",
    closedOffsetDays: 0.15,
    messages: [],
    internalNotes: [
      {
        authorEmail: JOHANNA,
        offsetDays: 0.1,
        body: "Pyyntö tuli sähköpostilla rekisterissä olevasta osoitteesta; kirjattu portaaliin hänen puolestaan. Uutiskirjesuostumus merkitty samalla peruutetuksi hänen pyynnöstään. Vastaus lähetetty sähköpostilla.",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "set_marketing_ban",
        title: "Aseta suoramarkkinointikielto",
        status: "done",
        doneByEmail: JOHANNA,
        doneOffsetDays: 0.1,
      },
    ],
  },
  {
    reference: "TKL-2026-0006",
    orgSlug: TKL,
    type: "access",
    status: "completed",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-09-22T05:55:00Z",
    subjectName: "Ville Heikkilä",
    subjectEmail: "ville.heikkila@example.com",
    personKeys: ["tkl-ville-heikkila"],
    requiredLevel: 2,
    assigneeEmail: KATJA,
    details: { type: "access", registerIds: [REG], formats: ["pdf"] },
    decisionReasons: "Kaikki asiakasrekisteriin tallennetut tietosi on toimitettu PDF-selvityksenä.",
    closedOffsetDays: 17,
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Haluan nähdä kaikki minusta tallennetut tiedot, myös hallituksen sähköpostit, joissa minut mainitaan.",
      },
      {
        from: "staff",
        authorEmail: KATJA,
        offsetDays: 1,
        body: "Hei Ville, kiitos pyynnöstäsi. Toimitamme kaikki rekisteriin tallennetut tietosi kuukauden kuluessa. Hallituksen sähköpostit eivät kuulu asiakasrekisteriin, mutta tarkistamme, onko niissä sinua koskevia henkilötietoja.",
      },
      {
        from: "staff",
        authorEmail: KATJA,
        offsetDays: 17,
        body: "Hei Ville, raporttisi on valmis portaalissa. Hallituksen sähköposteissa sinut mainitaan vain jäsenmaksua koskevan kysymyksesi yhteydessä; se on raportissa.",
      },
    ],
    internalNotes: [],
    tasks: [
      {
        kind: "manual",
        action: "access_external",
        processorKey: "clara",
        title: "Tarkista Clara-järjestelmän tiedot",
        status: "skipped",
        skipReason: "Ville on vain jäsen; Clara-järjestelmässä ei ole hänen tietojaan.",
        doneByEmail: KATJA,
        doneOffsetDays: 12,
      },
      {
        kind: "automatic",
        action: "generate_report",
        title: "Muodosta raportti (PDF)",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 16,
      },
    ],
  },
  {
    // Refused as manifestly unfounded (Art. 12(5)): the handler wrote the reasons.
    reference: "TKL-2026-0007",
    orgSlug: TKL,
    type: "access",
    status: "rejected",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-10-12T04:05:00Z",
    subjectName: "Ville Heikkilä",
    subjectEmail: "ville.heikkila@example.com",
    personKeys: ["tkl-ville-heikkila"],
    requiredLevel: 2,
    assigneeEmail: KATJA,
    details: {
      type: "access",
      registerIds: [REG],
      formats: ["pdf", "json"],
      note: "Teen tämän pyynnön joka viikko niin kauan, kunnes hallitus peruu jäsenmaksun korotuksen. Katsotaan, kauanko jaksatte.",
    },
    rejectionGround: "manifestly_unfounded",
    decisionReasons: `Pyyntösi hylätään ilmeisen perusteettomana (tietosuoja-asetuksen 12 artiklan 5 kohta). Sait kaikki tietosi 9.10.2026 (pyyntö TKL-2026-0006), eikä tietojasi ole sen jälkeen muutettu eikä luovutettu. Pyynnössäsi kerrot tekeväsi saman pyynnön joka viikko, kunnes hallitus muuttaa jäsenmaksupäätöstään. Pyynnön tarkoitus ei siis ole saada tietoa omien tietojesi käsittelystä, vaan painostaa yhdistystä asiassa, joka ei liity henkilötietojen käsittelyyn. Jos tietojesi käsittelyssä tapahtuu muutoksia, voit tehdä uuden tarkastuspyynnön milloin tahansa. ${COMPLAINT_FI}`,
    closedOffsetDays: 4,
    messages: [
      { from: "subject", offsetDays: 0, body: "Tässä taas uusi pyyntö. Jäsenmaksuasia ei ole edennyt." },
      {
        from: "staff",
        authorEmail: KATJA,
        offsetDays: 4,
        body: "Hei Ville, pyyntösi on käsitelty, ja päätös perusteluineen näkyy portaalissa. Jäsenmaksuasian voit ottaa esille syyskokouksessa 18.11.2026.",
      },
    ],
    internalNotes: [
      {
        authorEmail: KATJA,
        offsetDays: 1,
        body: "Edellinen raportti annettu 9.10. Pyyntö on toistuva, ja sen tarkoitus on kerrottu itse pyynnössä. Keskusteltu puheenjohtajan kanssa: hylätään ilmeisen perusteettomana. Näyttötaakka on meillä (12(5)), joten perustelut kirjoitettava huolella.",
      },
      {
        authorEmail: KATJA,
        offsetDays: 3,
        body: "Tarkistettu tapahtumalokista: Villen tietoihin ei ole tehty muutoksia eikä niitä ole luovutettu 9.10. jälkeen.",
      },
    ],
    tasks: [],
  },
  {
    // Consent withdrawal is effective at once: closed by the system within a minute.
    reference: "TKL-2026-0008",
    orgSlug: TKL,
    type: "consent_withdrawal",
    status: "completed",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-10-22T15:45:00Z",
    subjectName: "Jonna Lehtonen",
    subjectEmail: "jonna.lehtonen@example.com",
    personKeys: ["tkl-jonna-lehtonen"],
    requiredLevel: 1,
    assigneeEmail: null,
    details: { type: "consent_withdrawal", consentIds: ["tkl-jonna-lehtonen#newsletter"] },
    decisionReasons:
      "Suostumus on peruttu välittömästi. Peruutus ei vaikuta ennen sitä tehtyyn käsittelyyn (tietosuoja-asetuksen 7 artiklan 3 kohta).",
    closedOffsetDays: 0.0004,
    messages: [],
    internalNotes: [],
    tasks: [
      {
        kind: "automatic",
        action: "withdraw_consent",
        title: "Merkitse suostumus peruutetuksi",
        status: "done",
        doneOffsetDays: 0.0003,
      },
    ],
  },
  {
    reference: "TKL-2026-0009",
    orgSlug: TKL,
    type: "portability",
    status: "new",
    channel: "portal",
    locale: "sv",
    receivedAt: "2026-11-24T17:30:00Z",
    subjectName: "Sofia Wikström",
    subjectEmail: "sofia.wikstrom@example.fi",
    personKeys: ["tkl-sofia-wikstrom"],
    requiredLevel: 2,
    assigneeEmail: null,
    details: { type: "portability", registerIds: [REG], formats: ["json", "csv"] },
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hej! Jag vill få mina uppgifter i maskinläsbar form, särskilt mina anmälningar och kontaktuppgifter. Tack!",
        read: false,
      },
    ],
    internalNotes: [],
    tasks: [
      {
        kind: "automatic",
        action: "export_data",
        title: "Muodosta siirrettävä tiedosto (JSON, CSV)",
        status: "open",
      },
    ],
  },
  {
    // Her account email is not the one on record: the request waits for a level-2 match.
    reference: "TKL-2026-0010",
    orgSlug: TKL,
    type: "erasure",
    status: "awaiting_verification",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-11-23T18:10:00Z",
    subjectName: "Oona Rantanen",
    subjectEmail: "oona.r@example.net",
    personKeys: [],
    requiredLevel: 2,
    assigneeEmail: null,
    details: {
      type: "erasure",
      scope: "categories",
      categories: ["special_notes", "network_views"],
      ground: "b",
      explanation:
        "Peruutan suostumukseni terveyttäni koskevien tietojen ja verkostotyön tietojen käsittelyyn ja haluan, että ne poistetaan. Tukisuhde saa jatkua joulukuuhun asti.",
    },
    messages: [
      {
        from: "staff",
        authorEmail: KATJA,
        offsetDays: 0.6,
        body: "Hei Oona, kirjauduit sähköpostiosoitteella, jota ei ole rekisterissämme. Olemme saaneet antamasi tunnistetiedot ja vahvistamme henkilöllisyytesi mahdollisimman pian. Sen jälkeen käsittelemme pyyntösi.",
      },
    ],
    internalNotes: [],
    tasks: [],
  },
  {
    // A letter; 6 days overdue on the reference date (due 20.11.).
    reference: "TKL-2026-0011",
    orgSlug: TKL,
    type: "access",
    status: "in_progress",
    channel: "letter",
    locale: "fi",
    receivedAt: "2026-10-20T08:00:00Z",
    subjectName: "Jari Mäkinen",
    subjectEmail: null,
    personKeys: ["tkl-jari-makinen"],
    requiredLevel: 3,
    assigneeEmail: MIKKO,
    details: {
      type: "access",
      registerIds: [REG],
      formats: ["pdf"],
      note: "Pyydän tiedot paperisena postitse kotiosoitteeseeni.",
    },
    messages: [],
    internalNotes: [
      {
        authorEmail: MIKKO,
        offsetDays: 0,
        body: "Kirje saapui 20.10. Jari pyytää tiedot paperisena postitse.",
      },
      {
        authorEmail: MIKKO,
        offsetDays: 2,
        body: "Jari kävi 22.10. toimistolla ja näytti henkilöllisyystodistuksen (taso 3). Kopiota ei otettu.",
      },
      {
        authorEmail: KATJA,
        offsetDays: 36,
        body: "Määräaika ylittyi 20.11., koska Mikko oli sairauslomalla 9.–20.11. eikä pyyntöä siirretty kenellekään. Tein Clara-poiminnan; Mikko viimeistelee raportin. Jarille soitettu ja pahoiteltu viivästystä.",
      },
    ],
    tasks: [
      {
        kind: "manual",
        action: "access_external",
        processorKey: "clara",
        title: "Tarkista Clara-järjestelmän tiedot ja liitä ne raporttiin",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 35,
      },
      {
        kind: "automatic",
        action: "generate_report",
        title: "Muodosta raportti (PDF)",
        status: "open",
      },
      {
        kind: "manual",
        action: "send_by_post",
        title: "Tulosta raportti ja postita se kirjattuna kirjeenä",
        status: "open",
      },
    ],
  },
  {
    reference: "TKL-2026-0012",
    orgSlug: TKL,
    type: "rectification",
    status: "withdrawn",
    channel: "portal",
    locale: "en",
    receivedAt: "2026-11-03T08:15:00Z",
    subjectName: "Ahmed Karimi",
    subjectEmail: "ahmed.karimi@example.com",
    personKeys: ["tkl-ahmed-karimi"],
    requiredLevel: 2,
    assigneeEmail: MIKKO,
    details: {
      type: "rectification",
      items: [
        {
          personId: "tkl-ahmed-karimi",
          field: "streetAddress",
          currentValue: "Luolavuorentie 12 C 40",
          correctValue: "Runosmäentie 8 B 21",
        },
        { personId: "tkl-ahmed-karimi", field: "postalCode", currentValue: "20810", correctValue: "20360" },
      ],
    },
    closedOffsetDays: 1.2,
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hello, we moved in July. Please update my address: Runosmäentie 8 B 21, 20360 Turku.",
      },
      {
        from: "staff",
        authorEmail: MIKKO,
        offsetDays: 1.1,
        body: "Hello Ahmed, thank you for calling today. Your address has now been updated. As we agreed, you can withdraw this request in the portal, as nothing else needs to be done.",
      },
      { from: "subject", offsetDays: 1.2, body: "Thank you, I have withdrawn it." },
    ],
    internalNotes: [],
    tasks: [],
  },
  {
    // Waiting for the subject to come in for level 3: the pause is running.
    reference: "TKL-2026-0013",
    orgSlug: TKL,
    type: "access",
    status: "awaiting_subject",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-11-09T08:30:00Z",
    subjectName: "Olga Ivanova",
    subjectEmail: "olga.ivanova@example.net",
    personKeys: ["tkl-olga-ivanova"],
    requiredLevel: 3,
    assigneeEmail: KATJA,
    pausedDays: 0,
    pausedSinceOffsetDays: 2,
    details: {
      type: "access",
      registerIds: [REG],
      formats: ["pdf"],
      note: "Haluan tietää, mitä minusta on kirjoitettu.",
    },
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hei. Haluan nähdä, mitä minusta on kirjoitettu. Tyttäreni auttaa minua tämän kanssa.",
      },
      {
        from: "staff",
        authorEmail: KATJA,
        offsetDays: 2,
        body: "Hei Olga, kiitos viestistäsi. Tietoihisi sisältyy terveyttä koskevia tietoja, joten voimme luovuttaa ne vasta, kun henkilöllisyytesi on varmistettu vahvasti. Voit käydä toimistollamme (Revontulenkatu 4) arkisin klo 9–15 henkilöllisyystodistuksen kanssa; siitä ei oteta kopiota. Käsittelyaika ei kulu sillä aikaa, kun odotamme käyntiäsi. Tyttäresi voi halutessasi tulla mukaan.",
      },
      {
        from: "subject",
        offsetDays: 5,
        body: "Kiitos. Tulen ensi viikolla, kun tyttäreni pääsee mukaan.",
        read: false,
      },
    ],
    internalNotes: [
      {
        authorEmail: KATJA,
        offsetDays: 2,
        body: "Pyydetty tason 3 tunnistusta (raportissa terveystietoja). Kello pysäytetty 11.11. alkaen.",
      },
    ],
    tasks: [
      {
        kind: "manual",
        action: "access_external",
        processorKey: "clara",
        title: "Tarkista Clara-järjestelmän tiedot ja liitä ne raporttiin",
        status: "open",
      },
      { kind: "automatic", action: "generate_report", title: "Muodosta raportti (PDF)", status: "open" },
    ],
  },
  {
    // Due tomorrow (27.11.).
    reference: "TKL-2026-0014",
    orgSlug: TKL,
    type: "objection",
    status: "in_progress",
    channel: "portal",
    locale: "sv",
    receivedAt: "2026-10-27T12:55:00Z",
    subjectName: "Elias Sundqvist",
    subjectEmail: "elias.sundqvist@example.fi",
    personKeys: ["tkl-elias-sundqvist"],
    requiredLevel: 1,
    assigneeEmail: KATJA,
    details: {
      type: "objection",
      kind: "legitimate_interest",
      personalSituation:
        "Jag arbetar själv vid den universitetsinstitution som ni samarbetar med i forskningsprojektet om stödtjänster. Även om uppgifterna pseudonymiseras är gruppen svenskspråkiga klienter i min ålder så liten att mina kolleger kan känna igen mig. Jag invänder därför mot att mina uppgifter används för forskning och statistik.",
      registerIds: [REG],
    },
    messages: [
      {
        from: "staff",
        authorEmail: KATJA,
        offsetDays: 1,
        body: "Hej Elias, tack för ditt meddelande. Vi har begränsat behandlingen av dina uppgifter medan vi utreder din invändning (begäran TKL-2026-0015). Dina samtal kan fortsätta som vanligt.",
      },
      { from: "subject", offsetDays: 2, body: "Tack, det låter bra." },
    ],
    internalNotes: [
      {
        authorEmail: KATJA,
        offsetDays: 3,
        body: "Tutkimusyhteistyö Turun yliopiston kanssa: aineisto on pseudonymisoitu, mutta ruotsinkielisten asiakkaiden ryhmä on pieni (7 henkeä). Pakottavia perusteita jatkaa käsittelyä ei ole tunnistettu, joten vastustus todennäköisesti hyväksytään ja Eliaksen tiedot jätetään tutkimusaineistosta pois.",
      },
      {
        authorEmail: KATJA,
        offsetDays: 29,
        body: "Tutkimusryhmä vastasi: aineisto voidaan poimia uudelleen ilman Eliaksen tietoja. Päätös tehtävä viimeistään 27.11.",
      },
    ],
    tasks: [
      {
        kind: "manual",
        action: "exclude_from_research",
        title: "Poista Eliaksen tiedot tutkimusaineiston poiminnasta (Turun yliopisto)",
        status: "open",
      },
    ],
  },
  {
    // Restriction while the objection above is pending (Art. 18(1)(d)); due tomorrow.
    reference: "TKL-2026-0015",
    orgSlug: TKL,
    type: "restriction",
    status: "in_progress",
    channel: "portal",
    locale: "sv",
    receivedAt: "2026-10-27T13:00:00Z",
    subjectName: "Elias Sundqvist",
    subjectEmail: "elias.sundqvist@example.fi",
    personKeys: ["tkl-elias-sundqvist"],
    requiredLevel: 2,
    assigneeEmail: KATJA,
    details: {
      type: "restriction",
      ground: "d",
      explanation:
        "Jag vill att behandlingen av mina uppgifter för forskning och statistik begränsas tills ni har prövat min invändning (TKL-2026-0014).",
      registerIds: [REG],
    },
    messages: [],
    internalNotes: [
      {
        authorEmail: KATJA,
        offsetDays: 1,
        body: "Rajoitus voimassa, kunnes vastustamispyyntö TKL-2026-0014 on ratkaistu. Jos rajoitus myöhemmin puretaan, Eliakselle ilmoitetaan ensin (18(3)).",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "restrict_record",
        title: "Merkitse henkilötiedot rajoitetuiksi",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 0.8,
      },
      {
        kind: "manual",
        action: "restrict_external",
        processorKey: "clara",
        title: "Merkitse käsittelyn rajoitus Clara-järjestelmään",
        status: "done",
        doneByEmail: KATJA,
        doneOffsetDays: 1,
      },
      {
        kind: "manual",
        action: "restrict_external",
        processorKey: "flomembers",
        title: "Merkitse käsittelyn rajoitus FloMembers-jäsenrekisteriin",
        status: "skipped",
        skipReason: "Elias ei ole jäsen.",
        doneByEmail: KATJA,
        doneOffsetDays: 1,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "tukihenkilo",
        title: "Ilmoita rajoituksesta tukihenkilölle (19 artikla)",
        status: "skipped",
        skipReason: "Eliaksella ei ole tukihenkilöä.",
        doneByEmail: KATJA,
        doneOffsetDays: 1,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "viranomainen",
        title: "Ilmoita rajoituksesta viranomaiselle (19 artikla)",
        status: "skipped",
        skipReason: "Eliaksen tietoja ei ole annettu viranomaisille.",
        doneByEmail: KATJA,
        doneOffsetDays: 1,
      },
    ],
  },
];

/* ------------------------------------------------------------------------------------------------
 * MIELI Länsirannikon mielenterveys ry
 * ---------------------------------------------------------------------------------------------- */

const mlrRequests: SeedRequest[] = [
  {
    // Completed in Swedish; the wife's own statements in a joint session were redacted.
    reference: "MLR-2026-0001",
    orgSlug: MLR,
    type: "access",
    status: "completed",
    channel: "portal",
    locale: "sv",
    receivedAt: "2026-09-14T08:00:00Z",
    subjectName: "Markus Wallin",
    subjectEmail: "markus.wallin@example.com",
    personKeys: ["mlr-markus-wallin"],
    requiredLevel: 3,
    assigneeEmail: ROOSA,
    pausedDays: 2,
    details: { type: "access", registerIds: [REG], formats: ["pdf"] },
    decisionReasons:
      "Din begäran om tillgång har verkställts. Redogörelsen innehåller alla uppgifter om dig i klientregistret och den information som avses i artikel 15.1 i dataskyddsförordningen. I en anteckning har uppgifter som din hustru lämnat om sig själv maskerats för att skydda hennes rättigheter (artikel 15.4).",
    closedOffsetDays: 18,
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hej, jag skulle vilja ta del av alla uppgifter som finns om mig, på svenska om möjligt.",
      },
      {
        from: "staff",
        authorEmail: ROOSA,
        offsetDays: 0.3,
        body: "Hej Markus, eftersom uppgifterna gäller din hälsa behöver vi bekräfta din identitet starkt innan vi lämnar ut dem. Du kan komma till vårt kontor på Valtakatu 13 med ett identitetsbevis; vi tar ingen kopia av det. Tidsfristen löper inte medan vi väntar.",
      },
      { from: "subject", offsetDays: 1, body: "Jag kommer på onsdag eftermiddag." },
      {
        from: "staff",
        authorEmail: ROOSA,
        offsetDays: 18,
        body: "Hej Markus, din redogörelse finns nu i e-tjänsten och kan laddas ned i 30 dagar. Uppgifter som din hustru berättat om sig själv under ett gemensamt samtal har maskerats för att skydda hennes rättigheter.",
      },
    ],
    internalNotes: [
      {
        authorEmail: ROOSA,
        offsetDays: 2,
        body: "Henkilöllisyys tarkistettu passista toimistolla 16.9. (taso 3); kopiota ei otettu.",
      },
      {
        authorEmail: ROOSA,
        offsetDays: 15,
        body: "Puolison omat kertomukset peitetty parikäynnin muistiinpanosta. Lotta on myös oma asiakkaamme; hänen tietojaan ei anneta Markukselle.",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "generate_report",
        title: "Muodosta raportti (PDF)",
        status: "done",
        doneByEmail: ROOSA,
        doneOffsetDays: 17,
      },
    ],
    itemMarks: [
      {
        kind: "redact",
        itemType: "case_note",
        personKey: "mlr-markus-wallin",
        noteKey: "mlr-markus-n1",
        match: "Lotta berättade att hon har funderat på att flytta isär och att hon själv har haft panikattacker under vintern.",
        reason: "Kolmannen henkilön (puolison) omat tiedot, tietosuoja-asetuksen 15 artiklan 4 kohta",
        byEmail: ROOSA,
        offsetDays: 15,
      },
    ],
  },
  {
    // Filed in person by the guardian of a 16-year-old; one entry kept under Art. 17(3)(b).
    reference: "MLR-2026-0002",
    orgSlug: MLR,
    type: "erasure",
    status: "completed",
    channel: "in_person",
    locale: "fi",
    receivedAt: "2026-09-22T10:00:00Z",
    subjectName: "Niko Heikkinen",
    subjectEmail: null,
    representative: { name: "Minna Heikkinen", role: "huoltaja", powerOfAttorneyCheckedOffsetDays: 0 },
    personKeys: ["mlr-niko-heikkinen"],
    requiredLevel: 2,
    assigneeEmail: ELINA,
    details: {
      type: "erasure",
      scope: "everything",
      categories: [],
      ground: "a",
      explanation:
        "Nikon asiakkuus kriisikeskuksessa on päättynyt, eikä hän halua, että hänestä jää tietoja. Niko on itse mukana ja samaa mieltä.",
      plan: [
        {
          category: "identity",
          action: "keep",
          exception: "17(3)(b) lakisääteinen velvoite: lastensuojeluilmoitusta koskevan merkinnän yksilöinti",
        },
        {
          category: "identity_code",
          action: "keep",
          exception: "17(3)(b) lakisääteinen velvoite: lastensuojeluilmoitusta koskevan merkinnän yksilöinti",
        },
        {
          category: "birth",
          action: "keep",
          exception: "17(3)(b) lakisääteinen velvoite: lastensuojeluilmoitusta koskevan merkinnän yksilöinti",
        },
        {
          category: "gender",
          action: "keep",
          exception: "17(3)(b) lakisääteinen velvoite: lastensuojeluilmoitusta koskevan merkinnän yksilöinti",
        },
        { category: "contact", action: "erase" },
        { category: "service_language", action: "erase" },
        { category: "subject_groups", action: "keep", exception: "17(3)(b): asiakkuuden todentaminen ilmoituksen yhteydessä" },
        { category: "relationship", action: "keep", exception: "17(3)(b): ilmoituksen ajankohdan ja asiakkuuden todentaminen" },
        { category: "consents", action: "erase" },
        {
          category: "special_notes",
          action: "keep",
          exception:
            "17(3)(b): lastensuojelulain 25 §:n mukaista ilmoitusta koskeva merkintä säilytetään; muut muistiinpanot poistetaan",
        },
        { category: "event_registrations", action: "erase" },
        { category: "contact_history", action: "erase" },
        { category: "feedback", action: "erase" },
        { category: "photos", action: "erase" },
        { category: "camera_recordings", action: "erase" },
      ],
    },
    decisionReasons:
      "Nikon tiedot on poistettu asiakasrekisteristä 13.10.2026. Lastensuojelulain 25 §:n mukaista ilmoitusta koskeva merkintä ja sen yksilöimiseen tarvittavat tunnistetiedot säilytetään tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohdan perusteella (lakisääteinen velvoite); niiden käsittely on rajoitettu pelkkään säilyttämiseen. Muut tiedot, kuten yhteystiedot ja muut muistiinpanot, on poistettu.",
    closedOffsetDays: 21,
    messages: [],
    internalNotes: [
      {
        authorEmail: ELINA,
        offsetDays: 0,
        body: "Huoltaja Minna Heikkinen ja Niko kävivät toimistolla. Huoltajuus todettu: Minnan henkilöllisyystodistus ja Nikon Kela-kortti nähty, kopioita ei otettu. Niko (16 v.) kertoi itse haluavansa tietojen poistamista.",
      },
      {
        authorEmail: ROOSA,
        offsetDays: 14,
        body: "Lastensuojeluilmoitusta koskeva merkintä säilytetään 17(3)(b) perusteella, ja sen käsittely rajoitetaan pelkkään säilyttämiseen. Säilyttämisen tarve tarkistetaan vuosittain.",
      },
      {
        authorEmail: ELINA,
        offsetDays: 21,
        body: "Päätös käyty läpi huoltajan ja Nikon kanssa tapaamisessa 13.10. ja annettu kirjallisena.",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "erase_record",
        title: "Poista tiedot suunnitelman mukaisesti",
        status: "done",
        doneByEmail: ELINA,
        doneOffsetDays: 21,
      },
      {
        kind: "automatic",
        action: "restrict_record",
        title: "Rajoita säilytettävien tietojen käsittely pelkkään säilyttämiseen",
        status: "done",
        doneByEmail: ELINA,
        doneOffsetDays: 21,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "viranomaiset",
        title: "Ilmoita poistosta viranomaiselle (19 artikla)",
        status: "skipped",
        skipReason:
          "Lastensuojeluilmoitus säilytetään 17(3)(b) perusteella; viranomaiselle luovutettuihin tietoihin ei tule muutoksia.",
        doneByEmail: ELINA,
        doneOffsetDays: 21,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "markkinointikumppanit",
        title: "Ilmoita poistosta markkinointikumppaneille (19 artikla)",
        status: "skipped",
        skipReason: "Nikon tietoja ei ole luovutettu markkinointikumppaneille.",
        doneByEmail: ELINA,
        doneOffsetDays: 21,
      },
    ],
  },
  {
    reference: "MLR-2026-0003",
    orgSlug: MLR,
    type: "consent_withdrawal",
    status: "completed",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-10-12T05:05:00Z",
    subjectName: "Kalle Rantala",
    subjectEmail: "kalle.rantala@example.fi",
    personKeys: ["mlr-kalle-rantala"],
    requiredLevel: 1,
    assigneeEmail: OSKAR,
    details: { type: "consent_withdrawal", consentIds: ["mlr-kalle-rantala#photos"] },
    decisionReasons:
      "Valokuvia koskeva suostumuksesi on peruttu 12.10.2026 ja kuvasi on poistettu. Markkinointikumppaniamme on pyydetty poistamaan kuva aineistostaan. Peruutus ei vaikuta ennen sitä tehtyyn käsittelyyn.",
    closedOffsetDays: 1,
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Peruutan luvan käyttää kuviani. En halua olla yhdistyksen esitteissä.",
      },
      {
        from: "staff",
        authorEmail: OSKAR,
        offsetDays: 1,
        body: "Hei Kalle, suostumuksesi on peruttu ja kuvasi on poistettu järjestelmästämme. Pyysimme myös mainostoimistoa poistamaan kuvan aineistostaan; jo painettuja esitteitä emme valitettavasti voi vetää takaisin. Peruutus ei vaikuta ennen sitä tehtyyn käsittelyyn.",
      },
    ],
    internalNotes: [],
    tasks: [
      {
        kind: "automatic",
        action: "withdraw_consent",
        title: "Merkitse suostumus peruutetuksi",
        status: "done",
        doneOffsetDays: 0,
      },
      {
        kind: "automatic",
        action: "delete_media",
        title: "Poista suostumuksella otetut valokuvat (2 kpl)",
        status: "done",
        doneByEmail: OSKAR,
        doneOffsetDays: 0.5,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "markkinointikumppanit",
        title: "Pyydä mainostoimistoa poistamaan Kallen kuva kevään esitteen aineistosta",
        status: "done",
        doneByEmail: OSKAR,
        doneOffsetDays: 1,
      },
    ],
  },
  {
    reference: "MLR-2026-0004",
    orgSlug: MLR,
    type: "objection",
    status: "completed",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-10-05T16:00:00Z",
    subjectName: "Heidi Lampinen",
    subjectEmail: "heidi.lampinen@example.net",
    personKeys: ["mlr-heidi-lampinen"],
    requiredLevel: 1,
    assigneeEmail: OSKAR,
    details: { type: "objection", kind: "profiling", registerIds: [REG] },
    decisionReasons:
      "Profilointikielto on asetettu välittömästi (tietosuoja-asetuksen 21 artiklan 2 ja 3 kohta). Tietojasi ei enää käytetä markkinoinnin kohdentamiseen.",
    closedOffsetDays: 1,
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Sain lahjoituspyynnön, jossa viitattiin siihen, että olen ollut kriisiasiakkaana. En halua, että minua profiloidaan markkinointia varten.",
      },
      {
        from: "staff",
        authorEmail: OSKAR,
        offsetDays: 1,
        body: "Hei Heidi, olet oikeassa, ja pahoittelemme. Olemme kieltäneet tietojesi käytön profilointiin ja kohdennettuun markkinointiin heti ja ilmoittaneet asiasta myös markkinointikumppanillemme.",
      },
    ],
    internalNotes: [
      {
        authorEmail: OSKAR,
        offsetDays: 0.9,
        body: "Syksyn lahjoituskampanjan segmentti 'nuoret aikuiset, kriisiasiakkaat' perustui asiakkuustietoihin. Viety tietosuojavastaavalle arvioitavaksi.",
      },
      {
        authorEmail: ROOSA,
        offsetDays: 1,
        body: "Segmentointi kriisiasiakkuuden perusteella lopetetaan. Arvioidaan, onko selostetta tarpeen tarkentaa.",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "set_profiling_ban",
        title: "Aseta profilointikielto",
        status: "done",
        doneByEmail: OSKAR,
        doneOffsetDays: 0.8,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "markkinointikumppanit",
        title: "Ilmoita profilointikiellosta markkinointikumppanille ja poista Heidi segmentistä",
        status: "done",
        doneByEmail: OSKAR,
        doneOffsetDays: 1,
      },
    ],
  },
  {
    // The anonymous client: no account, identified by client reference + secret.
    reference: "MLR-2026-0005",
    orgSlug: MLR,
    type: "access",
    status: "new",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-11-25T16:40:00Z",
    subjectName: "Nimetön asiakas MLR-K-0042",
    subjectEmail: null,
    clientReference: "MLR-K-0042",
    personKeys: ["mlr-anon-k0042"],
    requiredLevel: 2,
    assigneeEmail: null,
    details: {
      type: "access",
      registerIds: [REG],
      formats: ["pdf"],
      note: "Haluaisin nähdä, mitä käynneistäni on kirjattu.",
    },
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hei, haluaisin nähdä, mitä käynneistäni on kirjattu. Asioin nimettömänä, joten käytän saamaani asiakastunnusta.",
        read: false,
      },
    ],
    internalNotes: [],
    tasks: [],
  },
  {
    reference: "MLR-2026-0006",
    orgSlug: MLR,
    type: "portability",
    status: "completed",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-10-22T15:50:00Z",
    subjectName: "Jonna Lehtonen",
    subjectEmail: "jonna.lehtonen@example.com",
    personKeys: ["mlr-jonna-lehtonen"],
    requiredLevel: 2,
    assigneeEmail: ELINA,
    details: { type: "portability", registerIds: [REG], formats: ["json"] },
    decisionReasons:
      "Siirrettävät tiedot (itse antamasi tiedot, joita käsitellään suostumuksen tai sopimuksen perusteella) on toimitettu JSON-muodossa.",
    closedOffsetDays: 4,
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Haluaisin koulutustietoni koneluettavassa muodossa, jotta voin liittää ne vapaaehtoistyön ansioluetteloon.",
      },
      {
        from: "staff",
        authorEmail: ELINA,
        offsetDays: 4,
        body: "Hei Jonna, tiedostosi on valmis portaalissa. Se sisältää antamasi yhteystiedot, koulutusilmoittautumisesi ja suostumuksesi JSON-muodossa.",
      },
    ],
    internalNotes: [],
    tasks: [
      {
        kind: "automatic",
        action: "export_data",
        title: "Muodosta siirrettävä tiedosto (JSON)",
        status: "done",
        doneByEmail: ELINA,
        doneOffsetDays: 3,
      },
    ],
  },
  {
    // Clarification asked on day 1, answered on day 10: 9 paused days move the limit to 11.12.
    reference: "MLR-2026-0007",
    orgSlug: MLR,
    type: "rectification",
    status: "in_progress",
    channel: "portal",
    locale: "en",
    receivedAt: "2026-11-02T07:30:00Z",
    subjectName: "David Okafor",
    subjectEmail: "david.okafor@example.com",
    personKeys: ["mlr-david-okafo"],
    requiredLevel: 2,
    assigneeEmail: ELINA,
    pausedDays: 9,
    details: {
      type: "rectification",
      items: [
        { personId: "mlr-david-okafo", field: "lastName", currentValue: "Okafo", correctValue: "Okafor" },
        { personId: "mlr-david-okafo", field: "phone", currentValue: "040 0001209", correctValue: "040 0001290" },
      ],
    },
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hello, my surname is spelt wrong in your records: it should be Okafor, not Okafo. I also have a new phone number, 040 0001290.",
      },
      {
        from: "staff",
        authorEmail: ELINA,
        offsetDays: 1,
        body: "Hello David, thank you. To make sure we correct the right record, could you confirm the spelling of your surname exactly as it appears on your residence permit card? There is no need to send a copy; the spelling is enough. The time limit does not run while we wait for your answer.",
      },
      {
        from: "subject",
        offsetDays: 10,
        body: "It is Okafor, O-K-A-F-O-R, as on my residence permit. Sorry for the late reply, I was at sea.",
      },
      {
        from: "staff",
        authorEmail: ELINA,
        offsetDays: 11,
        body: "Thank you, David. We will correct your details shortly and let you know when it is done.",
      },
    ],
    internalNotes: [
      { authorEmail: ELINA, offsetDays: 1, body: "Pyydetty tarkennus nimen kirjoitusasuun; kello pysäytetty 3.11." },
      { authorEmail: ELINA, offsetDays: 10, body: "Vastaus saatu 12.11.; pysäytys 9 päivää. Määräaika nyt 11.12." },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "rectify_record",
        title: "Korjaa sukunimi ja puhelinnumero rekisteriin",
        status: "open",
        createdOffsetDays: 10,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "viranomaiset",
        title: "Ilmoita oikaisusta viranomaiselle (19 artikla)",
        status: "skipped",
        skipReason: "Davidin tietoja ei ole luovutettu viranomaisille.",
        doneByEmail: ELINA,
        doneOffsetDays: 10,
        createdOffsetDays: 10,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "markkinointikumppanit",
        title: "Ilmoita nimen korjauksesta markkinointikumppanille (sähköpostilista)",
        status: "open",
        createdOffsetDays: 10,
      },
    ],
  },
  {
    // Signed in with an address that matches no record: waits for her birth date / identity code.
    reference: "MLR-2026-0008",
    orgSlug: MLR,
    type: "access",
    status: "awaiting_verification",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-11-24T05:45:00Z",
    subjectName: "Sari Kallio",
    subjectEmail: "sari.kallio.koti@example.net",
    personKeys: [],
    requiredLevel: 2,
    assigneeEmail: null,
    details: { type: "access", registerIds: [REG], formats: ["pdf", "json"] },
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hei, kävin kriisikeskuksessa keväällä. Haluaisin nähdä, mitä minusta on kirjattu. Käytän nyt kotisähköpostiani, koska vanha työosoitteeni ei ole enää käytössä.",
        read: false,
      },
    ],
    internalNotes: [],
    tasks: [],
  },
  {
    // Ground (c): keep the data she needs for an insurance claim instead of erasing it at the end
    // of the relationship. Due Monday 30.11.
    reference: "MLR-2026-0009",
    orgSlug: MLR,
    type: "restriction",
    status: "in_progress",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-10-30T08:15:00Z",
    subjectName: "Tuula Saarinen",
    subjectEmail: "tuula.saarinen@example.fi",
    personKeys: ["mlr-tuula-saarinen"],
    requiredLevel: 2,
    assigneeEmail: ELINA,
    details: {
      type: "restriction",
      ground: "c",
      explanation:
        "Asiakkuuteni päättyi syyskuussa, ja ymmärrän, että tietoni poistetaan. Tarvitsen kuitenkin kriisikäyntejä koskevat tiedot liikenneonnettomuuden vakuutuskorvausasiassa, joka on yhä kesken. Pyydän, ettei tietojani poisteta vaan niiden käsittelyä rajoitetaan, kunnes korvausasia on ratkaistu.",
      registerIds: [REG],
    },
    messages: [
      {
        from: "staff",
        authorEmail: ELINA,
        offsetDays: 1,
        body: "Hei Tuula, tietojasi ei poisteta sillä aikaa, kun pyyntösi on käsittelyssä. Voisitko kertoa, milloin arvioit korvausasian ratkeavan?",
      },
      {
        from: "subject",
        offsetDays: 3,
        body: "Vakuutusyhtiö lupasi päätöksen tammikuussa, mutta sen jälkeen on vielä 90 päivän valitusaika.",
      },
    ],
    internalNotes: [
      {
        authorEmail: ELINA,
        offsetDays: 0.1,
        body: "Asiakkuus päättyi 30.9., joten säilytyssäännön mukaan tiedot poistettaisiin. Poisto estetty pyynnön käsittelyn ajaksi.",
      },
      {
        authorEmail: ROOSA,
        offsetDays: 26,
        body: "Hyväksytään 18(1)(c) perusteella: rajoitus voimassa korvausasian ja valitusajan päättymiseen asti, tarkistus 30.6.2027.",
      },
    ],
    tasks: [
      { kind: "automatic", action: "restrict_record", title: "Merkitse henkilötiedot rajoitetuiksi", status: "open" },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "viranomaiset",
        title: "Ilmoita rajoituksesta viranomaiselle (19 artikla)",
        status: "skipped",
        skipReason: "Tuulan tietoja ei ole luovutettu viranomaisille.",
        doneByEmail: ELINA,
        doneOffsetDays: 1,
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "markkinointikumppanit",
        title: "Ilmoita rajoituksesta markkinointikumppanille (19 artikla)",
        status: "skipped",
        skipReason: "Tuulan tietoja ei ole luovutettu markkinointikumppaneille.",
        doneByEmail: ELINA,
        doneOffsetDays: 1,
      },
    ],
  },
  {
    // 3 days overdue on the reference date (due 23.11.); the subject is asking.
    reference: "MLR-2026-0010",
    orgSlug: MLR,
    type: "erasure",
    status: "in_progress",
    channel: "portal",
    locale: "fi",
    receivedAt: "2026-10-22T07:15:00Z",
    subjectName: "Fatima Hassan",
    subjectEmail: "fatima.hassan@example.com",
    personKeys: ["mlr-fatima-hassan"],
    requiredLevel: 2,
    assigneeEmail: ELINA,
    details: {
      type: "erasure",
      scope: "categories",
      categories: ["photos", "contact_history"],
      ground: "b",
      explanation:
        "En halua, että kuvani on yhdistyksen esitteessä, enkä halua enää lahjoituspyyntöjä. Ryhmässä haluan kyllä jatkaa.",
      plan: [
        { category: "photos", action: "erase" },
        { category: "contact_history", action: "erase" },
      ],
    },
    messages: [
      {
        from: "subject",
        offsetDays: 0,
        body: "Hei, haluan että kuvani poistetaan eikä minulle lähetetä enää lahjoituspyyntöjä. Ryhmään tulen edelleen.",
      },
      {
        from: "staff",
        authorEmail: ELINA,
        offsetDays: 2,
        body: "Hei Fatima, poistamme kuvasi ja kampanjatietosi. Kuva on kuitenkin jo painetussa esitteessä, joten pyydämme mainostoimistoa poistamaan sen tulevista painoksista. Ryhmään olet tervetullut jatkossakin.",
      },
      { from: "subject", offsetDays: 34.5, body: "Onko kuva jo poistettu?", read: false },
    ],
    internalNotes: [
      {
        authorEmail: ELINA,
        offsetDays: 2,
        body: "Kuva- ja markkinointisuostumukset merkittävä samalla peruutetuiksi.",
      },
      {
        authorEmail: OSKAR,
        offsetDays: 20,
        body: "Mainostoimisto ei ole vastannut kahteen sähköpostiin. Soitan maanantaina.",
      },
    ],
    tasks: [
      {
        kind: "automatic",
        action: "erase_record",
        title: "Poista valokuvat ja kampanjatiedot",
        status: "open",
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "markkinointikumppanit",
        title: "Pyydä mainostoimistoa poistamaan Fatiman kuva esitteen tiedostoista ja tulevista painoksista",
        status: "open",
      },
      {
        kind: "manual",
        action: "notify_recipient",
        processorKey: "viranomaiset",
        title: "Ilmoita poistosta viranomaiselle (19 artikla)",
        status: "skipped",
        skipReason: "Fatiman tietoja ei ole luovutettu viranomaisille.",
        doneByEmail: ELINA,
        doneOffsetDays: 2,
      },
    ],
  },
];

export const seedRequests: SeedRequest[] = [...tklRequests, ...mlrRequests];
