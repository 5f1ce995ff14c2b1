/**
 * Report fixtures built directly in the test database: the seed's two organisations and registers
 * (with their fi/sv/en notices), a subject with Nordic and Sámi letters in the name, an identity code
 * sealed as the seed seals it (no AAD), every data category, an access request with a redaction and a
 * withheld note, and accounts for the authorisation tests.
 */
import { sealText, lookupHash } from "@/lib/crypto";
import type { Db } from "@/lib/db/client";
import {
  caseNotes,
  consents,
  contactEvents,
  eventRegistrations,
  feedback,
  itemMarks,
  mediaEntries,
  memberships,
  organisations,
  personRecords,
  registers,
  requestRecords,
  requests,
  users,
  identityVerifications,
} from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/queries";
import { seedOrganisations } from "@/lib/seed/data/organisations";

export const IDENTITY_CODE = "131052-308T";
export const THIRD_PARTY = "Pirjo Naapurinen";
export const REDACTED_NOTE = `Sisar soitti. ${THIRD_PARTY} kertoi huolestaan asumisesta.`;
/** Northern Sámi letters (PRODUCT.md §6: the embedded font must render them). */
export const SAMI_TEXT = "Giitu! Čáhcegáddi, Ŋuorttanjárga, Šuoššjávri, Đ đ Ŧ ŧ Ž ž";
export const WITHHELD_TEXT = "Hoitavan lääkärin arvio, joka jätetään antamatta.";
export const NOTE_TEXTS = [
  "Asiakas kertoi itse tilanteestaan: työttömyys jatkuu, hakee kurssille.",
  "Sosiaalityöntekijän näkemys: tarvitsee tukea asumiseen ja talouteen. Äiti ja isoäiti auttavat.",
  REDACTED_NOTE,
  WITHHELD_TEXT,
];

let counter = 0;

async function insertOrg(db: Db, index: 0 | 1, suffix: string) {
  const s = seedOrganisations[index];
  const [org] = await db
    .insert(organisations)
    .values({
      slug: `${s.slug}-${suffix}`,
      name: s.name,
      businessId: s.businessId,
      streetAddress: s.streetAddress,
      postalCode: s.postalCode,
      city: s.city,
      contactName: s.contactName,
      contactEmail: s.contactEmail,
      contactPhone: s.contactPhone,
      contactAddress: s.contactAddress,
      dpoName: s.dpoName,
      dpoEmail: s.dpoEmail,
      referencePrefix: s.referencePrefix,
      settings: s.settings,
    })
    .returning();
  const r = s.registers[0];
  const [reg] = await db
    .insert(registers)
    .values({ organisationId: org.id, slug: r.slug, notice: r.notice, categories: r.categories, specialCategories: r.specialCategories })
    .returning();
  return { org, reg };
}

async function insertUser(db: Db, role: "subject" | "staff", tag: string, orgId?: string, canReadSpecial = true) {
  const [u] = await db.insert(users).values({ email: `${tag}-${counter}@example.fi`, name: tag, role }).returning();
  if (orgId) await db.insert(memberships).values({ userId: u.id, organisationId: orgId, canReadSpecial });
  return u;
}

export type ReportFixture = Awaited<ReturnType<typeof createReportFixture>>;

