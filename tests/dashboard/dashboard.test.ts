import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createRequest, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";
import { exportRequestsCsv, getDashboardStats, EXPORT_COLUMNS } from "@/lib/dashboard/queries";
import { parseCsv } from "@/lib/persons/csv";

let h: DbHandle;
let a: Org;
let b: Org;
const TODAY = "2026-04-08";

beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "DSA");
  b = await createOrg(h.db, "DSB");
  // Closed on time (10 days), closed late (40 days), rejected on time (4 days), withdrawn (ignored).
  await createRequest(h.db, a, { receivedOn: "2026-01-10", type: "access", status: "completed", closedAt: new Date("2026-01-20T10:00:00Z") });
  await createRequest(h.db, a, { receivedOn: "2026-02-01", type: "erasure", status: "completed", closedAt: new Date("2026-03-13T10:00:00Z") });
  await createRequest(h.db, a, { receivedOn: "2026-03-01", type: "erasure", status: "rejected", closedAt: new Date("2026-03-05T10:00:00Z"), rejectionGround: "no_data" });
  await createRequest(h.db, a, { receivedOn: "2026-03-02", type: "access", status: "withdrawn", closedAt: new Date("2026-03-03T10:00:00Z") });
  // Open: overdue (due 2026-04-07), due this week (received 03-09 → due 04-09), later, and an "=cmd" name to test CSV safety.
  await createRequest(h.db, a, { receivedOn: "2026-03-05", type: "objection", subjectName: "=HYPERLINK(\"x\")" });
  await createRequest(h.db, a, { receivedOn: "2026-03-09", type: "access" });
  await createRequest(h.db, a, { receivedOn: "2026-04-01", type: "rectification" });
  await createRequest(h.db, b, { receivedOn: "2026-03-09", type: "access" });
});
afterAll(async () => h?.close());

describe("dashboard", () => {
  it("counts the organisation's open, this-week and overdue requests, on-time share and median days", async () => {
    const s = await getDashboardStats(h.db, a.staff, { today: TODAY });
    expect(s).toMatchObject({ open: 3, dueThisWeek: 1, overdue: 1, closed: 3 });
    expect(s.onTimePercent).toBeCloseTo(66.7, 1);
    expect(s.medianDaysToClose).toBe(10);
    expect(s.months).toHaveLength(12);
    expect(s.months[11]).toBe("2026-04");
    expect(s.perMonth).toEqual(
      expect.arrayContaining([
        { month: "2026-01", type: "access", count: 1 },
        { month: "2026-03", type: "erasure", count: 1 },
        { month: "2026-03", type: "access", count: 2 },
        { month: "2026-04", type: "rectification", count: 1 },
      ]),
    );
    const other = await getDashboardStats(h.db, b.staff, { today: TODAY });
    expect(other.open).toBe(1);
    expect((await getDashboardStats(h.db, { ...a.staff, role: "subject" }, { today: TODAY })).open).toBe(0);
  });

  it("exports every request of the organisation as CSV, without names, neutralising formulas, audited", async () => {
    let text = "";
    for await (const chunk of exportRequestsCsv(h.db, a.staff, { batch: 3 })) text += chunk;
    const rows = parseCsv(text.replace(/^\ufeff/, ""));
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(1 + 7);
    expect(text).not.toContain("HYPERLINK");
    expect(text).not.toContain("Aino");
    const late = rows.find((r) => r[2] === "erasure" && r[3] === "completed")!;
    expect(late[13]).toBe("no");
    const ev = await h.db.select().from(auditEvents).where(and(eq(auditEvents.action, "requests.exported"), eq(auditEvents.organisationId, a.id)));
    expect(ev).toHaveLength(1);
    let other = "";
    for await (const chunk of exportRequestsCsv(h.db, b.staff)) other += chunk;
    expect(parseCsv(other.replace(/^\ufeff/, ""))).toHaveLength(2);
  });

  it("the fi spreadsheet CSV opens as columns: BOM, ';', Finnish headers and labels, d.m.yyyy, sorted; withdrawn is not on time", async () => {
    let text = "";
    for await (const chunk of exportRequestsCsv(h.db, a.staff, { batch: 2, variant: "spreadsheet", locale: "fi" })) text += chunk;
    expect(text.startsWith("\ufeff")).toBe(true);
    const lines = text.slice(1).split("\r\n").filter(Boolean);
    const header = lines[0].split(";");
    expect(header).toHaveLength(EXPORT_COLUMNS.length);
    expect(header[0]).toBe("Tunnus");
    expect(header).toContain("Käsitelty ajallaan");
    expect(text).not.toMatch(/\b(received_on|in_progress|completed|erasure|portal)\b/);
    const rows = lines.slice(1).map((l) => l.split(";"));
    expect(rows).toHaveLength(7);
    const received = rows.map((r) => r[5]);
    expect(received[0]).toBe("10.1.2026");
    const iso = (d: string) => d.split(".").reverse().map((x) => x.padStart(2, "0")).join("-");
    expect(received.map(iso)).toEqual([...received.map(iso)].sort());
    const withdrawn = rows.find((r) => r[3] === "Peruttu" || r[5] === "2.3.2026")!;
    expect(withdrawn[13]).toBe("");
    const onTime = rows.find((r) => r[5] === "10.1.2026")!;
    expect(onTime[13]).toBe("Kyllä");
  });
});
