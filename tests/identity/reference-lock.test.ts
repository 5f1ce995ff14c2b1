/**
 * Issue 9, finding 8: wrong secrets for an anonymous client reference are counted on the reference,
 * whichever account sends them; after a few the reference is locked (even the right secret is
 * refused), the organisation's staff get an email without personal data and the lock is audited;
 * staff of that organisation — and only they — unlock it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, emailOutbox, personRecords } from "@/lib/db/schema";
import { linkByClientReference, unlockClientReference } from "@/lib/identity/queries";
import { CLIENT_REFERENCE_MAX_FAILURES } from "@/lib/rate-limit/policies";
import { makeOrg, makePerson, makeStaff, makeUser } from "../requests/fixtures";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const SECRET = "oikea-salaisuus-77";
let n = 0;

async function setup() {
  const { org, reg } = await makeOrg(h.db);
  const staff = await makeStaff(h.db, org.id, "sv");
  const reference = `REF-${Date.now()}-${n++}`;
  const { person } = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, firstName: undefined, clientReference: reference, clientSecret: SECRET });
  return { org, staff, reference, person };
}

const row = async (id: string) => (await h.db.select().from(personRecords).where(eq(personRecords.id, id)))[0];
const actor = (u: { id: string }, orgId: string) => ({ id: u.id, role: "staff" as const, organisationIds: [orgId] });

describe("anonymous client reference lock", () => {
  it("locks the reference after wrong secrets from several fresh accounts, refuses the right secret, alerts staff and audits", async () => {
    const { org, staff, reference, person } = await setup();
    for (let i = 0; i < CLIENT_REFERENCE_MAX_FAILURES; i++) {
      const guesser = await makeUser(h.db);
      expect(await linkByClientReference(h.db, guesser, { reference, secret: `arvaus-${i}` })).toBeNull();
      if (i < CLIENT_REFERENCE_MAX_FAILURES - 1) expect((await row(person.id)).clientReferenceLockedAt).toBeNull();
    }
    const locked = await row(person.id);
    expect(locked.clientReferenceLockedAt).not.toBeNull();
    expect(locked.clientSecretFailures).toBe(CLIENT_REFERENCE_MAX_FAILURES);

    const owner = await makeUser(h.db);
    expect(await linkByClientReference(h.db, owner, { reference, secret: SECRET })).toBeNull();
    expect((await row(person.id)).userId).toBeNull();

    const mails = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.organisationId, org.id), eq(emailOutbox.template, "staff_reference_locked")));
    expect(mails).toHaveLength(1);
    expect(mails[0].toAddress).toBe(staff.email);
    expect(mails[0].locale).toBe("sv");
    expect(mails[0].text).toContain(`/staff/persons/${person.id}`);
    // No personal data: neither the reference nor any name or address of the guessers.
    expect(mails[0].text).not.toContain(reference);
    expect(mails[0].subject + mails[0].text).not.toMatch(/@example\.fi/);

    const events = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, person.id), eq(auditEvents.action, "client_reference.locked")));
    expect(events).toHaveLength(1);

    // Further guesses neither count nor mail again.
    expect(await linkByClientReference(h.db, await makeUser(h.db), { reference, secret: "taas" })).toBeNull();
    expect((await h.db.select().from(emailOutbox).where(eq(emailOutbox.template, "staff_reference_locked"))).filter((m) => m.organisationId === org.id)).toHaveLength(1);
  });

  it("lets only staff of the organisation unlock, audited; then the right secret links", async () => {
    const { org, staff, reference, person } = await setup();
    for (let i = 0; i < CLIENT_REFERENCE_MAX_FAILURES; i++) await linkByClientReference(h.db, await makeUser(h.db), { reference, secret: "väärä" });
    const other = await makeOrg(h.db);
    const outsider = await makeStaff(h.db, other.org.id);
    await expect(unlockClientReference(h.db, actor(outsider, other.org.id), { personId: person.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await row(person.id)).clientReferenceLockedAt).not.toBeNull();

    await unlockClientReference(h.db, actor(staff, org.id), { personId: person.id });
    const unlocked = await row(person.id);
    expect(unlocked.clientReferenceLockedAt).toBeNull();
    expect(unlocked.clientSecretFailures).toBe(0);
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, person.id), eq(auditEvents.action, "client_reference.unlocked")));
    expect(ev.actorId).toBe(staff.id);
    // Not locked any more: a second unlock is "not found", not a silent success.
    await expect(unlockClientReference(h.db, actor(staff, org.id), { personId: person.id })).rejects.toMatchObject({ code: "not_found" });

    const owner = await makeUser(h.db);
    expect(await linkByClientReference(h.db, owner, { reference, secret: SECRET })).toEqual({ personId: person.id, organisationId: org.id });
  });

  it("a right secret clears earlier typos, so they do not add up over time", async () => {
    const { reference, person } = await setup();
    const owner = await makeUser(h.db);
    for (let i = 0; i < CLIENT_REFERENCE_MAX_FAILURES - 1; i++) await linkByClientReference(h.db, owner, { reference, secret: "kirjoitusvirhe" });
    expect((await row(person.id)).clientSecretFailures).toBe(CLIENT_REFERENCE_MAX_FAILURES - 1);
    expect(await linkByClientReference(h.db, owner, { reference, secret: SECRET })).not.toBeNull();
    expect((await row(person.id)).clientSecretFailures).toBe(0);
  });

  it("counts concurrent guesses exactly and mails staff once", async () => {
    const { org, reference, person } = await setup();
    const guessers = await Promise.all(Array.from({ length: 10 }, () => makeUser(h.db)));
    await Promise.all(guessers.map((g, i) => linkByClientReference(h.db, g, { reference, secret: `rinnakkain-${i}` })));
    expect((await row(person.id)).clientSecretFailures).toBe(CLIENT_REFERENCE_MAX_FAILURES);
    const mails = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.organisationId, org.id), eq(emailOutbox.template, "staff_reference_locked")));
    expect(mails).toHaveLength(1);
  });
});
