import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { seedId } from "@/lib/seed/ids";
import { auditEvents, requests, users } from "@/lib/db/schema";
import { postSubjectMessage } from "@/lib/requests/queries-subject";
import { addDays, computeDeadline } from "@/lib/deadlines";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
  await seedDatabase(h.db);
});
afterAll(async () => h?.close());

describe("the subject's reply ends the clock pause (LEGAL.md §1)", () => {
  it("adds the paused days to the deadline and puts the request back in the queue", async () => {
    const id = seedId("request", "TKL-2026-0013");
    const [before] = await h.db.select().from(requests).where(eq(requests.id, id));
    expect(before.status).toBe("awaiting_subject");
    expect(before.pausedSince).not.toBeNull();
    const [owner] = await h.db.select().from(users).where(eq(users.email, "olga.ivanova@example.net"));
    expect(before.userId).toBe(owner.id);
    await postSubjectMessage(h.db, owner.id, { requestId: id, body: "Tässä pyytämänne tarkennus." });
    const [after] = await h.db.select().from(requests).where(eq(requests.id, id));
    expect(after.status).not.toBe("awaiting_subject");
    expect(after.pausedSince).toBeNull();
    expect(after.pausedDays).toBeGreaterThan(before.pausedDays);
    expect(after.dueOn).toBe(computeDeadline({ receivedOn: after.receivedOn, pausedDays: after.pausedDays }).dueOn);
    expect(after.dueOn >= addDays(before.dueOn, 0)).toBe(true);
    const events = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, id), eq(auditEvents.action, "clock_resumed")));
    expect(events).toHaveLength(1);
  });
});
