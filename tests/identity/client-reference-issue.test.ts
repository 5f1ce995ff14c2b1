/**
 * Issue 10 item 6: staff issue, reissue and revoke an anonymous client's reference and secret. The
 * secret is stored only as a keyed hash and returned once; every step is audited; the client redeems
 * it (level 2, record linked); staff of another organisation can do none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, identityVerifications, personRecords } from "@/lib/db/schema";
import { issueClientReference, linkByClientReference, revokeClientReference } from "@/lib/identity/queries";
import { createOrg, createPerson, createUser, type Org } from "../workflow/fixtures";

let h: DbHandle;
let a: Org;
let b: Org;
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "CRA");
  b = await createOrg(h.db, "CRB");
});
afterAll(async () => h?.close());

const row = async (id: string) => (await h.db.select().from(personRecords).where(eq(personRecords.id, id)))[0];
const actions = async (personId: string) =>
  (await h.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.personId, personId)).orderBy(auditEvents.id)).map((e) => e.action);

describe("client reference issuance", () => {
  it("issues a reference and a secret shown once, stores only the hash, and the client redeems it", async () => {
    const p = await createPerson(h.db, a, { firstName: null, lastName: null, email: null, serviceLanguage: "sv" });
    const issued = await issueClientReference(h.db, a.staff, { personId: p.id });
    expect(issued.reference).toMatch(/^CRA-K-/);
    expect(issued.locale).toBe("sv");
    const stored = await row(p.id);
    expect(stored.clientReference).toBe(issued.reference);
    expect(stored.clientSecretHash).toBeTruthy();
    expect(stored.clientSecretHash).not.toContain(issued.secret);
    expect(JSON.stringify(stored)).not.toContain(issued.secret);
    const events = await h.db.select().from(auditEvents).where(eq(auditEvents.personId, p.id));
    expect(JSON.stringify(events)).not.toContain(issued.secret);
    expect(await actions(p.id)).toEqual(["client_reference.issued"]);

    const client = await createUser(h.db, "subject");
    const linked = await linkByClientReference(h.db, client, { reference: issued.reference, secret: issued.secret });
    expect(linked).toMatchObject({ personId: p.id, organisationId: a.id });
    expect((await row(p.id)).userId).toBe(client.id);
    const [v] = await h.db.select().from(identityVerifications).where(and(eq(identityVerifications.userId, client.id), eq(identityVerifications.organisationId, a.id)));
    expect(v).toMatchObject({ level: 2, method: "client_reference" });
  });

  it("reissuing replaces reference and secret: the old slip stops working, the lock and failures are cleared", async () => {
    const p = await createPerson(h.db, a);
    const first = await issueClientReference(h.db, a.staff, { personId: p.id });
    await h.db.update(personRecords).set({ clientSecretFailures: 5, clientReferenceLockedAt: new Date() }).where(eq(personRecords.id, p.id));
    const second = await issueClientReference(h.db, a.staff2, { personId: p.id });
    expect(second.reference).not.toBe(first.reference);
    expect(await row(p.id)).toMatchObject({ clientReference: second.reference, clientSecretFailures: 0, clientReferenceLockedAt: null });
    const client = await createUser(h.db, "subject");
    expect(await linkByClientReference(h.db, client, { reference: first.reference, secret: first.secret })).toBeNull();
    expect(await linkByClientReference(h.db, client, { reference: second.reference, secret: first.secret })).toBeNull();
    expect(await linkByClientReference(h.db, client, { reference: second.reference, secret: second.secret })).not.toBeNull();
    expect(await actions(p.id)).toEqual(expect.arrayContaining(["client_reference.issued", "client_reference.reissued"]));
  });

  it("revokes a reference (optionally unlinking the account that redeemed it), audited", async () => {
    const p = await createPerson(h.db, a);
    const issued = await issueClientReference(h.db, a.staff, { personId: p.id });
    const client = await createUser(h.db, "subject");
    await linkByClientReference(h.db, client, { reference: issued.reference, secret: issued.secret });
    await revokeClientReference(h.db, a.staff, { personId: p.id, unlinkAccount: true });
    expect(await row(p.id)).toMatchObject({ clientReference: null, clientSecretHash: null, userId: null });
    expect(await linkByClientReference(h.db, client, { reference: issued.reference, secret: issued.secret })).toBeNull();
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, p.id), eq(auditEvents.action, "client_reference.revoked")));
    expect(ev.payload).toEqual({ unlinkedAccount: true });
    await expect(revokeClientReference(h.db, a.staff, { personId: p.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses staff of another organisation (not found, nothing changed or audited)", async () => {
    const p = await createPerson(h.db, a);
    await expect(issueClientReference(h.db, b.staff, { personId: p.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await row(p.id)).clientReference).toBeNull();
    const issued = await issueClientReference(h.db, a.staff, { personId: p.id });
    await expect(revokeClientReference(h.db, b.admin, { personId: p.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await row(p.id)).clientReference).toBe(issued.reference);
    expect(await actions(p.id)).toEqual(["client_reference.issued"]);
  });
});