export async function createReportFixture(db: Db, opts: { notes?: number; locale?: "fi" | "sv" | "en" } = {}) {
  const n = ++counter;
  const { org, reg } = await insertOrg(db, 0, String(n));
  const { org: otherOrg } = await insertOrg(db, 1, String(n));
  const owner = await insertUser(db, "subject", "owner");
  const stranger = await insertUser(db, "subject", "stranger");
  const staff = await insertUser(db, "staff", "staff", org.id);
  const otherStaff = await insertUser(db, "staff", "otherstaff", otherOrg.id);
  // A member of the same organisation without the special-category permission (Art. 9).
  const plainStaff = await insertUser(db, "staff", "plainstaff", org.id, false);

  const [person] = await db
    .insert(personRecords)
    .values({
      organisationId: org.id,
      registerId: reg.id,
      userId: owner.id,
      firstName: "Åsa Áile",
      lastName: "Mäkelä-Öhman",
      birthYear: 1952,
      birthDate: "1952-10-13",
      identityCodeEnc: sealText(IDENTITY_CODE),
      identityCodeLookup: lookupHash(IDENTITY_CODE),
      gender: "nainen",
      motherTongue: "ruotsi",
      serviceLanguage: "sv",
      workingLifeStatus: "eläkeläinen",
      email: "asa.makela@example.fi",
      phone: "+358 40 123 4567",
      streetAddress: "Läntinen Pitkäkatu 7 B 12",
      postalCode: "20100",
      city: "Turku",
      subjectGroups: ["professional_help_client", "member"],
      relationshipStart: "2023-02-01",
      relationshipState: "aktiivinen",
      directMarketingBan: true,
    })
    .returning();

  const [photoConsent] = await db
    .insert(consents)
    .values([
      { personId: person.id, purpose: "Valokuvaus", description: "Kuvia saa käyttää yhdistyksen tiedotteissa.", givenAt: new Date("2023-02-01T10:00:00Z"), method: "lomake" },
      { personId: person.id, purpose: "Verkostotyö", description: "Tietoja saa vaihtaa sosiaalitoimen kanssa.", givenAt: new Date("2023-02-01T10:05:00Z"), withdrawnAt: new Date("2024-01-15T09:00:00Z") },
    ])
    .returning();
  await db.insert(eventRegistrations).values({
    personId: person.id,
    kind: "training",
    eventName: "Vertaistukiryhmän syysretki Ruissaloon",
    eventDate: "2024-09-14",
    dietaryNeeds: "laktoositon, gluteeniton",
    attended: true,
    registeredAt: new Date("2024-08-20T12:00:00Z"),
  });
  await db.insert(mediaEntries).values([
    { personId: person.id, kind: "photo", capturedAt: new Date("2024-09-14T11:00:00Z"), description: "Ryhmäkuva retkellä", location: "Ruissalo", consentId: photoConsent.id },
    { personId: person.id, kind: "camera_recording", capturedAt: new Date("2024-10-02T08:30:00Z"), description: "Aulan valvontakamera", location: "Revontulenkatu 4", deleteAfter: "2024-11-01" },
  ]);
  await db.insert(contactEvents).values({ personId: person.id, occurredAt: new Date("2024-05-05T09:00:00Z"), channel: "sähköposti", campaign: "Kevätkeräys 2024", summary: `Lahjoituspyyntö lähetetty. Vastaus: ${SAMI_TEXT}` });
  await db.insert(feedback).values({ personId: person.id, givenAt: new Date("2024-09-20T15:00:00Z"), channel: "verkkolomake", rating: 5, body: "Retki oli ihana, kiitos järjestäjille!" });

  const notes = await db
    .insert(caseNotes)
    .values([
      { personId: person.id, writtenAt: new Date("2024-03-01T08:00:00Z"), source: "subject" as const, channel: "tapaaminen", topic: "Oma kertomus", body: NOTE_TEXTS[0] },
      { personId: person.id, writtenAt: new Date("2024-03-02T08:00:00Z"), source: "professional" as const, sourceDetail: "Turun sosiaalitoimi", topic: "Verkostotyö", special: true, body: NOTE_TEXTS[1] },
      { personId: person.id, writtenAt: new Date("2024-03-03T08:00:00Z"), source: "relative" as const, sourceDetail: "sisar", topic: "Omaisen yhteydenotto", body: NOTE_TEXTS[2] },
      { personId: person.id, writtenAt: new Date("2024-03-04T08:00:00Z"), source: "professional" as const, sourceDetail: "lääkäri", topic: "Terveydentila", special: true, body: NOTE_TEXTS[3] },
    ])
    .returning();
  if (opts.notes) await insertManyNotes(db, person.id, opts.notes);

  const [request] = await db
    .insert(requests)
    .values({
      reference: `TKL-2026-${String(4200 + n).padStart(4, "0")}`,
      organisationId: org.id,
      userId: owner.id,
      type: "access",
      status: "in_progress",
      locale: opts.locale ?? "fi",
      subjectName: "Åsa Áile Mäkelä-Öhman",
      subjectEmail: "asa.makela@example.fi",
      receivedAt: new Date("2026-03-04T23:30:00Z"),
      receivedOn: "2026-03-05",
      baseDueOn: "2026-04-05",
      dueOn: "2026-04-07",
      targetOn: "2026-03-26",
      requiredLevel: 2,
      details: { type: "access", registerIds: [], formats: ["pdf", "json"] },
    })
    .returning();
  await db.insert(requestRecords).values({ requestId: request.id, personId: person.id });
  const start = REDACTED_NOTE.indexOf(THIRD_PARTY);
  await db.insert(itemMarks).values([
    { requestId: request.id, kind: "redact", itemType: "case_note", itemId: notes[2].id, spans: [[start, start + THIRD_PARTY.length]], reason: "third_party", createdBy: staff.id },
    { requestId: request.id, kind: "withhold", itemType: "case_note", itemId: notes[3].id, reason: "Vakava vaara hoidolle (TSL 34 §)", createdBy: staff.id },
  ]);
  await db.transaction(async (tx) => {
    await recordAudit(tx, { organisationId: org.id, requestId: request.id, actorId: owner.id, actorRole: "subject", action: "request_filed" });
    await recordAudit(tx, { organisationId: org.id, personId: person.id, actorId: staff.id, actorRole: "staff", action: "person_viewed" });
    await recordAudit(tx, { organisationId: org.id, requestId: request.id, actorId: staff.id, actorRole: "staff", action: "request.note_added" });
    await recordAudit(tx, { organisationId: org.id, personId: person.id, actorId: staff.id, actorRole: "staff", action: "special_viewed" });
  });
  // The owner proved their identity strongly (level 3): the report holds special-category notes (PRODUCT.md §4).
  await db.insert(identityVerifications).values({ userId: owner.id, organisationId: org.id, level: 3, method: "in_person" });
  return { org, reg, otherOrg, owner, stranger, staff, otherStaff, plainStaff, person, notes, request };
}

/** Bulk case notes in chunks (a long client relationship: one note a day, some special). */
export async function insertManyNotes(db: Db, personId: string, count: number) {
  const base = Date.parse("2010-01-01T07:00:00Z");
  for (let i = 0; i < count; i += 1000) {
    const rows = [];
    for (let j = i; j < Math.min(count, i + 1000); j++) {
      rows.push({
        personId,
        // Every fifth note shares its timestamp with the previous one: the keyset must not skip or repeat.
        writtenAt: new Date(base + Math.floor(j - (j % 5 === 4 ? 1 : 0)) * 86_400_000),
        source: (j % 3 === 0 ? "subject" : "professional") as "subject" | "professional",
        topic: `Tapaaminen ${j + 1}`,
        special: j % 10 === 0,
        body: `Merkintä ${j + 1}: keskusteltiin arjesta, asumisesta ja jaksamisesta. Seuraava tapaaminen sovittiin ensi viikolle; äiti osallistuu mahdollisesti. `.repeat(2),
      });
    }
    await db.insert(caseNotes).values(rows);
  }
}
