import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import {
  caseNotes,
  consents,
  contactEvents,
  eventRegistrations,
  feedback,
  mediaEntries,
  memberships,
  organisations,
  personRecords,
  processors,
  registers,
  requestRecords,
  requests,
  users,
  type NewPersonRecord,
  type NewRequest,
} from "@/lib/db/schema";
import type { OrganisationSettings, RegisterNotice, RequestDetails } from "@/lib/db/types";
import { computeDeadline, computeTargetOn } from "@/lib/deadlines";
import { sealIdentityCode } from "@/lib/persons/columns";
import type { StaffActor } from "@/lib/workflow/types";

export const settings = (): OrganisationSettings => ({
  clockStart: "receipt",
  pauseClock: true,
  identityLevels: { objection: 1, consent_withdrawal: 1, access: 2, rectification: 2, restriction: 2, portability: 2, erasure: 2 },
  specialCategoryReportLevel: 3,
  internalTargetDays: 21,
  reminderDays: [7, 2],
  reportLifetimeDays: 30,
  closedRequestRetentionYears: 3,
});

const notice = (name: string): RegisterNotice => ({
  name,
  purposes: ["Asiakassuhteen hoito"],
  legalBasis: "Suostumus",
  subjectGroups: [{ code: "client", label: "Asiakas" }],
  dataCategories: [{ code: "identity", label: "Nimi" }],
  sources: ["Rekisteröity"],
  recipients: [],
  processors: [],
  transfers: "Ei",
  retention: "Niin kauan kuin tarpeen",
  security: ["Salasanat"],
  rights: ["Tarkastusoikeus"],
  contact: "tietosuoja@example.fi",
  changes: "",
});

export const ALL_CATEGORIES = [
  "identity", "identity_code", "birth", "gender", "mother_tongue", "service_language", "working_life", "contact",
  "subject_groups", "relationship", "consents", "bans", "case_notes", "special_notes", "network_views",
  "event_registrations", "photos", "camera_recordings", "contact_history", "feedback", "messages_from_subject",
];

