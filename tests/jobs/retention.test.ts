import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { addChildren, createOrg, createPerson, createRequest, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, caseNotes, messages, personRecords, requests } from "@/lib/db/schema";
import { pruneClosedRequests } from "@/lib/jobs/retention";
import { approveRetentionErasure, listRetentionProposals } from "@/lib/retention/queries";

let h: DbHandle;
let a: Org;
let b: Org;
const TODAY = "2026-04-08";
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "RTA");
  b = await createOrg(h.db, "RTB");
});
afterAll(async () => h?.close());

describe("retention of person records (seed 004: erase when the relationship has ended)", () => {
  it("proposes only records past the rule, and erases the approved ones with an audit event", async () => {
    const ended = await createPerson(h.db, a, { relationshipEnd: "2026-01-01" });
    await addChildren(h.db, ended.id, "RETAIN");
    const future = await createPerson(h.db, a, { relationshipEnd: "2026-05-01" });
    const restricted = await createPerson(h.db, a, { relationshipEnd: "2025-01-01", restricted: true });
    const busy = await createPerson(h.db, a, { relationshipEnd: "2025-01-01" });
    await createRequest(h.db, a, { personIds: [busy.id] });
    const other = await createPerson(h.db, b, { relationshipEnd: "2025-01-01" });
    const ids = (await listRetentionProposals(h.db, a.staff, TODAY)).proposals.map((p) => p.personId);
    expect(ids).toEqual([ended.id]);
    expect(ids).not.toContain(future.id);
    expect(ids).not.toContain(restricted.id);
    expect((await listRetentionProposals(h.db, b.staff, TODAY)).proposals.map((p) => p.personId)).toEqual([other.id]);

    expect(await approveRetentionErasure(h.db, a.staff, { personIds: [ended.id, future.id, other.id], today: TODAY })).toBe(1);
    expect(await h.db.select().from(personRecords).where(eq(personRecords.id, ended.id))).toHaveLength(0);
    expect(await h.db.select().from(caseNotes).where(eq(caseNotes.personId, ended.id))).toHaveLength(0);
    expect(await h.db.select().from(personRecords).where(eq(personRecords.id, other.id))).toHaveLength(1);
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, ended.id), eq(auditEvents.action, "person.retention_erased")));
    expect(ev.payload).toMatchObject({ rule: "erase_after_relationship_end" });
  });
});

describe("pruning closed requests to statistics", () => {
  it("removes names, messages and reasons of requests closed more than three years ago, keeps the figures", async () => {
    const old = await createRequest(h.db, a, { receivedOn: "2022-01-10", status: "rejected", closedAt: new Date("2022-02-01T10:00:00Z"), decisionReasons: "Perustelut Nimi", rejectionGround: "no_data", subjectName: "Vanha Nimi" });
    await h.db.insert(messages).values({ requestId: old.id, fromStaff: true, body: "Hei Vanha Nimi" });
    const recent = await createRequest(h.db, a, { receivedOn: "2025-01-10", status: "completed", closedAt: new Date("2025-02-01T10:00:00Z") });
    const open = await createRequest(h.db, a, { receivedOn: "2022-01-10" });
    expect(await pruneClosedRequests(h.db, TODAY)).toBe(1);
    const [r] = await h.db.select().from(requests).where(eq(requests.id, old.id));
    expect(r).toMatchObject({ subjectName: "-", subjectEmail: null, decisionReasons: null, status: "rejected", rejectionGround: "no_data", type: "access", receivedOn: "2022-01-10" });
    expect(await h.db.select().from(messages).where(eq(messages.requestId, old.id))).toHaveLength(0);
    expect((await h.db.select().from(requests).where(eq(requests.id, recent.id)))[0].subjectName).toBe("Aino Virtanen");
    expect((await h.db.select().from(requests).where(eq(requests.id, open.id)))[0].subjectName).toBe("Aino Virtanen");
    expect(await pruneClosedRequests(h.db, TODAY)).toBe(0);
  });
});
