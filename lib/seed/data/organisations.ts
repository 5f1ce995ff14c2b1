/**
 * Demo data: the two organisations of the seed privacy notices, their registers (with the whole
 * notice in fi/sv/en), processors/recipients and staff accounts. Pure constants: the inserter
 * (lib/seed) turns them into rows.
 *
 * - 000 = Turun Kaupunkilähetys ry, a city mission's client register (notice dated 21.5.2018).
 * - 004 = MIELI Länsirannikon mielenterveys ry, a mental-health crisis centre (notice undated).
 *
 * The Finnish notices keep the seed wording; only obvious typos are fixed ("salasaloin" →
 * "salasanoin", "salanoin" → "salasanoin", "selosteta" → "selostetta", "käynte" → "käytte",
 * "hoidolta kannalta" → "hoidon kannalta", "jäsen toiminnan" → "jäsentoiminnan", "anonymisti" →
 * "anonyymisti", "yhteen sopimaton" → "yhteensopimaton", "Eri-muotoisen" → "Erimuotoisen", …).
 *
 * Codes: `dataCategories[].code` in every notice is one of `SeedCategoryCode` and is the same in all
 * three languages; `categories` of a register is a superset of its notice's codes (it adds what the
 * record holds without the notice naming it as a category, e.g. subject_groups).
 */
import type {
  Locale,
  LocalizedText,
  OrganisationSettings,
  RegisterNoticeByLocale,
  RequestTypeCode,
} from "@/lib/db/types";
import { defaultOrganisationSettings } from "../../organisations/default-settings";

export type OrgSlug = "turun-kaupunkilahetys" | "mieli-lansirannikko";

/** The portal's shared data-category vocabulary (lib/registers/categories.ts uses the same codes). */
export type SeedCategoryCode =
  | "identity"
  | "identity_code"
  | "birth"
  | "gender"
  | "mother_tongue"
  | "service_language"
  | "working_life"
  | "contact"
  | "subject_groups"
  | "relationship"
  | "consents"
  | "bans"
  | "case_notes"
  | "special_notes"
  | "network_views"
  | "event_registrations"
  | "photos"
  | "camera_recordings"
  | "contact_history"
  | "feedback"
  | "messages_from_subject";

/** A processor (Art. 28) or recipient (Art. 19) of a register: one `processors` row. */
export type SeedProcessor = {
  /** Local key, unique within the register; tasks in requests.ts refer to it (`processorKey`). */
  key: string;
  kind: "processor" | "recipient";
  /** The name in each language: it becomes the task title staff see in their own language. */
  names: LocalizedText;
  service: LocalizedText;
  /** Request types for which a manual task is created for this processor/recipient. */
  taskFor: RequestTypeCode[];
};

export type SeedRegister = {
  slug: string;
  notice: RegisterNoticeByLocale;
  categories: SeedCategoryCode[];
  specialCategories: SeedCategoryCode[];
  retentionRule: "while_needed" | "erase_after_relationship_end";
  retentionMonthsAfterEnd: number | null;
  /** ISO date of the notice, or null when the notice is undated. */
  noticeDate: string | null;
  transfersOutsideEea: boolean;
  processors: SeedProcessor[];
};

export type SeedStaff = {
  /** Example-domain addresses only, so that no demo email reaches a real person. */
  email: string;
  name: string;
  role: "staff" | "admin";
  locale: Locale;
  /** Fixed base32 TOTP secret (A–Z, 2–7), documented in the README for the demo. */
  totpSecret: string;
  canReadSpecial: boolean;
};

export type SeedOrganisation = {
  slug: OrgSlug;
  name: string;
  /** Fictional Y-tunnus with a valid check digit. */
  businessId: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string | null;
  email: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  contactAddress: string | null;
  dpoName: string | null;
  dpoEmail: string | null;
  languages: Locale[];
  referencePrefix: string;
  settings: OrganisationSettings;
  registers: SeedRegister[];
  staff: SeedStaff[];
};

const settings = (): OrganisationSettings => defaultOrganisationSettings();

/* ------------------------------------------------------------------------------------------------
 * 000 — Turun Kaupunkilähetys ry, asiakasrekisteri
 * ---------------------------------------------------------------------------------------------- */

const TKL_CONTACT_FI =
  "Katja Suominen, Revontulenkatu 4, 20180 Turku, katja.suominen@tukenasi.fi, puh. 040 5410718";
const TKL_CONTACT_SV =
  "Katja Suominen, Revontulenkatu 4, 20180 Åbo, katja.suominen@tukenasi.fi, tfn 040 5410718";
const TKL_CONTACT_EN =
  "Katja Suominen, Revontulenkatu 4, 20180 Turku, Finland, katja.suominen@tukenasi.fi, tel. +358 40 5410718";

