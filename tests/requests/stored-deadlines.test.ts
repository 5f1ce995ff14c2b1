/**
 * The dates stored with a filed request follow LEGAL.md §1 exactly: every vector of the table, taken
 * in as letters with the real receipt date, plus the Helsinki-midnight case through the portal path.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { fileRequest } from "@/lib/requests/queries";
import { computeExtendedDeadline } from "@/lib/deadlines";
import { makeOrg, makeStaff } from "./fixtures";

const VECTORS: Array<[received: string, due: string, extended: string]> = [
  ["2026-03-05", "2026-04-07", "2026-06-05"],
  ["2026-01-31", "2026-03-02", "2026-04-28"],
  ["2024-01-31", "2024-02-29", "2024-04-29"],
  ["2026-08-31", "2026-09-30", "2026-11-30"],
  ["2026-11-06", "2026-12-07", "2027-02-08"],
  ["2026-12-06", "2027-01-07", "2027-03-08"],
  ["2026-11-25", "2026-12-28", "2027-02-25"],
  ["2026-05-14", "2026-06-15", "2026-08-14"],
  ["2026-06-19", "2026-07-20", "2026-09-21"],
  ["2025-12-24", "2026-01-26", "2026-03-24"],
];

let h: DbHandle;
let ctx: { orgId: string; regId: string; staffId: string };
beforeAll(async () => {
  h = await createTestDb();
  const { org, reg } = await makeOrg(h.db);
  const staff = await makeStaff(h.db, org.id);
  ctx = { orgId: org.id, regId: reg.id, staffId: staff.id };
});
afterAll(async () => {
  await h?.close();
});

const letter = (receivedAt: Date) => ({
  organisationId: ctx.orgId,
  userId: null,
  type: "access" as const,
  details: { type: "access" as const, registerIds: [ctx.regId], formats: ["pdf" as const] },
  channel: "letter" as const,
  receivedAt,
  locale: "fi" as const,
  subjectName: "Kirjeen lähettäjä",
  subjectEmail: null,
  personIds: [],
  actor: { id: ctx.staffId, role: "staff" as const },
});

describe("stored deadlines = LEGAL.md §1", () => {
  it.each(VECTORS)("received %s → due %s, extended %s", async (received, due, extended) => {
    // 09:00 Helsinki on the day of receipt (winter or summer time alike).
    const r = await fileRequest(h.db, letter(new Date(`${received}T06:00:00Z`)));
    expect(r.receivedOn).toBe(received);
    expect(r.dueOn).toBe(due);
    expect(computeExtendedDeadline({ receivedOn: r.receivedOn, baseDueOn: r.baseDueOn, pausedDays: r.pausedDays })).toBe(extended);
    expect(r.targetOn <= r.dueOn).toBe(true);
  });

  it("a submission at 2026-03-04T23:30:00Z is received on 2026-03-05 (Helsinki)", async () => {
    const r = await fileRequest(h.db, letter(new Date("2026-03-04T23:30:00Z")));
    expect(r.receivedOn).toBe("2026-03-05");
    expect(r.dueOn).toBe("2026-04-07");
    expect(r.reference).toMatch(/-2026-\d{4}$/);
  });
});
