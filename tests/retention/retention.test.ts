import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createPerson, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, personRecords, registers, retentionProposals, retentionTasks } from "@/lib/db/schema";
import { approveRetentionErasure, listRetentionProposals, markRetentionTaskDone, proposeRetentionErasures } from "@/lib/retention/queries";
import { updateRetentionRule } from "@/lib/retention/rule-queries";
import { retentionRuleSchema } from "@/lib/retention/schema";
import { retentionDueOn } from "@/lib/retention/rules";
import { verifyAuditChains } from "@/lib/audit/queries";

let h: DbHandle;
let a: Org;
let b: Org;
const TODAY = "2026-04-08";
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "RNA");
  b = await createOrg(h.db, "RNB");
});
afterAll(async () => h?.close());

describe("retention rules (pure)", () => {
  it("computes the due day per rule", () => {
    const rec = { relationshipEnd: "2025-01-31", createdOn: "2024-03-01" };
    expect(retentionDueOn("erase_after_relationship_end", 1, rec)).toBe("2025-02-28");
    expect(retentionDueOn("legal_retention", 72, rec)).toBe("2031-01-31");
    expect(retentionDueOn("fixed_term", 24, rec)).toBe("2026-03-01");
    expect(retentionDueOn("while_needed", 0, rec)).toBeNull();
    expect(retentionDueOn("erase_after_relationship_end", 0, { relationshipEnd: null, createdOn: "2024-03-01" })).toBeNull();
  });

  it("the admin form needs months for a period and the law for legal retention", () => {
    const base = { registerId: "00000000-0000-4000-8000-000000000001" };
    expect(retentionRuleSchema.safeParse({ ...base, retentionRule: "while_needed" }).success).toBe(true);
    expect(retentionRuleSchema.safeParse({ ...base, retentionRule: "fixed_term", months: "" }).success).toBe(false);
    const noLaw = retentionRuleSchema.safeParse({ ...base, retentionRule: "legal_retention", months: "72" });
    expect(noLaw.success ? [] : noLaw.error.issues.map((i) => i.message)).toEqual(["law_required"]);
    expect(retentionRuleSchema.safeParse({ ...base, retentionRule: "legal_retention", months: "72", law: "Kirjanpitolaki 2:10 §" }).success).toBe(true);
  });
});