const tklNotice: RegisterNoticeByLocale = {
  fi: {
    name: "Turun Kaupunkilähetys ry:n Asiakasrekisteri",
    purposes: [
      "Asiakassuhteen suunnittelu, toteutus ja seuranta",
      "Jäsentoiminnan toteutus",
      "Rekisterinpitäjän oman toiminnan tilastointi, suunnittelu ja seuranta",
      "Tieteellisiä ja historiallisia tutkimustarkoituksia tai tilastollisia tarkoituksia varten",
    ],
    legalBasis:
      "Henkilötietojen käsittelyn perusteena on oikeutettu etu, mikä tarkoittaa rekisterinpitäjän tarvetta käsitellä henkilötietoja, voidakseen tarjota asiakkailleen palveluita.",
    subjectGroups: [
      { code: "volunteer_work_client", label: "Ammatillisesti koordinoidun vapaaehtoistyön asiakkaat" },
      { code: "professional_help_client", label: "Ammatillista apua saavat asiakkaat" },
      { code: "volunteer", label: "Vapaaehtoistyötä tekevät henkilöt" },
      { code: "member", label: "Yhdistyksen jäsenet" },
      { code: "stakeholder_contact", label: "Sidosryhmien yhteyshenkilöt" },
    ],
    dataCategories: [
      { code: "identity", label: "Nimi" },
      { code: "birth", label: "Syntymävuosi" },
      { code: "gender", label: "Sukupuoli" },
      { code: "mother_tongue", label: "Äidinkieli" },
      { code: "working_life", label: "Työelämästatus" },
      {
        code: "contact",
        label: "Tarvittavat yhteystiedot",
        description: "Kuten sähköpostiosoite, puhelinnumero, osoitetiedot.",
      },
      {
        code: "special_notes",
        label:
          "Muut erikseen rekisteröidyn suostumuksella kerätyt asiakassuhteen hoidon kannalta välttämättömät tiedot",
        description:
          "Kuten elämäntilanne ja avun tarve, terveyteen, hyvinvointiin, asumisoloihin, eletyn elämän tapahtumiin, perhetilanteeseen ja ihmissuhteisiin, työ- ja opiskelutilanteeseen, harrastuksiin liittyvät asiat, synnyinmaa tai seksuaalinen käyttäytyminen.",
        special: true,
      },
      {
        code: "network_views",
        label: "Ammattilaistahojen näkemykset asiakkaan luvalla tehtävän verkostotyön yhteydessä",
        description:
          "Asiakkaan luvalla tehtävän verkostotyön yhteydessä rekisteröidyn tuesta vastaavien ammattilaistahojen näkemykset asiakkaan elämäntilanteesta ja avuntarpeesta, perhetilanteesta, asumisesta, talousasioista, opiskelu-, työttömyys-, työtilanteesta tai työhistoriasta, terveydestä ja ammatillisesta hoidosta ja tuesta, taloustilanteesta, sosiaalisesta verkostosta, harrastuksista, lapsuudesta, nuoruudesta ja aikuisiästä. Kyseisiä tietoja kerätään tarpeen mukaan, ei kaikista automaattisesti.",
        special: true,
      },
      {
        code: "event_registrations",
        label: "Tapahtumiin ja tilaisuuksiin ilmoittautuneiden tiedot",
        description: "Kuten nimi, yhteystiedot, ruokarajoitukset.",
      },
      {
        code: "messages_from_subject",
        label: "Asiakkaan itsensä lähettämät tiedot, jotka ovat oleellisia asiakkuuden hoidon kannalta",
        description: "Kuten nettisivujemme yhteydenottolomake, sähköpostit, WhatsApp- ja tekstiviestit.",
      },
    ],
    sources: [
      "Rekisteröidyltä itseltään",
      "Rekisteröidyn asioita hoitavalta ammattilaiselta tai omaiselta",
      "Muilta kolmansilta osapuolilta sovellettavan lainsäädännön rajoissa",
    ],
    recipients: [
      "Asiakastietoja ei luovuteta ulkopuolisille ilman rekisteröidyn suostumusta.",
      "Annamme suullisesti tietoja rekisteröidyn tukihenkilölle tai suppeaa tietoa silloin, kun kartoitetaan sopivaa tukihenkilöä rekisteröidylle tai vapaaehtoiselle ryhmänohjaajalle.",
      "Annamme joko suullisesti tai sähköisesti rekisteröidyn luvalla tietoja rekisteröidyn asioita hoitavalle viranomaiselle tai muille kolmansille osapuolille sovitusti.",
      "Hyödynnämme henkilötietojen käsittelyssä lukuumme toimivia alihankkijoita, jotka vastaavat omasta tietoturvallisuudestaan.",
    ],
    processors: [
      {
        name: "Clara Finland Oy",
        service:
          "Turun Kaupunkilähetys ry:n Clara-asiakastietojärjestelmä, josta vastaa ulkopuolinen palveluntarjoaja Clara Finland Oy.",
      },
      {
        name: "Suomen IT-tiimi",
        service:
          "It-hallinta; Suomen IT-tiimin hallinnoimalle ja suojaamalle palvelimelle asiakastietoja tallennetaan tarvittaessa väliaikaisesti, kuten tapahtumien ilmoittautumisten yhteydessä.",
      },
      {
        name: "Flo Apps Oy",
        service: "Jäsenrekisterimme FloMembers, josta vastaa ulkopuolinen palveluntarjoaja Flo Apps Oy.",
      },
    ],
    transfers: "Emme siirrä tietoja EU:n tai ETA:n ulkopuolelle.",
    retention:
      "Asiakastietoja säilytetään niin pitkään kuin se on tarpeellista edellä kuvattujen käsittelyn tarkoitusten (henkilötietojen käsittelyn oikeusperuste ja tarkoitus) toteutumiseksi.",
    security: [
      "Asiakastietoja sisältävän Clara-järjestelmän käyttöön ovat oikeutettuja vain ne työntekijämme, joilla työnsä puolesta on oikeus käsitellä asiakastietoja. Kullakin käyttäjällä on oma käyttäjätunnus ja salasana järjestelmään.",
      "Muita tietoja käsitellään suojatussa tietoverkossa ja palvelimella, jotka ovat palomuurein, salasanoin ja muilla teknisillä keinoilla suojattuja. Työntekijöiden käytössä olevat tietokoneet on suojattu henkilökohtaisin salasanoin.",
      "Asiakassuhteen hoitamisen kannalta välttämättömät paperiset dokumentit säilytetään väliaikaisesti lukituissa kaapeissa lukituissa tiloissa. Dokumentit tuhotaan, kun ne on siirretty Clara-järjestelmään.",
    ],
    rights: [
      "Rekisteröitynä sinulla on oikeus tarkastaa itseäsi koskevat asiakasrekisteriin tallennetut tiedot ja vaatia virheellisen tiedon oikaisua tai poistamista, mikäli sille on lailliset perusteet. Sinulla on myös oikeus peruuttaa suostumuksesi tai muuttaa sitä.",
      "Rekisteröitynä sinulla on tietosuoja-asetuksen mukaisesti oikeus vastustaa tai pyytää tietojesi käsittelyn rajoittamista sekä tehdä valitus henkilötietojen käsittelystä valvontaviranomaiselle.",
      "Erityisistä henkilökohtaisista syistä sinulla on oikeus myös vastustaa itseesi kohdistuvaa profilointia ja muita käsittelytoimia silloin, kun tietojen käsittelemisen perusteena on meidän välisemme asiakassuhde. Vaatimuksesi yhteydessä sinun tulee yksilöidä se erityinen tilanne, johon perustuen vastustat käsittelyä. Me voimme kieltäytyä toteuttamasta vastustamista koskevaa pyyntöä ainoastaan laissa säädetyin perustein.",
    ],
    contact: `Kaikki tätä selostetta koskevat yhteydenotot ja pyynnöt tulee esittää kirjallisesti tai henkilökohtaisesti tässä selosteessa nimetylle yhteyshenkilölle. Rekisteriasioiden yhteyshenkilö: ${TKL_CONTACT_FI}.`,
    changes:
      "Mikäli muutamme tätä selostetta, laitamme muutokset näkyville selosteeseen päivättyinä. Mikäli muutos on merkittävä, voimme informoida näistä myös muulla tavoin, kuten sähköpostitse tai laittamalla nettisivuillemme asiasta ilmoituksen. Suosittelemme, että käytte säännöllisesti nettisivuillamme ja huomioitte mahdolliset muutoksemme selosteessa.",
    extra: [
      { paragraphs: ["Turussa 21.5.2018", "Maaria Seppälä, hallituksen puheenjohtaja, Turun Kaupunkilähetys ry"] },
    ],
  },
  sv: {
    name: "Turun Kaupunkilähetys ry:s klientregister",
    purposes: [
      "Planering, genomförande och uppföljning av klientrelationen",
      "Genomförande av medlemsverksamheten",
      "Statistikföring, planering och uppföljning av den personuppgiftsansvariges egen verksamhet",
      "Vetenskapliga och historiska forskningsändamål eller statistiska ändamål",
    ],
    legalBasis:
      "Den rättsliga grunden för behandlingen av personuppgifter är berättigat intresse, vilket innebär att den personuppgiftsansvarige behöver behandla personuppgifter för att kunna erbjuda sina klienter tjänster.",
    subjectGroups: [
      { code: "volunteer_work_client", label: "Klienter inom professionellt samordnat frivilligarbete" },
      { code: "professional_help_client", label: "Klienter som får professionell hjälp" },
      { code: "volunteer", label: "Personer som utför frivilligarbete" },
      { code: "member", label: "Föreningens medlemmar" },
      { code: "stakeholder_contact", label: "Kontaktpersoner hos intressentgrupper" },
    ],
    dataCategories: [
      { code: "identity", label: "Namn" },
      { code: "birth", label: "Födelseår" },
      { code: "gender", label: "Kön" },
      { code: "mother_tongue", label: "Modersmål" },
      { code: "working_life", label: "Ställning i arbetslivet" },
      {
        code: "contact",
        label: "Nödvändiga kontaktuppgifter",
        description: "Såsom e-postadress, telefonnummer och adressuppgifter.",
      },
      {
        code: "special_notes",
        label:
          "Övriga uppgifter som är nödvändiga för skötseln av klientrelationen och som samlas in med den registrerades separata samtycke",
        description:
          "Såsom livssituation och hjälpbehov, frågor som gäller hälsa, välbefinnande, boendeförhållanden, händelser i livet, familjesituation och människorelationer, arbets- och studiesituation och fritidsintressen, födelseland eller sexuellt beteende.",
        special: true,
      },
      {
        code: "network_views",
        label: "Yrkesverksammas synpunkter i samband med nätverksarbete som görs med klientens tillstånd",
        description:
          "I samband med nätverksarbete som görs med klientens tillstånd: synpunkter från de yrkesverksamma som ansvarar för den registrerades stöd om klientens livssituation och hjälpbehov, familjesituation, boende, ekonomiska angelägenheter, studie-, arbetslöshets- eller arbetssituation eller arbetshistoria, hälsa och professionell vård och stöd, ekonomiska situation, sociala nätverk, fritidsintressen, barndom, ungdom och vuxenliv. Dessa uppgifter samlas in vid behov, inte automatiskt om alla.",
        special: true,
      },
      {
        code: "event_registrations",
        label: "Uppgifter om personer som anmält sig till evenemang och tillställningar",
        description: "Såsom namn, kontaktuppgifter och specialkost.",
      },
      {
        code: "messages_from_subject",
        label: "Uppgifter som klienten själv har skickat och som är relevanta för skötseln av klientrelationen",
        description: "Såsom kontaktformuläret på vår webbplats, e-post, WhatsApp- och textmeddelanden.",
      },
    ],
    sources: [
      "Från den registrerade själv",
      "Från en yrkesperson som sköter den registrerades ärenden eller från en anhörig",
      "Från andra tredje parter inom ramen för tillämplig lagstiftning",
    ],
    recipients: [
      "Klientuppgifter lämnas inte ut till utomstående utan den registrerades samtycke.",
      "Vi lämnar muntligen uppgifter till den registrerades stödperson, eller begränsade uppgifter när vi söker en lämplig stödperson för den registrerade eller en frivillig gruppledare.",
      "Med den registrerades tillstånd lämnar vi, muntligen eller elektroniskt, uppgifter till den myndighet som sköter den registrerades ärenden eller till andra tredje parter enligt överenskommelse.",
      "Vid behandlingen av personuppgifter anlitar vi underleverantörer som agerar för vår räkning och som ansvarar för sin egen informationssäkerhet.",
    ],
    processors: [
      {
        name: "Clara Finland Oy",
        service:
          "Turun Kaupunkilähetys ry:s klientdatasystem Clara, som den externa tjänsteleverantören Clara Finland Oy ansvarar för.",
      },
      {
        name: "Suomen IT-tiimi",
        service:
          "IT-förvaltning; klientuppgifter lagras vid behov tillfälligt på en server som Suomen IT-tiimi förvaltar och skyddar, till exempel i samband med anmälningar till evenemang.",
      },
      {
        name: "Flo Apps Oy",
        service: "Vårt medlemsregister FloMembers, som den externa tjänsteleverantören Flo Apps Oy ansvarar för.",
      },
    ],
    transfers: "Vi överför inte uppgifter utanför EU eller EES.",
    retention:
      "Klientuppgifterna bevaras så länge som det är nödvändigt för att de ändamål som beskrivs ovan (rättslig grund och ändamål för behandlingen av personuppgifter) ska uppnås.",
    security: [
      "Endast de av våra anställda som i sitt arbete har rätt att behandla klientuppgifter har rätt att använda Clara-systemet, som innehåller klientuppgifterna. Varje användare har ett eget användarnamn och lösenord till systemet.",
      "Övriga uppgifter behandlas i ett skyddat datanät och på en server som är skyddade med brandväggar, lösenord och andra tekniska medel. De datorer som våra anställda använder är skyddade med personliga lösenord.",
      "Pappersdokument som är nödvändiga för skötseln av klientrelationen förvaras tillfälligt i låsta skåp i låsta utrymmen. Dokumenten förstörs när de har förts över till Clara-systemet.",
    ],
    rights: [
      "Som registrerad har du rätt att granska de uppgifter om dig som har lagrats i klientregistret och kräva att felaktiga uppgifter rättas eller raderas, om det finns laglig grund för det. Du har också rätt att återkalla eller ändra ditt samtycke.",
      "Som registrerad har du enligt dataskyddsförordningen rätt att invända mot eller begära begränsning av behandlingen av dina uppgifter samt att lämna in klagomål om behandlingen av personuppgifter till tillsynsmyndigheten.",
      "Av skäl som hänför sig till din specifika situation har du också rätt att invända mot profilering som gäller dig och mot annan behandling när grunden för behandlingen är klientrelationen mellan oss. När du framför ditt krav ska du specificera den specifika situation på grund av vilken du invänder mot behandlingen. Vi kan vägra att tillmötesgå en begäran om invändning endast på de grunder som anges i lag.",
    ],
    contact: `Alla kontakter och begäranden som gäller denna beskrivning ska framföras skriftligen eller personligen till den kontaktperson som anges i denna beskrivning. Kontaktperson i registerärenden: ${TKL_CONTACT_SV}.`,
    changes:
      "Om vi ändrar denna beskrivning gör vi ändringarna synliga i beskrivningen med datum. Om ändringen är betydande kan vi också informera om den på annat sätt, till exempel per e-post eller genom ett meddelande på vår webbplats. Vi rekommenderar att du regelbundet besöker vår webbplats och uppmärksammar eventuella ändringar i beskrivningen.",
    extra: [
      { paragraphs: ["Åbo 21.5.2018", "Maaria Seppälä, styrelsens ordförande, Turun Kaupunkilähetys ry"] },
    ],
  },
  en: {
    name: "Client register of Turun Kaupunkilähetys ry",
    purposes: [
      "Planning, delivering and following up the client relationship",
      "Running the membership activities",
      "Statistics, planning and monitoring of the controller's own activities",
      "Scientific and historical research purposes or statistical purposes",
    ],
    legalBasis:
      "Personal data are processed on the basis of legitimate interest, meaning that the controller needs to process personal data in order to offer services to its clients.",
    subjectGroups: [
      { code: "volunteer_work_client", label: "Clients of professionally coordinated volunteer work" },
      { code: "professional_help_client", label: "Clients receiving professional help" },
      { code: "volunteer", label: "People doing volunteer work" },
      { code: "member", label: "Members of the association" },
      { code: "stakeholder_contact", label: "Contact persons of stakeholders" },
    ],
    dataCategories: [
      { code: "identity", label: "Name" },
      { code: "birth", label: "Year of birth" },
      { code: "gender", label: "Gender" },
      { code: "mother_tongue", label: "Mother tongue" },
      { code: "working_life", label: "Working-life status" },
      {
        code: "contact",
        label: "Necessary contact details",
        description: "Such as email address, phone number and address details.",
      },
      {
        code: "special_notes",
        label:
          "Other information necessary for managing the client relationship, collected with the data subject's separate consent",
        description:
          "Such as life situation and need for help; matters relating to health, well-being, housing conditions, life events, family situation and relationships, work and study situation and hobbies; country of birth or sexual behaviour.",
        special: true,
      },
      {
        code: "network_views",
        label: "Views of professionals in network work done with the client's permission",
        description:
          "In network work done with the client's permission: the views of the professionals responsible for supporting the data subject on the client's life situation and need for help, family situation, housing, financial matters, study, unemployment or work situation or work history, health and professional care and support, financial situation, social network, hobbies, childhood, youth and adulthood. This information is collected as needed, not automatically about everyone.",
        special: true,
      },
      {
        code: "event_registrations",
        label: "Details of people who have registered for events and gatherings",
        description: "Such as name, contact details and dietary restrictions.",
      },
      {
        code: "messages_from_subject",
        label: "Information sent by clients themselves that is relevant to managing the client relationship",
        description: "Such as our website's contact form, emails, WhatsApp and text messages.",
      },
    ],
    sources: [
      "From the data subject themselves",
      "From a professional handling the data subject's affairs, or from a relative",
      "From other third parties within the limits of applicable law",
    ],
    recipients: [
      "Client data are not disclosed to outsiders without the data subject's consent.",
      "We give information orally to the data subject's support person, or limited information when looking for a suitable support person for the data subject or a volunteer group leader.",
      "With the data subject's permission, we give information orally or electronically to the authority handling the data subject's affairs or to other third parties, as agreed.",
      "We use subcontractors acting on our behalf in processing personal data; they are responsible for their own information security.",
    ],
    processors: [
      {
        name: "Clara Finland Oy",
        service:
          "The Clara client information system of Turun Kaupunkilähetys ry, provided by the external service provider Clara Finland Oy.",
      },
      {
        name: "Suomen IT-tiimi",
        service:
          "IT management; where needed, client data are stored temporarily on a server administered and secured by Suomen IT-tiimi, for example for event registrations.",
      },
      {
        name: "Flo Apps Oy",
        service: "Our membership register FloMembers, provided by the external service provider Flo Apps Oy.",
      },
    ],
    transfers: "We do not transfer data outside the EU or the EEA.",
    retention:
      "Client data are kept for as long as necessary to fulfil the purposes described above (legal basis and purpose of processing personal data).",
    security: [
      "Only those of our employees whose work entitles them to process client data may use the Clara system, which contains the client data. Each user has their own username and password for the system.",
      "Other data are processed in a secure data network and on a server protected by firewalls, passwords and other technical means. The computers our employees use are protected with personal passwords.",
      "Paper documents necessary for managing the client relationship are kept temporarily in locked cabinets in locked premises. The documents are destroyed once they have been transferred to the Clara system.",
    ],
    rights: [
      "As a data subject, you have the right to check the data about you stored in the client register and to demand that incorrect data be rectified or erased, where there are legal grounds for it. You also have the right to withdraw or change your consent.",
      "As a data subject, under the General Data Protection Regulation you have the right to object to or request restriction of the processing of your data, and to lodge a complaint about the processing of personal data with the supervisory authority.",
      "On grounds relating to your particular situation, you also have the right to object to profiling concerning you and to other processing where the basis for processing is the client relationship between us. When making your request, you must specify the particular situation on which your objection is based. We may refuse to act on an objection only on grounds laid down by law.",
    ],
    contact: `All contacts and requests concerning this notice must be made in writing or in person to the contact person named in this notice. Contact person for register matters: ${TKL_CONTACT_EN}.`,
    changes:
      "If we change this notice, we will show the changes in the notice with their dates. If a change is significant, we may also inform you of it in other ways, for example by email or by posting a notice on our website. We recommend that you visit our website regularly and take note of any changes to the notice.",
    extra: [
      { paragraphs: ["Turku, 21 May 2018", "Maaria Seppälä, Chair of the Board, Turun Kaupunkilähetys ry"] },
    ],
  },
};

