/**
 * Authorisation (issue 3 §6): subject A guesses subject B's ids and gets nothing — no read, no
 * message, no withdrawal, no form choices, no My data — and the timeline and thread never show
 * internal notes or staff-only events.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { identityVerifications, internalNotes, messages, requests } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/queries";
import { getMyRequest, getRequestFormContext, listMyRequests, markStaffMessagesRead, postSubjectMessage, submitMyRequest, withdrawMyRequest } from "@/lib/requests/queries-subject";
import { getMyData } from "@/lib/my-data/queries";
import { makeOrg, makePerson, makeStaff, makeUser } from "./fixtures";

let h: DbHandle;
let a: Awaited<ReturnType<typeof subject>>;
let b: Awaited<ReturnType<typeof subject>>;
let org: Awaited<ReturnType<typeof makeOrg>>;

async function subject(name: string) {
  const user = await makeUser(h.db, { name });
  const { person, consents } = await makePerson(h.db, { organisationId: org.org.id, registerId: org.reg.id, userId: user.id, email: user.email, firstName: name, consents: [`consent-${name}`] });
  await h.db.insert(identityVerifications).values({ userId: user.id, organisationId: org.org.id, level: 2, method: "email_match" });
  const res = await submitMyRequest(h.db, user, { type: "access", organisationId: org.org.id, registerIds: [org.reg.id], formats: ["pdf"] }, "fi");
  if (!res.ok || res.data.kind !== "filed") throw new Error("setup failed");
  return { user, person, consents, requestId: res.data.id };
}

beforeAll(async () => {
  h = await createTestDb();
  org = await makeOrg(h.db);
  a = await subject("Anna");
  b = await subject("Bertil");
});
afterAll(async () => {
  await h?.close();
});

describe("subject A and subject B's ids", () => {
  it("A cannot read B's request, and the answer is the same as for an id that does not exist", async () => {
    expect(await getMyRequest(h.db, a.user.id, b.requestId)).toBeNull();
    expect(await getMyRequest(h.db, a.user.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getMyRequest(h.db, a.user.id, "not-a-uuid")).toBeNull();
    expect((await getMyRequest(h.db, b.user.id, b.requestId))?.request.id).toBe(b.requestId);
    expect((await listMyRequests(h.db, a.user.id)).rows.map((r) => r.id)).toEqual([a.requestId]);
  });

  it("A cannot write into B's thread", async () => {
    await expect(postSubjectMessage(h.db, a.user.id, { requestId: b.requestId, body: "Hei" })).rejects.toMatchObject({ code: "not_found" });
    expect(await h.db.select().from(messages).where(eq(messages.requestId, b.requestId))).toHaveLength(0);
  });

  it("A cannot withdraw B's request", async () => {
    await expect(withdrawMyRequest(h.db, a.user.id, { requestId: b.requestId })).rejects.toMatchObject({ code: "not_found" });
    const [r] = await h.db.select().from(requests).where(eq(requests.id, b.requestId));
    expect(r.status).toBe("new");
  });

  it("A cannot mark B's messages read", async () => {
    const staff = await makeStaff(h.db, org.org.id);
    await h.db.insert(messages).values({ requestId: b.requestId, authorId: staff.id, fromStaff: true, body: "Viesti Bertilille" });
    await markStaffMessagesRead(h.db, a.user.id, b.requestId);
    const [m] = await h.db.select().from(messages).where(eq(messages.requestId, b.requestId));
    expect(m.readAt).toBeNull();
    await markStaffMessagesRead(h.db, b.user.id, b.requestId);
    const [m2] = await h.db.select().from(messages).where(eq(messages.requestId, b.requestId));
    expect(m2.readAt).not.toBeNull();
  });

  it("A's forms and My data offer only A's records and consents", async () => {
    const ctx = await getRequestFormContext(h.db, a.user.id, org.org.slug, "fi", "access");
    expect(ctx?.records.map((r) => r.id)).toEqual([a.person.id]);
    expect(ctx?.consents.map((c) => c.id)).toEqual([a.consents[0].id]);
    const data = await getMyData(h.db, a.user.id, "fi");
    expect(data.flatMap((o) => o.registers.map((r) => r.personId))).toEqual([a.person.id]);
  });

  it("A cannot file with B's consents or records", async () => {
    const res = await submitMyRequest(h.db, a.user, { type: "consent_withdrawal", organisationId: org.org.id, consentIds: [b.consents[0].id] }, "fi");
    expect(res).toMatchObject({ ok: false, code: "invalid_input" });
  });
});

describe("the subject's own request", () => {
  it("shows messages but never internal notes, and a timeline of subject-safe events only", async () => {
    const staff = await makeStaff(h.db, org.org.id);
    await h.db.insert(internalNotes).values({ requestId: a.requestId, authorId: staff.id, body: "SISÄINEN: asiakas soitti" });
    await h.db.transaction(async (tx) => {
      await recordAudit(tx, { organisationId: org.org.id, requestId: a.requestId, actorId: staff.id, actorRole: "staff", action: "request.assigned", payload: { assigneeId: staff.id } });
      await recordAudit(tx, { organisationId: org.org.id, requestId: a.requestId, actorId: staff.id, actorRole: "staff", action: "request.note_added", payload: {} });
      await recordAudit(tx, { organisationId: org.org.id, requestId: a.requestId, actorId: staff.id, actorRole: "staff", action: "request.extended", payload: { dueOn: "2026-01-01", extendedDueOn: "2026-03-02", emailed: true } });
    });
    await postSubjectMessage(h.db, a.user.id, { requestId: a.requestId, body: "Milloin saan vastauksen?" });
    const mine = await getMyRequest(h.db, a.user.id, a.requestId);
    expect(JSON.stringify(mine)).not.toContain("SISÄINEN");
    expect(mine!.messages.map((m) => m.body)).toEqual(["Milloin saan vastauksen?"]);
    const actions = mine!.timeline.map((e) => e.action);
    expect(actions).toEqual(["request_filed", "request.extended", "message_from_subject"]);
    expect(mine!.timeline[1].facts).toEqual({ extendedDueOn: "2026-03-02" });
    expect(JSON.stringify(mine!.timeline)).not.toContain(staff.id);
  });

  it("withdraws an open request once, audited; a closed one cannot be withdrawn again", async () => {
    const r = await withdrawMyRequest(h.db, a.user.id, { requestId: a.requestId, reason: "Sain asian hoidettua puhelimessa" });
    expect(r).toMatchObject({ status: "withdrawn" });
    expect(r.closedAt).not.toBeNull();
    await expect(withdrawMyRequest(h.db, a.user.id, { requestId: a.requestId })).rejects.toMatchObject({ code: "conflict" });
    const mine = await getMyRequest(h.db, a.user.id, a.requestId);
    expect(mine!.open).toBe(false);
    expect(mine!.timeline.at(-1)?.action).toBe("request_withdrawn");
    expect(JSON.stringify(mine!.timeline)).not.toContain("puhelimessa");
  });
});
