import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createPerson, createRequest, type Org } from "./fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, emailOutbox, personRecords } from "@/lib/db/schema";
import { liftNoticeSchema, liftSchema } from "@/lib/workflow/schema";
import { applyRestriction, liftRestriction, notifyRestrictionLifting } from "@/lib/workflow/queries";
import { reason } from "../support/refusal";

// Issue 9, finding 7: the lift-restriction steps take an optional requestId. It must be a UUID (zod,
// before any query) and name a restriction request of the person's own organisation that concerns this
// very record; anything else is "not found" and nothing is written into the other request.

let h: DbHandle;
let a: Org;
let b: Org;

beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "LFA");
  b = await createOrg(h.db, "LFB");
});
afterAll(async () => {
  await h?.close();
});

async function restrictedPerson(org: Org) {
  const p = await createPerson(h.db, org);
  const r = await createRequest(h.db, org, { type: "restriction", personIds: [p.id], details: { type: "restriction", ground: "a", explanation: "Osoite on väärin", registerIds: [] } });
  await applyRestriction(h.db, org.staff, { requestId: r.id });
  return { p, r };
}

const notice = { channel: "letter" as const, reasons: "Tarkistus on valmis, rajoitus poistetaan." };
const eventsOf = (requestId: string) => h.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));

describe("lift-restriction requestId (finding 7)", () => {
  it("the form schemas refuse a requestId that is not a UUID and accept none or a UUID", () => {
    const base = { personId: "00000000-0000-4000-8000-000000000000", channel: "letter", reasons: notice.reasons };
    expect(liftNoticeSchema.safeParse({ ...base, requestId: "not-a-uuid" }).success).toBe(false);
    expect(liftNoticeSchema.safeParse({ ...base, requestId: "1' or '1'='1" }).error?.issues[0].message).toBe("invalid_id");
    expect(liftSchema.safeParse({ personId: base.personId, requestId: "x".repeat(40) }).success).toBe(false);
    expect(liftNoticeSchema.safeParse({ ...base, requestId: "" }).data?.requestId).toBeUndefined();
    expect(liftNoticeSchema.safeParse({ ...base, requestId: base.personId }).success).toBe(true);
  });

  it("another organisation's request is not found, and nothing is written into it", async () => {
    const { p } = await restrictedPerson(a);
    const { r: foreign } = await restrictedPerson(b);
    const before = (await eventsOf(foreign.id)).length;
    expect(await reason(notifyRestrictionLifting(h.db, a.staff, { personId: p.id, requestId: foreign.id, ...notice }))).toBe("not_found");
    expect(await reason(notifyRestrictionLifting(h.db, a.staff, { personId: p.id, requestId: foreign.id, channel: "email", reasons: notice.reasons }))).toBe("not_found");
    expect(await reason(liftRestriction(h.db, a.staff, { personId: p.id, requestId: foreign.id }))).toBe("not_found");
    expect((await eventsOf(foreign.id)).length).toBe(before);
    expect(await h.db.select().from(emailOutbox).where(eq(emailOutbox.requestId, foreign.id))).toHaveLength(0);
    expect((await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, p.id), eq(auditEvents.action, "restriction.lifting_notified"))))).toHaveLength(0);
  });

  it("a request of the same organisation about another person, or of another type, is not found; a non-UUID too", async () => {
    const { p } = await restrictedPerson(a);
    const { r: otherPersons } = await restrictedPerson(a);
    const access = await createRequest(h.db, a, { type: "access", personIds: [p.id] });
    expect(await reason(notifyRestrictionLifting(h.db, a.staff, { personId: p.id, requestId: otherPersons.id, ...notice }))).toBe("not_found");
    expect(await reason(notifyRestrictionLifting(h.db, a.staff, { personId: p.id, requestId: access.id, ...notice }))).toBe("not_found");
    expect(await reason(notifyRestrictionLifting(h.db, a.staff, { personId: p.id, requestId: "not-a-uuid", ...notice }))).toBe("not_found");
    expect(await reason(notifyRestrictionLifting(h.db, a.staff, { personId: "not-a-uuid", ...notice }))).toBe("not_found");
  });

  it("the person's own restriction request is accepted: the notice and the lifting are audited on it", async () => {
    const { p, r } = await restrictedPerson(a);
    await notifyRestrictionLifting(h.db, a.staff, { personId: p.id, requestId: r.id, ...notice });
    await liftRestriction(h.db, a.staff, { personId: p.id, requestId: r.id });
    const actions = (await eventsOf(r.id)).map((e) => e.action);
    expect(actions).toContain("restriction.lifting_notified");
    expect(actions).toContain("restriction.lifted");
    expect((await h.db.select().from(personRecords).where(eq(personRecords.id, p.id)))[0].restricted).toBe(false);
  });
});