/* ------------------------------------------------------------------------------------------------
 * 004 — MIELI Länsirannikon mielenterveys ry, asiakkaat
 * ---------------------------------------------------------------------------------------------- */

const MLR_CONTACT_FI =
  "MIELI Länsirannikon mielenterveys ry/tietosuoja, Valtakatu 13, 26100 Rauma, p. 044 345 8745, toimisto@raumankriisikeskus.fi. Tietosuojavastaava Roosa Korsi.";
const MLR_CONTACT_SV =
  "MIELI Länsirannikon mielenterveys ry/dataskydd, Valtakatu 13, 26100 Raumo, tfn 044 345 8745, toimisto@raumankriisikeskus.fi. Dataskyddsombud Roosa Korsi.";
const MLR_CONTACT_EN =
  "MIELI Länsirannikon mielenterveys ry/data protection, Valtakatu 13, 26100 Rauma, Finland, tel. +358 44 345 8745, toimisto@raumankriisikeskus.fi. Data protection officer Roosa Korsi.";

const mlrNotice: RegisterNoticeByLocale = {
  fi: {
    name: "MIELI Länsirannikon mielenterveys ry/Asiakkaat",
    purposes: [
      "Asiakkaan tunnistaminen ja yhteydenpito asiakkaaseen asiakkuuden aikana. Palvelujen tietoturvallisuuden hallinta",
      "Asiakkuuteen ja muuhun asialliseen yhteyteen liittyvän suhteen hoito, seuranta, analysointi, tilastointi, kehittäminen, profilointi ja segmentointi",
      "Asiakkuuden tietojen ja yhteydenottohistorian hallinta. Erimuotoisen kriisiauttamisen, tuki-, neuvonta- ja koulutuspalvelujen järjestäminen asiakkaille sekä palvelutoimenpiteiden hallinta ja laadun varmistaminen",
      "Yhdistyksen asiakastoiminnan hallinnointi, toiminnan laadun varmistaminen",
      "Asiakastilanteiden, koulutustilaisuuksien, palvelujen sekä maksujen hallinnointi ja toteuttaminen, mukaan lukien niiden analysointi, raportointi, kehittäminen ja personointi",
      "Yhdistyksen asiakastoiminnan seuranta, analysointi, kehittäminen ja tilastointi",
      "Viestintä pääseuran ja muiden seurojen toimesta asiakkaille toiminnan eri muodoista",
      "Markkinointi, kuten suoramarkkinointi, digimarkkinointi, tuotemarkkinointi, lahjoituspyynnöt ja tapahtumakutsut, markkina- tai mielipidetutkimukset",
    ],
    legalBasis:
      "Henkilötietojen käsittelyn tarkoitus on toteuttaa MIELI Länsirannikon mielenterveys ry:n (jatkossa yhdistys) asiakastyötä ja koulutusta asiakkaiden kanssa. Tarvittavien henkilötietojen käsittely on välttämätön edellytys asiakastyön toteuttamiseksi.\n\nHenkilötietojen käsittelyn perusteena on joko asiakkuussuhde, asiakkaan yhdistykselle antama toimeksianto, yhdistyksen ja asiakkaan välisistä sopimuksista sekä lainsäädännöstä johtuvien oikeuksien ja velvollisuuksien toteuttaminen tai suostumus.",
    subjectGroups: [
      { code: "individual", label: "Yksilöasiakkaat" },
      { code: "couple_family", label: "Pariskunta- ja perheasiakkaat" },
      { code: "group", label: "Ryhmiin osallistuvat asiakkaat" },
      { code: "network_remote", label: "Verkostossa ja etänä toimivat asiakkaat" },
      { code: "online_crisis_phone", label: "Verkko- ja kriisipuhelinasiakkaat" },
      { code: "training", label: "Koulutuksiin osallistuvat asiakkaat" },
    ],
    dataCategories: [
      { code: "identity", label: "Nimitiedot", description: "Yksilöintitiedot" },
      { code: "gender", label: "Sukupuoli", description: "Yksilöintitiedot" },
      { code: "birth", label: "Syntymäaika", description: "Yksilöintitiedot" },
      { code: "identity_code", label: "Henkilötunnus", description: "Yksilöintitiedot" },
      { code: "contact", label: "Yhteystiedot", description: "Osoite, puhelinnumero, sähköpostiosoite" },
      { code: "service_language", label: "Asiointikieli" },
      { code: "photos", label: "Valokuvat, jotka on otettu asiakkaan suostumuksella mielenterveysseuran toiminnasta" },
      { code: "camera_recordings", label: "Valvontakameratallenne" },
      { code: "relationship", label: "Asiakkuuden alkaminen ja päättyminen, tilat", description: "Asiakkuuteen liittyvät tiedot" },
      { code: "event_registrations", label: "Osallistuminen toimintaan ja koulutuksiin", description: "Asiakkuuteen liittyvät tiedot" },
      { code: "contact_history", label: "Kampanja- ja yhteydenottotiedot", description: "Asiakkuuteen liittyvät tiedot" },
      { code: "consents", label: "Luvat ja suostumukset", description: "Palvelujen käyttötiedot" },
      { code: "bans", label: "Suoramarkkinointi- ja tutkimuskiellot", description: "Palvelujen käyttötiedot" },
      { code: "feedback", label: "Asiakaspalaute", description: "Palvelujen käyttötiedot" },
      {
        code: "special_notes",
        label: "Kriisi- ja tukityön asiakastiedot",
        description:
          "Asiakkaan itse antamat, kriisiauttamisen ja tukipalvelujen järjestämisen kannalta välttämättömät tiedot. Ne ovat terveyttä koskevia tietoja eli erityisiä henkilötietoryhmiä (tietosuoja-asetuksen 9 artikla).",
        special: true,
      },
    ],
    sources: [
      "Asiakkuutta koskevia tietoja kerätään asiakkaan itsensä antamana, toimintaan osallistuneilta toiminnan arviointia ja tilastointia varten anonyymisti asiakassuhteen päättymisen jälkeen nettikyselyn avulla.",
      "Henkilöä koskevia käyntitietoja ei kirjata, eikä dokumentoida mihinkään. Asiakas voi halutessaan asioida nimettömänä.",
    ],
    recipients: [
      "Viranomaisille tietoja luovutetaan lain edellyttämissä tapauksissa, kuten esimerkiksi lastensuojeluilmoitusta tehdessä.",
      "Henkilötietoja voidaan käsitellä soveltuvan lainsäädännön sallimalla tavoin kolmansilla osapuolilla, mukaan lukien markkinointi ja markkina- sekä mielipidetutkimukset. Kolmannet osapuolet voivat olla mainostoimistoja, painotaloja tai vastaavia yhteistyökumppaneita, jotka tukevat rekisterin toiminta-ajatusta ja joissa tietojen käyttötarkoitus ei ole yhteensopimaton mielenterveysseuran käyttötarkoitusten kanssa. Yhdistyksellä on tarvittavat sopimukset tällaisten kolmansien tahojen kanssa henkilötietojen käsittelyä varten.",
    ],
    processors: [],
    transfers: "Tietosuojaselosteessa ei mainita tietojen siirtoja EU:n tai ETA:n ulkopuolelle.",
    retention:
      "Asiakkaiden henkilötietoja säilytetään asiakkuuden ajan, jonka jälkeen ne poistetaan. Yhdistys säilyttää vain asiakastyön, yhdistyksen toiminnan ja tietojen käyttötarkoitusten kannalta tarpeellisia tietoja, joiden käsittelylle on lailliset edellytykset. Käyttötarkoitukseensa tarpeettomaksi muuttuneet tiedot, vanhentuneet tiedot tai tiedot, joiden käsittelylle ei enää muutoin ole perustetta, anonymisoidaan tai hävitetään tietoturvallisesti.",
    security: [
      "Fyysisessä muodossa käsiteltävät henkilötiedot: Fyysisessä muodossa käsiteltävää aineistoa säilytetään ja käsitellään valvotuissa tiloissa ja vain asiakkuuden keston ajan.",
      "Sähköinen aineisto: Tietoja käsitellään tietokannoissa, jotka ovat palomuurin, salasanoin ja muilla teknisillä keinoilla suojattuja. Henkilötietoja sisältävien järjestelmien käyttöön ovat oikeutettuja vain ne työntekijät ja vapaaehtoiset, joilla työnsä puolesta on oikeus käsitellä henkilötietoja. Kullakin työntekijällä on oma käyttäjätunnus ja salasana järjestelmään.",
    ],
    rights: [
      "Rekisteröidyllä on oikeus saada apua anonyymisti.",
      "Rekisteröidyllä on oikeus tehdä valitus tietosuojaviranomaiselle.",
      "Mikäli henkilötietojen käsittely on perustunut suostumukseen, rekisteröidyllä on oikeus peruuttaa henkilötietojen käsittelyyn antamansa suostumus. Suostumuksen peruuttamisella ei ole vaikutusta ennen suostumuksen peruutusta suoritettuun henkilötietojen käsittelyyn.",
    ],
    contact: MLR_CONTACT_FI,
    changes:
      "Mikäli tietosuojaselostetta muutetaan, muutos näkyy päivättynä selosteessa. Mikäli muutokset ovat merkittäviä, niistä informoidaan mm. sähköpostitse.",
    extra: [
      { heading: "Henkilötietojen ryhmä", paragraphs: ["MIELI Länsirannikon mielenterveys ry/Asiakkaat"] },
      {
        heading: "Asiakasryhmät",
        paragraphs: [
          "Samoja käsittelyperiaatteita noudatetaan kaikkiin yhdistyksen asiakkaisiin; yksilöasiakkaiden, pariskunta- ja perheasiakkaiden, ryhmiin osallistuvien asiakkaiden, verkostossa ja etänä toimivien asiakkaiden, verkko- ja kriisipuhelinasiakkaiden sekä koulutuksiin osallistuvien asiakkaiden parissa toimiville.",
        ],
      },
    ],
  },
  sv: {
    name: "MIELI Länsirannikon mielenterveys ry/Klienter",
    purposes: [
      "Identifiering av klienten och kontakt med klienten under klientrelationen. Hantering av tjänsternas informationssäkerhet",
      "Skötsel, uppföljning, analys, statistikföring, utveckling, profilering och segmentering av relationen som gäller klientrelationen och annan saklig kontakt",
      "Hantering av klientuppgifter och kontakthistorik. Ordnande av olika former av krishjälp samt stöd-, rådgivnings- och utbildningstjänster för klienter samt hantering och kvalitetssäkring av serviceåtgärderna",
      "Administration av föreningens klientverksamhet, kvalitetssäkring av verksamheten",
      "Administration och genomförande av klientsituationer, utbildningstillfällen, tjänster och betalningar, inklusive analys, rapportering, utveckling och personanpassning av dessa",
      "Uppföljning, analys, utveckling och statistikföring av föreningens klientverksamhet",
      "Kommunikation från centralföreningen och andra föreningar till klienterna om verksamhetens olika former",
      "Marknadsföring, såsom direktmarknadsföring, digital marknadsföring, produktmarknadsföring, insamlingsvädjanden och inbjudningar till evenemang, marknads- eller opinionsundersökningar",
    ],
    legalBasis:
      "Syftet med behandlingen av personuppgifter är att genomföra det klientarbete och den utbildning som MIELI Länsirannikon mielenterveys ry (nedan föreningen) bedriver med sina klienter. Behandlingen av nödvändiga personuppgifter är en förutsättning för att klientarbetet ska kunna genomföras.\n\nDen rättsliga grunden för behandlingen av personuppgifter är klientrelationen, ett uppdrag som klienten har gett föreningen, fullgörandet av rättigheter och skyldigheter som följer av avtal mellan föreningen och klienten samt av lagstiftningen, eller samtycke.",
    subjectGroups: [
      { code: "individual", label: "Individuella klienter" },
      { code: "couple_family", label: "Par- och familjeklienter" },
      { code: "group", label: "Klienter som deltar i grupper" },
      { code: "network_remote", label: "Klienter i nätverksarbete och på distans" },
      { code: "online_crisis_phone", label: "Klienter inom nätjouren och kristelefonen" },
      { code: "training", label: "Klienter som deltar i utbildningar" },
    ],
    dataCategories: [
      { code: "identity", label: "Namnuppgifter", description: "Identifieringsuppgifter" },
      { code: "gender", label: "Kön", description: "Identifieringsuppgifter" },
      { code: "birth", label: "Födelsedatum", description: "Identifieringsuppgifter" },
      { code: "identity_code", label: "Personbeteckning", description: "Identifieringsuppgifter" },
      { code: "contact", label: "Kontaktuppgifter", description: "Adress, telefonnummer, e-postadress" },
      { code: "service_language", label: "Kontaktspråk" },
      { code: "photos", label: "Fotografier från verksamheten i föreningen för psykisk hälsa som tagits med klientens samtycke" },
      { code: "camera_recordings", label: "Inspelningar från övervakningskameror" },
      { code: "relationship", label: "Klientrelationens början och slut, status", description: "Uppgifter om klientrelationen" },
      { code: "event_registrations", label: "Deltagande i verksamhet och utbildningar", description: "Uppgifter om klientrelationen" },
      { code: "contact_history", label: "Kampanj- och kontaktuppgifter", description: "Uppgifter om klientrelationen" },
      { code: "consents", label: "Tillstånd och samtycken", description: "Uppgifter om användningen av tjänsterna" },
      { code: "bans", label: "Förbud mot direktmarknadsföring och forskning", description: "Uppgifter om användningen av tjänsterna" },
      { code: "feedback", label: "Klientrespons", description: "Uppgifter om användningen av tjänsterna" },
      {
        code: "special_notes",
        label: "Klientuppgifter från kris- och stödarbetet",
        description:
          "Uppgifter som klienten själv har lämnat och som är nödvändiga för att ordna krishjälp och stödtjänster. De är uppgifter om hälsa, det vill säga särskilda kategorier av personuppgifter (artikel 9 i dataskyddsförordningen).",
        special: true,
      },
    ],
    sources: [
      "Uppgifter om klientrelationen samlas in från klienten själv, och av dem som deltagit i verksamheten anonymt via en webbenkät efter att klientrelationen har upphört, för utvärdering av verksamheten och statistikföring.",
      "Uppgifter om en persons besök registreras inte och dokumenteras inte någonstans. Klienten kan om hen vill uträtta ärenden anonymt.",
    ],
    recipients: [
      "Uppgifter lämnas ut till myndigheter i de fall som lagen kräver, till exempel vid en barnskyddsanmälan.",
      "Personuppgifter kan behandlas av tredje parter på det sätt som tillämplig lagstiftning tillåter, inklusive för marknadsföring samt marknads- och opinionsundersökningar. Tredje parter kan vara reklambyråer, tryckerier eller motsvarande samarbetspartner som stöder registrets verksamhetsidé och där uppgifternas användningsändamål inte är oförenligt med användningsändamålen för föreningen för psykisk hälsa. Föreningen har de avtal som behövs med sådana tredje parter för behandlingen av personuppgifter.",
    ],
    processors: [],
    transfers: "Dataskyddsbeskrivningen nämner inga överföringar av uppgifter utanför EU eller EES.",
    retention:
      "Klienternas personuppgifter bevaras under klientrelationen och raderas därefter. Föreningen bevarar endast uppgifter som är nödvändiga för klientarbetet, föreningens verksamhet och uppgifternas användningsändamål och för vilkas behandling det finns lagliga förutsättningar. Uppgifter som har blivit onödiga för sitt ändamål, föråldrade uppgifter eller uppgifter för vilkas behandling det annars inte längre finns någon grund anonymiseras eller förstörs på ett informationssäkert sätt.",
    security: [
      "Personuppgifter som behandlas i fysisk form: Material i fysisk form förvaras och behandlas i övervakade utrymmen och endast så länge klientrelationen varar.",
      "Elektroniskt material: Uppgifterna behandlas i databaser som är skyddade med brandvägg, lösenord och andra tekniska medel. Endast de anställda och frivilliga som i sitt arbete har rätt att behandla personuppgifter har rätt att använda system som innehåller personuppgifter. Varje anställd har ett eget användarnamn och lösenord till systemet.",
    ],
    rights: [
      "Den registrerade har rätt att få hjälp anonymt.",
      "Den registrerade har rätt att lämna in klagomål till tillsynsmyndigheten (dataombudsmannen).",
      "Om behandlingen av personuppgifter har grundat sig på samtycke har den registrerade rätt att återkalla sitt samtycke till behandlingen av personuppgifter. Återkallandet av samtycket påverkar inte den behandling av personuppgifter som utförts innan samtycket återkallades.",
    ],
    contact: MLR_CONTACT_SV,
    changes:
      "Om dataskyddsbeskrivningen ändras syns ändringen med datum i beskrivningen. Om ändringarna är betydande informerar vi om dem bland annat per e-post.",
    extra: [
      { heading: "Grupp av personuppgifter", paragraphs: ["MIELI Länsirannikon mielenterveys ry/Klienter"] },
      {
        heading: "Klientgrupper",
        paragraphs: [
          "Samma behandlingsprinciper tillämpas på alla föreningens klienter: för dem som arbetar med individuella klienter, par- och familjeklienter, klienter som deltar i grupper, klienter i nätverksarbete och på distans, klienter inom nätjouren och kristelefonen samt klienter som deltar i utbildningar.",
        ],
      },
    ],
  },
  en: {
    name: "MIELI Länsirannikon mielenterveys ry/Clients",
    purposes: [
      "Identifying clients and keeping in contact with them during the client relationship. Managing the information security of the services",
      "Managing, monitoring, analysing, compiling statistics on, developing, profiling and segmenting the relationship connected with the client relationship and other relevant contact",
      "Managing client data and contact history. Arranging various forms of crisis help, support, counselling and training services for clients, and managing service measures and assuring their quality",
      "Administering the association's client activities and assuring the quality of its activities",
      "Administering and delivering client sessions, training events, services and payments, including analysing, reporting on, developing and personalising them",
      "Monitoring, analysing, developing and compiling statistics on the association's client activities",
      "Communication to clients by the national organisation and other associations about the various forms of activity",
      "Marketing, such as direct marketing, digital marketing, product marketing, donation requests and event invitations, market or opinion research",
    ],
    legalBasis:
      "The purpose of processing personal data is to carry out the client work and training of MIELI Länsirannikon mielenterveys ry (hereinafter the association) with its clients. Processing the necessary personal data is a prerequisite for carrying out the client work.\n\nPersonal data are processed on the basis of the client relationship, an assignment the client has given the association, the exercise of rights and fulfilment of obligations arising from agreements between the association and the client and from legislation, or consent.",
    subjectGroups: [
      { code: "individual", label: "Individual clients" },
      { code: "couple_family", label: "Couple and family clients" },
      { code: "group", label: "Clients taking part in groups" },
      { code: "network_remote", label: "Clients in network work and remote services" },
      { code: "online_crisis_phone", label: "Online and crisis-phone clients" },
      { code: "training", label: "Clients taking part in training" },
    ],
    dataCategories: [
      { code: "identity", label: "Name details", description: "Identification details" },
      { code: "gender", label: "Gender", description: "Identification details" },
      { code: "birth", label: "Date of birth", description: "Identification details" },
      { code: "identity_code", label: "Personal identity code", description: "Identification details" },
      { code: "contact", label: "Contact details", description: "Address, phone number, email address" },
      { code: "service_language", label: "Language of service" },
      { code: "photos", label: "Photographs of the mental-health association's activities taken with the client's consent" },
      { code: "camera_recordings", label: "CCTV recordings" },
      { code: "relationship", label: "Start and end of the client relationship, status", description: "Client relationship details" },
      { code: "event_registrations", label: "Participation in activities and training", description: "Client relationship details" },
      { code: "contact_history", label: "Campaign and contact details", description: "Client relationship details" },
      { code: "consents", label: "Permissions and consents", description: "Service usage details" },
      { code: "bans", label: "Direct-marketing and research bans", description: "Service usage details" },
      { code: "feedback", label: "Client feedback", description: "Service usage details" },
      {
        code: "special_notes",
        label: "Client information from crisis and support work",
        description:
          "Information the client has given themselves that is necessary for arranging crisis help and support services. It is data concerning health, that is, a special category of personal data (Article 9 GDPR).",
        special: true,
      },
    ],
    sources: [
      "Data about the client relationship are collected from what clients give themselves, and, for evaluating the activities and compiling statistics, anonymously from participants through an online survey after the client relationship has ended.",
      "Visits are not recorded or documented anywhere in a way that concerns the individual. Clients may use the services anonymously if they wish.",
    ],
    recipients: [
      "Data are disclosed to authorities where the law requires it, for example when making a child-protection notification.",
      "Personal data may be processed by third parties as permitted by applicable law, including for marketing and market and opinion research. Third parties may be advertising agencies, printing houses or similar partners that support the register's mission and whose use of the data is not incompatible with the purposes of the mental-health association. The association has the necessary agreements with such third parties for processing personal data.",
    ],
    processors: [],
    transfers: "The privacy notice does not mention any transfers of data outside the EU or the EEA.",
    retention:
      "Clients' personal data are kept for the duration of the client relationship and erased afterwards. The association keeps only data that are necessary for the client work, the association's activities and the purposes of the data, and that it has a legal basis to process. Data that have become unnecessary for their purpose, are out of date or no longer have any other basis for processing are anonymised or securely destroyed.",
    security: [
      "Personal data processed in physical form: material in physical form is kept and processed in supervised premises and only for the duration of the client relationship.",
      "Electronic material: the data are processed in databases protected by a firewall, passwords and other technical means. Only those employees and volunteers whose work entitles them to process personal data may use systems containing personal data. Each employee has their own username and password for the system.",
    ],
    rights: [
      "Data subjects have the right to receive help anonymously.",
      "Data subjects have the right to lodge a complaint with the supervisory authority (the Data Protection Ombudsman).",
      "Where the processing of personal data has been based on consent, data subjects have the right to withdraw the consent they gave to the processing of their personal data. Withdrawing consent does not affect processing carried out before the withdrawal.",
    ],
    contact: MLR_CONTACT_EN,
    changes:
      "If this privacy notice is changed, the change is shown in the notice with its date. If the changes are significant, we will inform you of them by email, among other means.",
    extra: [
      { heading: "Group of personal data", paragraphs: ["MIELI Länsirannikon mielenterveys ry/Clients"] },
      {
        heading: "Client groups",
        paragraphs: [
          "The same processing principles apply to all the association's clients: to those working with individual clients, couple and family clients, clients taking part in groups, clients in network work and remote services, online and crisis-phone clients, and clients taking part in training.",
        ],
      },
    ],
  },
};

