import type { Db } from "@/lib/db/client";
import type { OrganisationSettings, RegisterNotice, RegisterNoticeByLocale } from "@/lib/db/types";
import { consents, caseNotes, memberships, organisations, personRecords, registers, users } from "@/lib/db/schema";
import { hashSecret, lookupHash, sealText } from "@/lib/crypto";

export const settings = (over: Partial<OrganisationSettings> = {}): OrganisationSettings => ({
  clockStart: "receipt",
  pauseClock: true,
  identityLevels: { objection: 1, consent_withdrawal: 1, access: 2, rectification: 2, restriction: 2, portability: 2, erasure: 2 },
  specialCategoryReportLevel: 3,
  internalTargetDays: 21,
  reminderDays: [7, 2],
  reportLifetimeDays: 30,
  closedRequestRetentionYears: 3,
  ...over,
});

const notice = (name: string): RegisterNotice => ({
  name,
  purposes: ["Asiakassuhteen hoito"],
  legalBasis: "Oikeutettu etu",
  subjectGroups: [{ code: "client", label: "Asiakkaat" }],
  dataCategories: [
    { code: "identity", label: `${name}: nimi` },
    { code: "contact", label: `${name}: yhteystiedot` },
    { code: "case_notes", label: `${name}: asiakaskirjaukset`, special: true },
    { code: "consents", label: `${name}: suostumukset` },
  ],
  sources: ["Rekisteröity itse"],
  recipients: [],
  processors: [],
  transfers: "Ei siirtoja",
  retention: "Asiakkuuden ajan",
  security: ["Salasanat"],
  rights: ["Tarkastusoikeus"],
  contact: "tietosuoja@example.fi",
  changes: "",
});
const notices = (name: string): RegisterNoticeByLocale => ({ fi: notice(name), sv: notice(`${name} (sv)`), en: notice(`${name} (en)`) });

let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export async function makeOrg(db: Db, over: { prefix?: string; settings?: Partial<OrganisationSettings>; oidc?: { issuer: string; clientId: string; secret: string } } = {}) {
  const u = uniq();
  const [org] = await db
    .insert(organisations)
    .values({
      slug: `org-${u}`,
      name: `Yhdistys ${u} ry`,
      streetAddress: "Katu 1",
      postalCode: "00100",
      city: "Helsinki",
      contactName: "Tietosuojavastaava",
      contactEmail: `tietosuoja-${u}@example.fi`,
      contactPhone: "040 0000001",
      referencePrefix: over.prefix ?? `T${u.slice(-4).toUpperCase()}`,
      settings: settings(over.settings),
    })
    .returning();
  if (over.oidc) {
    const { eq } = await import("drizzle-orm");
    await db
      .update(organisations)
      .set({ oidcIssuer: over.oidc.issuer, oidcClientId: over.oidc.clientId, oidcClientSecretEnc: sealText(over.oidc.secret, `oidc:${org.id}`) })
      .where(eq(organisations.id, org.id));
  }
  const [reg] = await db
    .insert(registers)
    .values({ organisationId: org.id, slug: "asiakasrekisteri", notice: notices("Asiakasrekisteri"), categories: ["identity", "contact", "case_notes", "consents", "subject_groups"], specialCategories: ["case_notes"] })
    .returning();
  const [reg2] = await db
    .insert(registers)
    .values({ organisationId: org.id, slug: "jasenrekisteri", notice: notices("Jäsenrekisteri"), categories: ["identity", "contact"] })
    .returning();
  return { org, reg, reg2 };
}

export async function makeUser(db: Db, over: { email?: string; role?: "subject" | "staff"; name?: string | null; locale?: "fi" | "sv" | "en" } = {}) {
  const [user] = await db
    .insert(users)
    .values({
      email: over.email ?? `user-${uniq()}@example.fi`,
      name: over.name === undefined ? "Testi Henkilö" : over.name,
      role: over.role ?? "subject",
      locale: over.locale ?? "fi",
      emailVerified: new Date(),
    })
    .returning();
  return user;
}

export async function makeStaff(db: Db, organisationId: string, locale: "fi" | "sv" | "en" = "fi") {
  const user = await makeUser(db, { role: "staff", email: `staff-${uniq()}@example.fi`, name: "Käsittelijä", locale });
  await db.insert(memberships).values({ userId: user.id, organisationId });
  return user;
}

export async function makePerson(
  db: Db,
  q: {
    organisationId: string;
    registerId: string;
    userId?: string | null;
    email?: string | null;
    firstName?: string;
    lastName?: string;
    birthDate?: string | null;
    identityCode?: string | null;
    clientReference?: string | null;
    clientSecret?: string | null;
    consents?: string[];
    notes?: number;
  },
) {
  const [p] = await db
    .insert(personRecords)
    .values({
      organisationId: q.organisationId,
      registerId: q.registerId,
      userId: q.userId ?? null,
      firstName: q.firstName ?? "Aino",
      lastName: q.lastName ?? "Virtanen",
      email: q.email ?? null,
      phone: "040 0000002",
      birthDate: q.birthDate ?? null,
      identityCodeEnc: q.identityCode ? sealText(q.identityCode) : null,
      identityCodeLookup: q.identityCode ? lookupHash(q.identityCode) : null,
      clientReference: q.clientReference ?? null,
      clientSecretHash: q.clientSecret ? hashSecret(q.clientSecret) : null,
      subjectGroups: ["client"],
    })
    .returning();
  const cs = [];
  for (const purpose of q.consents ?? []) {
    const [c] = await db
      .insert(consents)
      .values({ personId: p.id, purpose, description: `Suostumus: ${purpose}`, givenAt: new Date("2025-01-01T10:00:00Z") })
      .returning();
    cs.push(c);
  }
  for (let i = 0; i < (q.notes ?? 0); i++) {
    await db.insert(caseNotes).values({ personId: p.id, writtenAt: new Date(), source: "professional", topic: "Tapaaminen", special: i % 2 === 0, body: "Kirjaus" });
  }
  return { person: p, consents: cs };
}
