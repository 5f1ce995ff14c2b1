import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { recordAudit, verifyAuditChains } from "@/lib/audit/queries";
import { openText } from "@/lib/crypto";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

const org = "00000000-0000-4000-8000-000000000001";

describe("hash-chained audit trail", () => {
  it("links each event to the previous one per organisation and verifies", async () => {
    for (let i = 0; i < 5; i++) {
      await h.db.transaction(async (tx) => {
        await recordAudit(tx, { organisationId: org, actorId: null, actorRole: "system", action: `step_${i}`, payload: { i } });
      });
    }
    await recordAudit(h.db, { organisationId: null, actorId: null, actorRole: "system", action: "other_chain" });
    const reports = await verifyAuditChains(h.db);
    expect(reports.find((r) => r.chain === org)).toMatchObject({ chain: org, status: "intact", events: 5, legacyEvents: 0 });
    expect(reports.find((r) => r.chain === "system")?.events).toBe(1);
  });

  it("keeps personal values sealed, not in clear", async () => {
    const row = await recordAudit(h.db, {
      organisationId: org, actorId: "u1", actorRole: "staff", action: "field_corrected",
      payload: { field: "lastName" }, personal: { before: "Virtanen", after: "Virtanen-Koski" },
    });
    expect(row.sealed).not.toContain("Virtanen");
    expect(JSON.parse(openText(row.sealed!, org))).toEqual({ before: "Virtanen", after: "Virtanen-Koski" });
  });

  it("reports the first broken link after tampering (done with the trigger off, as only a superuser could)", async () => {
    await h.db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await h.db.execute(sql`update audit_events set payload = '{"i": 99}'::jsonb where action = 'step_2'`);
    await h.db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    const report = (await verifyAuditChains(h.db)).find((r) => r.chain === org)!;
    expect(report.firstBroken?.reason).toMatch(/content/);
    const res = await h.db.execute(sql`select id from audit_events where action = 'step_2'`);
    const id = Number((Array.isArray(res) ? res : (res as { rows: { id: number }[] }).rows)[0].id);
    expect(report.firstBroken?.id).toBe(id);
  });
});
