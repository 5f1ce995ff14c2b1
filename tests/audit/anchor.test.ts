import crypto from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { auditChainHeads, auditEvents } from "@/lib/db/schema";
import { recordAudit, verifyAuditChains } from "@/lib/audit/queries";
import { hashEvent, hashEventLegacy, macHead } from "@/lib/audit/chain";
import { asOwner, chainRows, rewriteChain, setHead, sha256 } from "./tamper";

// Issue 9, finding 14: with write access to the database but not the data key, rewriting the audit
// chain, recomputing it with plain SHA-256 (or another key) or cutting its tail must be reported.
let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());
afterEach(() => {
  delete process.env.OMATIETO_DEMO;
});

async function fill(n: number): Promise<string> {
  const org = crypto.randomUUID();
  for (let i = 0; i < n; i++) {
    await h.db.transaction(async (tx) => {
      await recordAudit(tx, { organisationId: org, actorId: null, actorRole: "system", action: `step_${i}`, payload: { i } });
    });
  }
  return org;
}
const reportOf = async (chain: string) => (await verifyAuditChains(h.db)).find((r) => r.chain === chain)!;

describe("keyed audit chain with an anchored head", () => {
  it("verifies an intact chain and anchors it at its last event", async () => {
    const org = await fill(4);
    const rows = await chainRows(h.db, org);
    const report = await reportOf(org);
    expect(report).toMatchObject({ status: "intact", events: 4, legacyEvents: 0 });
    expect(report.head).toEqual({ lastEventId: rows[3].id, eventCount: 4, headHash: rows[3].hash });
    expect(report.firstBroken).toBeUndefined();
  });

  it("detects a cut tail (the newest events deleted by the owner)", async () => {
    const org = await fill(5);
    const rows = await chainRows(h.db, org);
    await asOwner(h.db, () => h.db.delete(auditEvents).where(inArray(auditEvents.id, [rows[3].id, rows[4].id])));
    const report = await reportOf(org);
    expect(report.status).toBe("broken");
    expect(report.firstBroken?.reason).toMatch(/cut or added/);
  });

  it("detects a cut tail whose head was moved back with a forged MAC", async () => {
    const org = await fill(5);
    const rows = await chainRows(h.db, org);
    await asOwner(h.db, async () => {
      await h.db.delete(auditEvents).where(inArray(auditEvents.id, [rows[3].id, rows[4].id]));
      await setHead(h.db, org, { lastEventId: rows[2].id, eventCount: 3, headHash: rows[2].hash, mac: sha256(rows[2].hash) });
    });
    expect((await reportOf(org)).firstBroken?.reason).toMatch(/MAC/);
    // The app refuses to extend (and so re-MAC) a head that does not verify.
    await expect(recordAudit(h.db, { organisationId: org, actorId: null, actorRole: "system", action: "after" })).rejects.toThrow(/head does not verify/);
  });

  it("detects a deleted head together with a cut tail, and the app does not re-anchor it", async () => {
    const org = await fill(4);
    const rows = await chainRows(h.db, org);
    await asOwner(h.db, async () => {
      await h.db.delete(auditEvents).where(eq(auditEvents.id, rows[3].id));
      await h.db.delete(auditChainHeads).where(eq(auditChainHeads.chain, org));
    });
    expect((await reportOf(org)).firstBroken?.reason).toMatch(/without an anchored head/);
    await expect(recordAudit(h.db, { organisationId: org, actorId: null, actorRole: "system", action: "after" })).rejects.toThrow(/without an anchored head/);
  });

  it("detects a rewrite recomputed with plain SHA-256, with or without the head", async () => {
    const org = await fill(4);
    const edit = (r: typeof auditEvents.$inferSelect) => (r.action === "step_1" ? { ...r, payload: { i: 99 } } : r);
    let last = "";
    await asOwner(h.db, async () => {
      last = await rewriteChain(h.db, org, edit, hashEventLegacy);
    });
    const report = await reportOf(org);
    expect(report.status).toBe("broken");
    expect(report.firstBroken?.reason).toMatch(/plain SHA-256/);
    // Moving the head to the rewritten chain needs its MAC, which SHA-256 cannot give.
    await asOwner(h.db, () => setHead(h.db, org, { headHash: last, mac: sha256(last) }));
    expect((await reportOf(org)).firstBroken?.reason).toMatch(/MAC/);

    await asOwner(h.db, () => h.db.delete(auditChainHeads).where(eq(auditChainHeads.chain, org)));
    // A chain of plain SHA-256 events with no head is never reported intact.
    expect((await reportOf(org)).status).toBe("legacy");
    await expect(recordAudit(h.db, { organisationId: org, actorId: null, actorRole: "system", action: "after" })).rejects.toThrow();
  });

  it("detects a rewrite recomputed with a wrong key, head MAC included", async () => {
    const org = await fill(4);
    const wrong = crypto.randomBytes(32);
    await asOwner(h.db, async () => {
      const last = await rewriteChain(h.db, org, (r) => (r.action === "step_2" ? { ...r, payload: { i: -1 } } : r), (e) => hashEvent(e, wrong));
      const [head] = await h.db.select().from(auditChainHeads).where(eq(auditChainHeads.chain, org));
      const forged = { ...head, headHash: last };
      await setHead(h.db, org, { headHash: last, mac: macHead(forged, wrong) });
    });
    const report = await reportOf(org);
    expect(report.status).toBe("broken");
    expect(report.firstBroken?.reason).toMatch(/MAC/);
    // The same rewrite verifies only under the key it was made with: the key is what protects.
    const withWrongKey = (await verifyAuditChains(h.db, { key: wrong })).find((r) => r.chain === org)!;
    expect(withWrongKey.status).toBe("intact");
  });

  it("keeps one valid chain under concurrent appends", async () => {
    const org = crypto.randomUUID();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.db.transaction(async (tx) => {
          await recordAudit(tx, { organisationId: org, actorId: null, actorRole: "system", action: `c_${i}` });
        }),
      ),
    );
    expect(await reportOf(org)).toMatchObject({ status: "intact", events: 20, head: { eventCount: 20 } });
  });
});

