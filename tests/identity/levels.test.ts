import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, identityClaims, identityVerifications, personRecords, requests } from "@/lib/db/schema";
import {
  decideIdentityClaim,
  linkByClientReference,
  linkRecordsByEmail,
  listMyIdentity,
  listPendingClaims,
  recordInPersonCheck,
  submitIdentityClaim,
} from "@/lib/identity/queries";
import { identityClaimSchema } from "@/lib/identity/schema";
import { fileRequest, getIdentityLevel } from "@/lib/requests/queries";
import { openText } from "@/lib/crypto";
import { makeOrg, makePerson, makeStaff, makeUser } from "../requests/fixtures";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const access = (orgId: string, regId: string, userId: string, email: string, receivedAt = new Date()) => ({
  organisationId: orgId,
  userId,
  type: "access" as const,
  details: { type: "access" as const, registerIds: [regId], formats: ["pdf" as const] },
  channel: "portal" as const,
  receivedAt,
  locale: "fi" as const,
  subjectName: "Testi",
  subjectEmail: email,
  personIds: [],
  actor: { id: userId, role: "subject" as const },
});

describe("level 2 by email match", () => {
  it("links records whose email equals the verified email (case-insensitively), once, and releases held requests", async () => {
    const { org, reg } = await makeOrg(h.db);
    const user = await makeUser(h.db, { email: `match-${Date.now()}@example.fi` });
    const { person } = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, email: user.email.toUpperCase() });
    const other = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, email: "someone.else@example.fi" });
    const held = await fileRequest(h.db, access(org.id, reg.id, user.id, user.email));
    expect(held.status).toBe("awaiting_verification");

    const first = await linkRecordsByEmail(h.db, user);
    expect(first.linked).toEqual([person.id]);
    expect(await getIdentityLevel(h.db, user.id, org.id)).toBe(2);
    const [r] = await h.db.select().from(requests).where(eq(requests.id, held.id));
    expect(r.status).toBe("new");
    const [o] = await h.db.select().from(personRecords).where(eq(personRecords.id, other.person.id));
    expect(o.userId).toBeNull();

    const again = await linkRecordsByEmail(h.db, user);
    expect(again.linked).toEqual([]);
    const rows = await h.db.select().from(identityVerifications).where(eq(identityVerifications.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ level: 2, method: "email_match" });
  });

  it("does nothing for an account whose email was never verified", async () => {
    const { org, reg } = await makeOrg(h.db);
    const user = await makeUser(h.db, { email: `unverified-${Date.now()}@example.fi` });
    await h.db.update((await import("@/lib/db/schema")).users).set({ emailVerified: null }).where(eq((await import("@/lib/db/schema")).users.id, user.id));
    await makePerson(h.db, { organisationId: org.id, registerId: reg.id, email: user.email });
    expect((await linkRecordsByEmail(h.db, user)).linked).toEqual([]);
    expect(await getIdentityLevel(h.db, user.id, org.id)).toBe(1);
  });

  it("with clockStart 'verification' starts the month on the day identity is established", async () => {
    const { org, reg } = await makeOrg(h.db, { settings: { clockStart: "verification" } });
    const user = await makeUser(h.db, { email: `clock-${Date.now()}@example.fi` });
    await makePerson(h.db, { organisationId: org.id, registerId: reg.id, email: user.email });
    const held = await fileRequest(h.db, access(org.id, reg.id, user.id, user.email, new Date("2026-01-10T10:00:00Z")));
    expect(held.dueOn).toBe("2026-02-10");
    await linkRecordsByEmail(h.db, user);
    const [r] = await h.db.select().from(requests).where(eq(requests.id, held.id));
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date());
    expect(r.receivedOn).toBe(today);
    expect(r.receivedAt.toISOString()).toBe("2026-01-10T10:00:00.000Z");
    expect(r.dueOn > "2026-02-10").toBe(true);
  });
});