export type Org = {
  id: string;
  registerId: string;
  processorIds: string[];
  admin: StaffActor & { email: string };
  staff: StaffActor & { email: string };
  staff2: StaffActor & { email: string };
};

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}${crypto.randomBytes(2).toString("hex")}`;

/** A subject's or a staff account; "admin" is a staff account (admin is a membership role, given by createOrg). */
export async function createUser(db: Db, role: "subject" | "staff" | "admin", email?: string, locale: "fi" | "sv" | "en" = "fi") {
  const [u] = await db
    .insert(users)
    .values({ email: email ?? `${role}-${uniq()}@example.fi`, name: `${role} ${uniq()}`, role: role === "subject" ? "subject" : "staff", locale, emailVerified: new Date() })
    .returning();
  return u;
}

/** An organisation with one register (every category), a processor and a recipient, an admin and two handlers. */
export async function createOrg(db: Db, prefix = "TST", opts: { canReadSpecial?: boolean } = {}): Promise<Org> {
  const slug = `org-${uniq()}`;
  const [org] = await db
    .insert(organisations)
    .values({
      slug,
      name: `Yhdistys ${prefix}`,
      streetAddress: "Katu 1",
      postalCode: "20100",
      city: "Turku",
      contactName: "Tietosuoja",
      contactEmail: `tietosuoja@${slug}.example`,
      referencePrefix: prefix,
      settings: settings(),
    })
    .returning();
  const [reg] = await db
    .insert(registers)
    .values({
      organisationId: org.id,
      slug: "asiakasrekisteri",
      notice: { fi: notice("Asiakasrekisteri"), sv: notice("Klientregister"), en: notice("Client register") },
      categories: ALL_CATEGORIES,
      specialCategories: ["special_notes", "network_views"],
      retentionRule: "erase_after_relationship_end",
      retentionMonthsAfterEnd: 0,
    })
    .returning();
  const procs = await db
    .insert(processors)
    .values([
      { registerId: reg.id, kind: "processor", name: "FloMembers", service: { fi: "Jäsenrekisteri", sv: "Medlemsregister", en: "Membership register" }, taskFor: ["rectification", "erasure", "restriction"] },
      { registerId: reg.id, kind: "recipient", name: "Viranomainen", service: { fi: "Viranomainen", sv: "Myndighet", en: "Authority" }, taskFor: ["rectification", "erasure", "restriction"] },
      { registerId: reg.id, kind: "processor", name: "Clara", service: { fi: "Asiakasjärjestelmä", sv: "Klientsystem", en: "Client system" }, taskFor: ["access"] },
    ])
    .returning();
  const mk = async (role: "staff" | "admin", canReadSpecial = true) => {
    const u = await createUser(db, role);
    await db.insert(memberships).values({ userId: u.id, organisationId: org.id, canReadSpecial, role });
    return { id: u.id, role, organisationIds: [org.id], adminOrganisationIds: role === "admin" ? [org.id] : [], email: u.email };
  };
  return {
    id: org.id,
    registerId: reg.id,
    processorIds: procs.map((p) => p.id),
    admin: await mk("admin"),
    staff: await mk("staff", opts.canReadSpecial ?? true),
    staff2: await mk("staff", false),
  };
}

export async function createPerson(db: Db, org: Org, values: Partial<NewPersonRecord> = {}) {
  const code = values.identityCodeEnc as string | undefined;
  const [p] = await db
    .insert(personRecords)
    .values({
      organisationId: org.id,
      registerId: org.registerId,
      firstName: "Aino",
      lastName: `Virtanen${uniq()}`,
      birthYear: 1985,
      birthDate: "1985-05-01",
      email: `aino-${uniq()}@example.fi`,
      phone: "040 123 4567",
      streetAddress: "Kotikatu 5",
      postalCode: "20100",
      city: "Turku",
      gender: "nainen",
      motherTongue: "suomi",
      subjectGroups: ["client_professional"],
      relationshipStart: "2024-01-01",
      ...values,
      ...(code ? sealIdentityCode(code) : { identityCodeEnc: null, identityCodeLookup: null }),
    })
    .returning();
  return p;
}

/** Child rows of every kind, each carrying a marker string so a test can search every table for it. */
export async function addChildren(db: Db, personId: string, marker: string) {
  const [consent] = await db.insert(consents).values({ personId, purpose: "photos", description: `consent ${marker}`, givenAt: new Date("2025-01-01") }).returning();
  const notes = await db
    .insert(caseNotes)
    .values([
      { personId, writtenAt: new Date("2025-02-01"), source: "staff", topic: "meeting", body: `note ${marker}` },
      { personId, writtenAt: new Date("2025-02-02"), source: "staff", topic: "health", special: true, body: `special ${marker}` },
      { personId, writtenAt: new Date("2025-02-03"), source: "professional", sourceDetail: "social worker", topic: "network", body: `network ${marker}` },
      { personId, writtenAt: new Date("2025-02-04"), source: "subject", topic: "message", body: `from subject ${marker}` },
    ])
    .returning();
  await db.insert(eventRegistrations).values({ personId, eventName: "Kevätjuhla", eventDate: "2025-05-01", dietaryNeeds: `gluten ${marker}`, registeredAt: new Date("2025-04-01") });
  await db.insert(mediaEntries).values([
    { personId, kind: "photo", capturedAt: new Date("2025-05-01"), description: `photo ${marker}`, consentId: consent.id },
    { personId, kind: "camera_recording", capturedAt: new Date("2025-05-02"), description: `camera ${marker}` },
  ]);
  await db.insert(contactEvents).values({ personId, occurredAt: new Date("2025-03-01"), channel: "email", campaign: "spring", summary: `contact ${marker}` });
  await db.insert(feedback).values({ personId, givenAt: new Date("2025-06-01"), rating: 5, body: `feedback ${marker}` });
  return { consentId: consent.id, noteIds: notes.map((n) => n.id) };
}

export async function createRequest(
  db: Db,
  org: Org,
  values: Partial<NewRequest> & { type?: NewRequest["type"]; details?: RequestDetails; personIds?: string[] } = {},
) {
  const receivedOn = values.receivedOn ?? "2026-03-05";
  const { baseDueOn, dueOn } = computeDeadline({ receivedOn, pausedDays: values.pausedDays ?? 0 });
  const type = values.type ?? "access";
  const details: RequestDetails = values.details ?? ({ type: "access", registerIds: [], formats: ["pdf"] } as RequestDetails);
  const [r] = await db
    .insert(requests)
    .values({
      reference: `${org.id.slice(0, 4)}-${uniq()}`,
      organisationId: org.id,
      type,
      status: "new",
      channel: "portal",
      locale: "fi",
      subjectName: "Aino Virtanen",
      subjectEmail: `subject-${uniq()}@example.fi`,
      receivedAt: new Date(`${receivedOn}T10:00:00Z`),
      receivedOn,
      baseDueOn,
      dueOn,
      targetOn: computeTargetOn(receivedOn, 21),
      requiredLevel: 1,
      ...values,
      details,
    })
    .returning();
  if (values.personIds?.length) {
    await db.insert(requestRecords).values(values.personIds.map((personId) => ({ requestId: r.id, personId })));
  }
  return r;
}