describe("retention: proposal → approval → tasks (issue 10 item 4)", () => {
  it("the scheduled job proposes due records once; staff approve; processor and recipient tasks follow", async () => {
    const ended = await createPerson(h.db, a, { relationshipEnd: "2026-01-01" });
    const notYet = await createPerson(h.db, a, { relationshipEnd: "2026-06-01" });
    expect(await proposeRetentionErasures(h.db, TODAY)).toBe(1);
    // Another instance or a rerun proposes nothing new (one open proposal per record).
    expect(await proposeRetentionErasures(h.db, TODAY)).toBe(0);
    const rows = await h.db.select().from(retentionProposals).where(eq(retentionProposals.organisationId, a.id));
    expect(rows.map((r) => [r.personId, r.status, r.dueOn])).toEqual([[ended.id, "proposed", "2026-01-01"]]);
    const [proposed] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, a.id), eq(auditEvents.action, "retention.proposed")));
    expect(proposed.payload).toMatchObject({ count: 1 });

    const listed = await listRetentionProposals(h.db, a.staff, TODAY);
    expect(listed.proposals.map((p) => p.personId)).toEqual([ended.id]);
    expect((await listRetentionProposals(h.db, b.staff, TODAY)).proposals.map((p) => p.personId)).not.toContain(ended.id);

    // Staff of another organisation cannot approve it; a record not yet due is not erased.
    expect(await approveRetentionErasure(h.db, b.staff, { personIds: [ended.id], today: TODAY })).toBe(0);
    expect(await approveRetentionErasure(h.db, a.staff, { personIds: [ended.id, notYet.id], today: TODAY })).toBe(1);
    expect(await h.db.select().from(personRecords).where(eq(personRecords.id, ended.id))).toHaveLength(0);
    expect(await h.db.select().from(personRecords).where(eq(personRecords.id, notYet.id))).toHaveLength(1);
    const [approved] = await h.db.select().from(retentionProposals).where(eq(retentionProposals.personId, ended.id));
    expect([approved.status, approved.decidedBy]).toEqual(["approved", a.staff.id]);
    const made = await h.db.select().from(retentionTasks).where(eq(retentionTasks.proposalId, approved.id));
    expect(made.map((t) => [t.title, t.action, t.status]).sort()).toEqual([
      ["FloMembers", "erase_external", "open"],
      ["Viranomainen", "notify_recipient", "open"],
    ]);
    const [erasedEv] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, ended.id), eq(auditEvents.action, "person.retention_erased")));
    expect(erasedEv.payload).toMatchObject({ proposalId: approved.id, rule: "erase_after_relationship_end", tasks: 2 });

    const pending = (await listRetentionProposals(h.db, a.staff, TODAY)).pending;
    expect(pending.map((t) => t.taskId).sort()).toEqual(made.map((t) => t.id).sort());
    await expect(markRetentionTaskDone(h.db, b.staff, { taskId: made[0].id })).rejects.toMatchObject({ code: "not_found" });
    for (const t of made) await markRetentionTaskDone(h.db, a.staff, { taskId: t.id });
    expect((await listRetentionProposals(h.db, a.staff, TODAY)).pending).toHaveLength(0);
    expect(await h.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, a.id), eq(auditEvents.action, "retention.task_done")))).toHaveLength(2);
  });

  it("legal retention: nothing is proposed before the legal period ends, and the law is cited", async () => {
    await updateRetentionRule(h.db, b.admin, { registerId: b.registerId, retentionRule: "legal_retention", months: 24, law: "Kirjanpitolaki 2:10 §" });
    const recent = await createPerson(h.db, b, { relationshipEnd: "2025-01-01" });
    const old = await createPerson(h.db, b, { relationshipEnd: "2024-03-01" });
    const { proposals } = await listRetentionProposals(h.db, b.staff, TODAY);
    expect(proposals.map((p) => p.personId)).toEqual([old.id]);
    expect(proposals[0]).toMatchObject({ rule: "legal_retention", law: "Kirjanpitolaki 2:10 §", dueOn: "2026-03-01" });
    expect(await approveRetentionErasure(h.db, b.staff, { personIds: [recent.id], today: TODAY })).toBe(0);
    expect(await approveRetentionErasure(h.db, b.staff, { personIds: [old.id], today: TODAY })).toBe(1);
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, old.id), eq(auditEvents.action, "person.retention_erased")));
    expect(ev.payload).toMatchObject({ law: "Kirjanpitolaki 2:10 §", months: 24 });
  });

  it("fixed term counts from when the record was made; only the register's admin sets the rule", async () => {
    await expect(updateRetentionRule(h.db, b.staff, { registerId: b.registerId, retentionRule: "fixed_term", months: 12, law: null })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateRetentionRule(h.db, a.admin, { registerId: b.registerId, retentionRule: "fixed_term", months: 12, law: null })).rejects.toMatchObject({ code: "not_found" });
    await updateRetentionRule(h.db, b.admin, { registerId: b.registerId, retentionRule: "fixed_term", months: 12, law: "ignored" });
    const [reg] = await h.db.select().from(registers).where(eq(registers.id, b.registerId));
    expect([reg.retentionRule, reg.retentionMonthsAfterEnd, reg.retentionLaw]).toEqual(["fixed_term", 12, null]);
    const made2024 = await createPerson(h.db, b, { createdAt: new Date("2024-05-01T10:00:00Z"), relationshipEnd: null });
    const made2026 = await createPerson(h.db, b, { createdAt: new Date("2026-01-01T10:00:00Z"), relationshipEnd: null });
    const ids = (await listRetentionProposals(h.db, b.staff, TODAY)).proposals.map((p) => p.personId);
    expect(ids).toContain(made2024.id);
    expect(ids).not.toContain(made2026.id);
  });

  it("keeps every audit chain intact", async () => {
    for (const c of await verifyAuditChains(h.db)) expect(c.status).toBe("intact");
  });
});