describe("legacy chains hashed with plain SHA-256 (demo data folders of older versions)", () => {
  async function legacyChain(n: number): Promise<string> {
    const org = crypto.randomUUID();
    for (let i = 0; i < n; i++) {
      await h.db.insert(auditEvents).values({ chain: org, organisationId: org, actorRole: "system", action: `old_${i}`, prevHash: "x", hash: "x" });
    }
    await asOwner(h.db, () => rewriteChain(h.db, org, (r) => ({ ...r, at: new Date(r.at) }), hashEventLegacy));
    return org;
  }

  it("are reported as legacy, adopted only in demo mode, and then protected by the first keyed link", async () => {
    const org = await legacyChain(3);
    expect(await reportOf(org)).toMatchObject({ status: "legacy", events: 3, legacyEvents: 3 });
    await expect(recordAudit(h.db, { organisationId: org, actorId: null, actorRole: "system", action: "new" })).rejects.toThrow();

    process.env.OMATIETO_DEMO = "1";
    await recordAudit(h.db, { organisationId: org, actorId: null, actorRole: "system", action: "new" });
    expect(await reportOf(org)).toMatchObject({ status: "intact", events: 4, legacyEvents: 3 });

    // Rewriting a legacy event (recomputed with SHA-256) no longer links to the keyed event after it.
    await asOwner(h.db, async () => {
      const rows = await chainRows(h.db, org);
      let prev = "0".repeat(64);
      for (const r of rows.slice(0, 3)) {
        const x = { ...r, prevHash: prev, payload: r.action === "old_0" ? { forged: true } : r.payload };
        x.hash = hashEventLegacy(x);
        await h.db.update(auditEvents).set({ payload: x.payload, prevHash: x.prevHash, hash: x.hash }).where(eq(auditEvents.id, r.id));
        prev = x.hash;
      }
    });
    expect((await reportOf(org)).firstBroken?.reason).toMatch(/prev_hash/);
  });
});