describe("level 2 by a claim that staff confirm", () => {
  it("validates the identity code with one message per mistake", () => {
    const base = { organisationId: "5f0c7c0e-4a3b-4c1d-9e2f-0a1b2c3d4e5f", fullName: "Sari Kallio" };
    const msg = (code: string, birthDate?: string) => {
      const r = identityClaimSchema.safeParse({ ...base, identityCode: code, birthDate });
      return r.success ? "ok" : r.error.issues.map((i) => i.message).join(",");
    };
    expect(msg("131052-308T")).toBe("ok");
    expect(msg("131052-308U")).toBe("hetu_checksum");
    expect(msg("131052Z308T")).toBe("hetu_century_sign");
    expect(msg("290201A9014")).toBe("hetu_date");
    expect(msg("131052A308T")).toBe("hetu_future");
    expect(msg("1310")).toBe("hetu_format");
    expect(msg("131052-308T", "1952-10-14")).toBe("birth_date_mismatch");
    expect(identityClaimSchema.safeParse(base).error?.issues[0].message).toBe("claim_needs_detail");
  });

  it("stores the claim sealed, suggests the record to staff, and links it on confirmation", async () => {
    const { org, reg } = await makeOrg(h.db);
    const staff = await makeStaff(h.db, org.id);
    const outsider = await makeStaff(h.db, (await makeOrg(h.db)).org.id);
    const user = await makeUser(h.db);
    const { person } = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, firstName: "Sari", lastName: "Kallio", identityCode: "051272-3625", birthDate: "1972-12-05" });
    const held = await fileRequest(h.db, access(org.id, reg.id, user.id, user.email));

    const claim = await submitIdentityClaim(h.db, user, { organisationId: org.id, fullName: "Sari Kallio", identityCode: "051272-3625", birthDate: "1972-12-05" });
    expect(claim.matchedPersonId).toBe(person.id);
    expect(claim.identityCodeEnc).not.toContain("051272");
    expect(openText(claim.identityCodeEnc!, `claim:${user.id}`)).toBe("051272-3625");
    await expect(submitIdentityClaim(h.db, user, { organisationId: org.id, fullName: "Sari Kallio", birthDate: "1972-12-05" })).rejects.toMatchObject({ code: "conflict" });

    const queue = await listPendingClaims(h.db, staff);
    expect(queue.find((c) => c.id === claim.id)).toMatchObject({ identityCodeMasked: "051272-****", suggestedPersonId: person.id });
    expect((await listPendingClaims(h.db, outsider)).find((c) => c.id === claim.id)).toBeUndefined();
    await expect(decideIdentityClaim(h.db, outsider, { claimId: claim.id, decision: "confirm", personIds: [person.id] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(decideIdentityClaim(h.db, user, { claimId: claim.id, decision: "confirm", personIds: [person.id] })).rejects.toMatchObject({ code: "forbidden" });

    const result = await decideIdentityClaim(h.db, staff, { claimId: claim.id, decision: "confirm", personIds: [person.id] });
    expect(result).toMatchObject({ status: "confirmed", linked: [person.id], released: [held.id] });
    expect(await getIdentityLevel(h.db, user.id, org.id)).toBe(2);
    const [p] = await h.db.select().from(personRecords).where(eq(personRecords.id, person.id));
    expect(p.userId).toBe(user.id);
    const [v] = await h.db.select().from(identityVerifications).where(eq(identityVerifications.userId, user.id));
    expect(v).toMatchObject({ method: "staff_confirmed", verifiedBy: staff.id });
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["identity_claim_submitted", "records_linked", "identity_claim_confirmed", "identity_verified", "request_verified"]));
    expect(JSON.stringify(audit.map((a) => a.payload))).not.toContain("051272");
    await expect(decideIdentityClaim(h.db, staff, { claimId: claim.id, decision: "reject" })).rejects.toMatchObject({ code: "conflict" });

    const mine = await listMyIdentity(h.db, user.id);
    expect(mine.find((o) => o.id === org.id)).toMatchObject({ level: 2, linkedRecords: 1, latestClaim: { status: "confirmed" } });
  });

  it("rejects a claim without linking anything", async () => {
    const { org } = await makeOrg(h.db);
    const staff = await makeStaff(h.db, org.id);
    const user = await makeUser(h.db);
    const claim = await submitIdentityClaim(h.db, user, { organisationId: org.id, fullName: "Ei Ketään", birthDate: "1980-01-01" });
    expect(claim.matchedPersonId).toBeNull();
    expect(await decideIdentityClaim(h.db, staff, { claimId: claim.id, decision: "reject", reason: "Ei vastaa rekisteriä" })).toMatchObject({ status: "rejected" });
    const [c] = await h.db.select().from(identityClaims).where(eq(identityClaims.id, claim.id));
    expect(c.status).toBe("rejected");
    expect(await getIdentityLevel(h.db, user.id, org.id)).toBe(1);
  });
});

describe("anonymous clients (Art. 11)", () => {
  it("links the record with the right reference and secret only, giving no hint which part was wrong", async () => {
    const { org, reg } = await makeOrg(h.db);
    const ref = `MLR-K-${Date.now()}`;
    const { person } = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, firstName: undefined, clientReference: ref, clientSecret: "demo-salaisuus-42" });
    const user = await makeUser(h.db, { name: null });
    const intruder = await makeUser(h.db);
    expect(await linkByClientReference(h.db, user, { reference: ref, secret: "wrong" })).toBeNull();
    expect(await linkByClientReference(h.db, user, { reference: "MLR-K-none", secret: "demo-salaisuus-42" })).toBeNull();
    expect(await linkByClientReference(h.db, user, { reference: ` ${ref} `, secret: "demo-salaisuus-42" })).toEqual({ personId: person.id, organisationId: org.id });
    expect(await getIdentityLevel(h.db, user.id, org.id)).toBe(2);
    // Already linked to another account: the same answer as a wrong secret.
    expect(await linkByClientReference(h.db, intruder, { reference: ref, secret: "demo-salaisuus-42" })).toBeNull();
    const [p] = await h.db.select().from(personRecords).where(eq(personRecords.id, person.id));
    expect(p.userId).toBe(user.id);
    const [v] = await h.db.select().from(identityVerifications).where(and(eq(identityVerifications.userId, user.id), eq(identityVerifications.organisationId, org.id)));
    expect(v.method).toBe("client_reference");
  });
});

describe("level 3 in person", () => {
  it("records only the fact of the check, by a member of the organisation", async () => {
    const { org } = await makeOrg(h.db);
    const staff = await makeStaff(h.db, org.id);
    const outsider = await makeStaff(h.db, (await makeOrg(h.db)).org.id);
    const user = await makeUser(h.db);
    await expect(recordInPersonCheck(h.db, outsider, { userId: user.id, organisationId: org.id })).rejects.toMatchObject({ code: "forbidden" });
    const r = await recordInPersonCheck(h.db, staff, { userId: user.id, organisationId: org.id, note: "Passi tarkistettu" });
    expect(r.level).toBe(3);
  });
});