/* ------------------------------------------------------------------------------------------------
 * The organisations
 * ---------------------------------------------------------------------------------------------- */

export const seedOrganisations: SeedOrganisation[] = [
  {
    slug: "turun-kaupunkilahetys",
    name: "Turun Kaupunkilähetys ry",
    businessId: "2968417-8",
    streetAddress: "Revontulenkatu 4",
    postalCode: "20200",
    city: "Turku",
    // The seed notice gives no general phone or email for the association, only the contact person's.
    phone: null,
    email: null,
    contactName: "Katja Suominen",
    contactEmail: "katja.suominen@tukenasi.fi",
    contactPhone: "040 5410718",
    // As printed in the seed (the controller's own postal code is 20200).
    contactAddress: "Revontulenkatu 4, 20180 Turku",
    dpoName: null,
    dpoEmail: null,
    languages: ["fi", "sv", "en"],
    referencePrefix: "TKL",
    settings: settings(),
    registers: [
      {
        slug: "asiakasrekisteri",
        notice: tklNotice,
        categories: [
          "identity",
          "birth",
          "gender",
          "mother_tongue",
          "working_life",
          "contact",
          "subject_groups",
          "relationship",
          "consents",
          "bans",
          "case_notes",
          "special_notes",
          "network_views",
          "event_registrations",
          "messages_from_subject",
        ],
        specialCategories: ["special_notes", "network_views"],
        retentionRule: "while_needed",
        retentionMonthsAfterEnd: null,
        noticeDate: "2018-05-21",
        transfersOutsideEea: false,
        processors: [
          {
            key: "clara",
            kind: "processor",
            names: { fi: "Clara Finland Oy", sv: "Clara Finland Oy", en: "Clara Finland Oy" },
            service: {
              fi: "Clara-asiakastietojärjestelmä",
              sv: "Klientdatasystemet Clara",
              en: "Clara client information system",
            },
            taskFor: ["rectification", "erasure", "restriction", "access"],
          },
          {
            key: "it-tiimi",
            kind: "processor",
            names: { fi: "Suomen IT-tiimi", sv: "Suomen IT-tiimi", en: "Suomen IT-tiimi" },
            service: {
              fi: "IT-hallinta ja väliaikainen tallennus palvelimelle (esim. tapahtumailmoittautumiset)",
              sv: "IT-förvaltning och tillfällig lagring på server (t.ex. anmälningar till evenemang)",
              en: "IT management and temporary server storage (e.g. event registrations)",
            },
            taskFor: ["rectification", "erasure"],
          },
          {
            key: "flomembers",
            kind: "processor",
            names: { fi: "Flo Apps Oy", sv: "Flo Apps Oy", en: "Flo Apps Oy" },
            service: {
              fi: "FloMembers-jäsenrekisteri",
              sv: "Medlemsregistret FloMembers",
              en: "FloMembers membership register",
            },
            taskFor: ["rectification", "erasure", "restriction"],
          },
          {
            // One name column, shown to fi, sv and en staff as a task title: all three languages in it.
            key: "tukihenkilo",
            kind: "recipient",
            names: { fi: "Rekisteröidyn tukihenkilö tai vapaaehtoinen ryhmänohjaaja", sv: "Den registrerades stödperson eller frivilliga gruppledare", en: "The data subject's support person or volunteer group leader" },
            service: {
              fi: "Suullisesti annetut tiedot tukisuhteen tai ryhmän järjestämiseksi",
              sv: "Uppgifter som lämnats muntligen för att ordna stödrelationen eller gruppen",
              en: "Information given orally to arrange the support relationship or group",
            },
            taskFor: ["rectification", "erasure", "restriction"],
          },
          {
            key: "viranomainen",
            kind: "recipient",
            names: { fi: "Rekisteröidyn asioita hoitava viranomainen", sv: "Myndighet som sköter den registrerades ärenden", en: "Authority handling the data subject's affairs" },
            service: {
              fi: "Rekisteröidyn luvalla suullisesti tai sähköisesti annetut tiedot (esim. sosiaalityö, työvoimapalvelut)",
              sv: "Uppgifter som med den registrerades tillstånd lämnats muntligen eller elektroniskt (t.ex. socialarbete, arbetskraftsservice)",
              en: "Information given orally or electronically with the data subject's permission (e.g. social work, employment services)",
            },
            taskFor: ["rectification", "erasure", "restriction"],
          },
        ],
      },
    ],
    staff: [
      {
        email: "katja.suominen@tkl.example",
        name: "Katja Suominen",
        role: "admin",
        locale: "fi",
        totpSecret: "R72RTWCFP2PQSZ3LYEMMGYPPFQZLJOHV",
        canReadSpecial: true,
      },
      {
        email: "mikko.lehtinen@tkl.example",
        name: "Mikko Lehtinen",
        role: "staff",
        locale: "fi",
        totpSecret: "P2C4XIGUFSOGR2WF6VHDDBU4GDKBOLE6",
        canReadSpecial: true,
      },
      {
        email: "johanna.sjoberg@tkl.example",
        name: "Johanna Sjöberg",
        role: "staff",
        locale: "sv",
        totpSecret: "HPTBM4Q7DF7DMHIXO56KFKMN52RGZQ6B",
        // Handles members, volunteers and marketing matters: no access to special-category notes.
        canReadSpecial: false,
      },
    ],
  },
  {
    slug: "mieli-lansirannikko",
    name: "MIELI Länsirannikon mielenterveys ry",
    businessId: "3051236-5",
    streetAddress: "Valtakatu 13",
    postalCode: "26100",
    city: "Rauma",
    phone: "02 8378 5600",
    email: "toimisto@raumankriisikeskus.fi",
    contactName: "MIELI Länsirannikon mielenterveys ry/tietosuoja",
    contactEmail: "toimisto@raumankriisikeskus.fi",
    contactPhone: "044 345 8745",
    contactAddress: "Valtakatu 13, 26100 Rauma",
    dpoName: "Roosa Korsi",
    // Made up for the demo on the association's domain (the seed names the DPO but gives no address).
    dpoEmail: "tietosuoja@raumankriisikeskus.fi",
    languages: ["fi", "sv", "en"],
    referencePrefix: "MLR",
    settings: settings(),
    registers: [
      {
        slug: "asiakasrekisteri",
        notice: mlrNotice,
        categories: [
          "identity",
          "identity_code",
          "birth",
          "gender",
          "service_language",
          "contact",
          "subject_groups",
          "relationship",
          "consents",
          "bans",
          "special_notes",
          "event_registrations",
          "photos",
          "camera_recordings",
          "contact_history",
          "feedback",
        ],
        specialCategories: ["special_notes"],
        retentionRule: "erase_after_relationship_end",
        retentionMonthsAfterEnd: 0,
        // The seed notice is undated.
        noticeDate: null,
        transfersOutsideEea: false,
        // The seed names no processors; these are its recipients (Art. 19 notifications).
        // A recipient has one name column and it becomes a task title: sv and en staff need their language in it.
        processors: [
          {
            key: "viranomaiset",
            kind: "recipient",
            names: { fi: "Viranomaiset (lain edellyttämät luovutukset)", sv: "Myndigheter (utlämnanden som lagen kräver)", en: "Authorities (disclosures required by law)" },
            service: {
              fi: "Lain edellyttämät tietojen luovutukset, esim. lastensuojeluilmoitukset",
              sv: "Utlämnanden av uppgifter som lagen kräver, t.ex. barnskyddsanmälningar",
              en: "Disclosures required by law, e.g. child-protection notifications",
            },
            taskFor: ["rectification", "erasure", "restriction"],
          },
          {
            key: "markkinointikumppanit",
            kind: "recipient",
            names: { fi: "Markkinoinnin yhteistyökumppanit (mainostoimistot, painotalot)", sv: "Samarbetspartner inom marknadsföring (reklambyråer, tryckerier)", en: "Marketing partners (advertising agencies, printers)" },
            service: {
              fi: "Markkinointi sekä markkina- ja mielipidetutkimukset",
              sv: "Marknadsföring samt marknads- och opinionsundersökningar",
              en: "Marketing and market and opinion research",
            },
            taskFor: ["rectification", "erasure", "restriction", "objection", "consent_withdrawal"],
          },
        ],
      },
    ],
    staff: [
      {
        email: "roosa.korsi@mieli.example",
        name: "Roosa Korsi",
        role: "admin",
        locale: "fi",
        totpSecret: "KNDETCI7ADC7ENB2GQ4N7USG4AX4QOSW",
        canReadSpecial: true,
      },
      {
        email: "elina.makela@mieli.example",
        name: "Elina Mäkelä",
        role: "staff",
        locale: "fi",
        totpSecret: "ABZXHLPPOCSJ5MIM6CHMVNOHNATQLQC5",
        canReadSpecial: true,
      },
      {
        email: "oskar.lindqvist@mieli.example",
        name: "Oskar Lindqvist",
        role: "staff",
        locale: "sv",
        totpSecret: "BRQAVG54BT3J2FE5XKXIXGFYTN5ZSB4P",
        // Office and marketing matters only: no access to crisis-work notes.
        canReadSpecial: false,
      },
    ],
  },
];
