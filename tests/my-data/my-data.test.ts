import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { eventRegistrations, mediaEntries, personRecords } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { getMyData, hasLinkedRecords } from "@/lib/my-data/queries";
import { heldCategories } from "@/lib/my-data/categories";
import { makeOrg, makePerson, makeUser } from "../requests/fixtures";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

describe("My data", () => {
  it("lists per organisation and register the categories held, with counts, consents and bans — never content", async () => {
    const { org, reg } = await makeOrg(h.db);
    const user = await makeUser(h.db);
    const { person, consents } = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, userId: user.id, email: user.email, consents: ["photos"], notes: 3 });
    await h.db.update(personRecords).set({ directMarketingBan: true }).where(eq(personRecords.id, person.id));
    await h.db.insert(eventRegistrations).values({ personId: person.id, eventName: "Kevätjuhla", eventDate: "2026-05-01", dietaryNeeds: "keliakia", registeredAt: new Date() });
    await h.db.insert(mediaEntries).values({ personId: person.id, kind: "photo", capturedAt: new Date(), description: "Kuva juhlasta" });

    const [o] = await getMyData(h.db, user.id, "en");
    expect(o).toMatchObject({ id: org.id, slug: org.slug, name: org.name });
    const [r] = o.registers;
    expect(r.registerName).toBe("Asiakasrekisteri (en)");
    const codes = Object.fromEntries(r.categories.map((c) => [c.code, c.count]));
    expect(codes).toMatchObject({ identity: null, contact: null, subject_groups: null, consents: 1, bans: null, special_notes: 2, photos: 1, event_registrations: 1 });
    expect(r.categories.find((c) => c.code === "identity")?.label).toBe("Asiakasrekisteri (en): nimi");
    expect(r.consents.map((c) => c.id)).toEqual([consents[0].id]);
    expect(r.bans).toEqual({ directMarketing: true, research: false, profiling: false });
    expect(JSON.stringify(o)).not.toMatch(/Kevätjuhla|keliakia|Kirjaus|Kuva juhlasta|040 0000002/);
    expect(await hasLinkedRecords(h.db, user.id, org.id)).toBe(true);
  });

  it("tells a person with no records that nothing is held", async () => {
    const user = await makeUser(h.db);
    expect(await getMyData(h.db, user.id, "fi")).toEqual([]);
  });

  it("puts each case note in its category, as the register names them", () => {
    const record = {
      firstName: null, lastName: null, identityCodeEnc: null, birthYear: 1980, birthDate: null, gender: null, motherTongue: null, serviceLanguage: null,
      workingLifeStatus: null, email: null, phone: null, streetAddress: null, postalCode: null, city: null, subjectGroups: [], relationshipStart: null,
      relationshipEnd: null, relationshipState: null, directMarketingBan: false, researchBan: false, profilingBan: false, clientReference: "MLR-K-1",
    };
    const counts = {
      consents: 0, eventRegistrations: 0, photos: 0, cameraRecordings: 2, contactEvents: 0, feedback: 1,
      notes: [{ source: "subject", special: false }, { source: "professional", special: false }, { source: "staff", special: true }],
    };
    const held = heldCategories(record, counts, ["identity", "birth", "special_notes", "network_views", "messages_from_subject", "case_notes"]);
    expect(held).toEqual([
      { code: "identity", count: null },
      { code: "birth", count: null },
      { code: "special_notes", count: 1 },
      { code: "network_views", count: 1 },
      { code: "messages_from_subject", count: 1 },
      { code: "camera_recordings", count: 2 },
      { code: "feedback", count: 1 },
    ]);
  });
});
