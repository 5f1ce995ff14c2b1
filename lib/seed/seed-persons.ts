import type { DbOrTx } from "../db/client";
import {
  caseNotes,
  consents,
  contactEvents,
  eventRegistrations,
  feedback,
  mediaEntries,
  personRecords,
} from "../db/schema";
import { hashSecret, lookupHash, sealText } from "../crypto";
import { seedPersons, type SeedPerson } from "./data/persons";
import { seedId } from "./ids";
import type { SeededOrg } from "./seed-organisations";

export type SeededPerson = { id: string; data: SeedPerson; orgId: string; consentIds: Record<string, string> };

const at = (iso: string) => new Date(iso);

/**
 * Person records with every data category. The identity code is stored only encrypted, with a keyed
 * lookup hash (tietosuojalaki § 29); the anonymous client's secret only as a keyed hash (Art. 11).
 */
export async function seedPersonsInto(tx: DbOrTx, orgs: SeededOrg[]): Promise<SeededPerson[]> {
  const out: SeededPerson[] = [];
  for (const p of seedPersons) {
    const org = orgs.find((o) => o.slug === p.orgSlug)!;
    const id = seedId("person", p.key);
    const inserted = await tx
      .insert(personRecords)
      .values({
        id,
        organisationId: org.id,
        registerId: org.registerIds[p.registerSlug],
        firstName: p.firstName,
        lastName: p.lastName,
        birthYear: p.birthYear ?? null,
        birthDate: p.birthDate ?? null,
        identityCodeEnc: p.identityCode ? sealText(p.identityCode) : null,
        identityCodeLookup: p.identityCode ? lookupHash(p.identityCode) : null,
        gender: p.gender ?? null,
        motherTongue: p.motherTongue ?? null,
        serviceLanguage: p.serviceLanguage ?? null,
        workingLifeStatus: p.workingLifeStatus ?? null,
        email: p.email ?? null,
        phone: p.phone ?? null,
        streetAddress: p.streetAddress ?? null,
        postalCode: p.postalCode ?? null,
        city: p.city ?? null,
        subjectGroups: p.subjectGroups,
        relationshipStart: p.relationshipStart ?? null,
        relationshipEnd: p.relationshipEnd ?? null,
        relationshipState: p.relationshipState ?? null,
        directMarketingBan: p.directMarketingBan ?? false,
        researchBan: p.researchBan ?? false,
        profilingBan: p.profilingBan ?? false,
        restricted: p.restricted ?? false,
        restrictedAt: p.restrictedAt ? at(p.restrictedAt) : null,
        restrictionGround: p.restrictionGround ?? null,
        clientReference: p.clientReference ?? null,
        clientSecretHash: p.clientSecret ? hashSecret(p.clientSecret) : null,
      })
      .onConflictDoNothing()
      .returning({ id: personRecords.id });
    const consentIds: Record<string, string> = {};
    for (const c of p.consents ?? []) consentIds[c.key] = seedId("consent", p.key, c.key);
    out.push({ id, data: p, orgId: org.id, consentIds });
    if (inserted.length === 0) continue; // already seeded: children too
    if (p.consents?.length) {
      await tx.insert(consents).values(
        p.consents.map((c) => ({
          id: consentIds[c.key],
          personId: id,
          purpose: c.purpose,
          description: c.description,
          givenAt: at(c.givenAt),
          withdrawnAt: c.withdrawnAt ? at(c.withdrawnAt) : null,
          method: c.method ?? null,
        })),
      );
    }
    if (p.caseNotes?.length) {
      await tx.insert(caseNotes).values(
        p.caseNotes.map((n, i) => ({
          id: seedId("note", p.key, n.key ?? String(i)),
          personId: id,
          writtenAt: at(n.writtenAt),
          author: n.author,
          source: n.source,
          sourceDetail: n.sourceDetail ?? null,
          channel: n.channel ?? null,
          topic: n.topic,
          special: n.special,
          body: n.body,
        })),
      );
    }
    if (p.eventRegistrations?.length) {
      await tx.insert(eventRegistrations).values(
        p.eventRegistrations.map((e, i) => ({
          id: seedId("event", p.key, String(i)),
          personId: id,
          kind: e.kind,
          eventName: e.eventName,
          eventDate: e.eventDate,
          dietaryNeeds: e.dietaryNeeds ?? null,
          attended: e.attended ?? null,
          registeredAt: at(e.registeredAt),
        })),
      );
    }
    if (p.media?.length) {
      await tx.insert(mediaEntries).values(
        p.media.map((m, i) => ({
          id: seedId("media", p.key, String(i)),
          personId: id,
          kind: m.kind,
          capturedAt: at(m.capturedAt),
          description: m.description,
          location: m.location ?? null,
          consentId: m.consentKey ? consentIds[m.consentKey] ?? null : null,
          deleteAfter: m.deleteAfter ?? null,
        })),
      );
    }
    if (p.contactEvents?.length) {
      await tx.insert(contactEvents).values(
        p.contactEvents.map((c, i) => ({
          id: seedId("contact", p.key, String(i)),
          personId: id,
          occurredAt: at(c.occurredAt),
          channel: c.channel,
          campaign: c.campaign ?? null,
          summary: c.summary,
        })),
      );
    }
    if (p.feedback?.length) {
      await tx.insert(feedback).values(
        p.feedback.map((f, i) => ({
          id: seedId("feedback", p.key, String(i)),
          personId: id,
          givenAt: at(f.givenAt),
          channel: f.channel ?? null,
          rating: f.rating ?? null,
          body: f.body,
        })),
      );
    }
  }
  return out;
}
