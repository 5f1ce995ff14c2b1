import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { seedId } from "@/lib/seed/ids";
import { auditEvents, requests } from "@/lib/db/schema";
import { verifyAuditChains } from "@/lib/audit/queries";
import { auditActionLabel, isCodeLike } from "@/lib/i18n/labels";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
  await seedDatabase(h.db);
});
afterAll(async () => h?.close());

describe("the demo data tells a true history (issue 11 item 8)", () => {
  it("every event of every seeded request lies between its receipt and its closing, none at the moment of seeding", async () => {
    const rows = await h.db.select().from(requests);
    expect(rows.length).toBeGreaterThan(10);
    const seededAt = Date.now();
    for (const r of rows) {
      const events = await h.db.select().from(auditEvents).where(eq(auditEvents.requestId, r.id)).orderBy(asc(auditEvents.id));
      expect(events[0]?.action, r.reference).toBe("request_filed");
      expect(events[0].at.getTime(), r.reference).toBe(r.receivedAt.getTime());
      for (const e of events) {
        expect(e.at.getTime(), `${r.reference} ${e.action}`).toBeGreaterThanOrEqual(r.receivedAt.getTime());
        if (r.closedAt) expect(e.at.getTime(), `${r.reference} ${e.action}`).toBeLessThanOrEqual(r.closedAt.getTime());
        // Nothing stamped "today" by the seed run itself (within the last minute).
        expect(Math.abs(seededAt - e.at.getTime()) > 60_000, `${r.reference} ${e.action} dated at seeding`).toBe(true);
      }
      // The timeline reads in time order.
      const times = events.map((e) => e.at.getTime());
      expect(times, r.reference).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it("the completed access request of the demo subject closes on its own day, with its steps dated", async () => {
    const [r] = await h.db.select().from(requests).where(eq(requests.id, seedId("request", "TKL-2026-0001")));
    expect(r.status).toBe("completed");
    const events = await h.db.select().from(auditEvents).where(eq(auditEvents.requestId, r.id)).orderBy(asc(auditEvents.id));
    const done = events.find((e) => e.action === "request.completed");
    expect(done?.at.getTime()).toBe(r.closedAt!.getTime());
    expect(events.length).toBeGreaterThan(3);
    expect(new Set(events.map((e) => e.at.toISOString().slice(0, 10))).size).toBeGreaterThan(2);
  });

  it("no staff timeline shows a raw code: every action of the seeded trails has a label in fi, sv and en", async () => {
    const actions = [...new Set((await h.db.select({ a: auditEvents.action }).from(auditEvents)).map((r) => r.a))];
    for (const a of actions) {
      for (const locale of ["fi", "sv", "en"] as const) {
        const label = auditActionLabel(locale, a);
        expect(isCodeLike(label), `${locale} ${a}`).toBe(false);
        expect(label, `${locale} ${a}`).not.toBe(auditActionLabel(locale, "no.such_action"));
      }
    }
  });

  it("keeps every audit chain intact", async () => {
    for (const c of await verifyAuditChains(h.db)) expect(c.status, c.chain).not.toBe("broken");
  });
});
