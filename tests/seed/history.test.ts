import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { seedId } from "@/lib/seed/ids";
import { auditEvents, emailOutbox, reports, requests, tasks, users } from "@/lib/db/schema";
import { askForNewCopy } from "@/lib/requests/new-copy-queries";
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
        // Only a report's download period runs on after the request closed.
        if (r.closedAt && e.action !== "report_expired") expect(e.at.getTime(), `${r.reference} ${e.action}`).toBeLessThanOrEqual(r.closedAt.getTime());
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

  it("the demo subject's report has expired, so the page offers a new copy rather than a dead promise", async () => {
    const [rep] = await h.db.select().from(reports).where(eq(reports.requestId, seedId("request", "TKL-2026-0001")));
    expect(rep.status).toBe("expired");
    expect(rep.releasedAt!.getTime()).toBeLessThan(rep.expiresAt!.getTime());
    expect(rep.expiresAt!.getTime()).toBeLessThan(Date.now());
  });

  it("asking for a new copy is free and reopens the same request for its handler, with a task and a staff email", async () => {
    const id = seedId("request", "TKL-2026-0001");
    const [aino] = await h.db.select().from(users).where(eq(users.email, "aino.virtanen@example.fi"));
    const [other] = await h.db.select().from(users).where(eq(users.email, "markus.wallin@example.com"));
    await expect(askForNewCopy(h.db, other.id, { requestId: id })).rejects.toMatchObject({ code: "not_found" });
    expect(await askForNewCopy(h.db, aino.id, { requestId: id })).toEqual({ alreadyAsked: false });
    const [r] = await h.db.select().from(requests).where(eq(requests.id, id));
    expect([r.status, r.closedAt]).toEqual(["in_progress", null]);
    const open = await h.db.select().from(tasks).where(and(eq(tasks.requestId, id), eq(tasks.status, "open")));
    expect(open.map((t) => t.action)).toEqual(["new_copy"]);
    const mails = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.requestId, id), eq(emailOutbox.template, "staff_subject_message")));
    expect(mails.length).toBeGreaterThan(0);
    expect(await askForNewCopy(h.db, aino.id, { requestId: id })).toEqual({ alreadyAsked: true });
    expect(await h.db.select().from(tasks).where(and(eq(tasks.requestId, id), eq(tasks.action, "new_copy")))).toHaveLength(1);
    expect(auditActionLabel("fi", "request.new_copy_requested")).toContain("kopio");
  });

  it("keeps every audit chain intact", async () => {
    for (const c of await verifyAuditChains(h.db)) expect(c.status, c.chain).not.toBe("broken");
  });
});
