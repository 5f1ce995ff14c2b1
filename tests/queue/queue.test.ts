import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createRequest, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { listQueue, listQueueFilterOptions } from "@/lib/queue/queries";
import { decodeCursor, encodeCursor } from "@/lib/queue/cursor";
import { parseQueueFilters, queueSearch } from "@/lib/queue/schema";
import { endOfWeek, viewDeadline } from "@/lib/queue/deadline-view";

let h: DbHandle;
let a: Org;
let b: Org;
const TODAY = "2026-04-08"; // a Wednesday

beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "AAA");
  b = await createOrg(h.db, "BBB");
  // Org A: 60 requests received on spread dates; some extended, some closed, some assigned.
  for (let i = 0; i < 60; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    await createRequest(h.db, a, {
      receivedOn: `2026-03-${day}`,
      type: i % 3 === 0 ? "erasure" : "access",
      status: i % 10 === 9 ? "completed" : i % 4 === 1 ? "in_progress" : "new",
      closedAt: i % 10 === 9 ? new Date("2026-03-30T10:00:00Z") : null,
      assigneeId: i % 4 === 1 ? a.staff.id : null,
      extendedDueOn: i % 15 === 0 ? "2026-06-30" : null,
    });
  }
  for (let i = 0; i < 10; i++) await createRequest(h.db, b, { receivedOn: "2026-03-02" });
});
afterAll(async () => h?.close());

const all = async (org: Org, filters: Record<string, string | undefined>, limit = 7) => {
  const out = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listQueue(h.db, org.staff, parseQueueFilters({ ...filters, cursor }), { today: TODAY, limit });
    out.push(...page.rows);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
};

describe("staff queue", () => {
  it("shows only the actor's organisations, also when the filter names another one", async () => {
    const rows = await all(a, { status: "all" });
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => r.organisationId === a.id)).toBe(true);
    const foreign = await listQueue(h.db, a.staff, parseQueueFilters({ org: b.id, status: "all" }), { today: TODAY });
    expect(foreign.rows).toHaveLength(0);
    const subject = await listQueue(h.db, { ...a.staff, role: "subject" }, parseQueueFilters({}), { today: TODAY });
    expect(subject.rows).toHaveLength(0);
  });

  it("keyset pagination returns every row once, in (effective due, id) order", async () => {
    const rows = await all(a, { status: "all" }, 7);
    expect(new Set(rows.map((r) => r.id)).size).toBe(60);
    const db = await h.db
      .select({ id: requests.id, due: sql<string>`coalesce(${requests.extendedDueOn}, ${requests.dueOn})` })
      .from(requests)
      .where(sql`${requests.organisationId} = ${a.id}`)
      .orderBy(sql`coalesce(${requests.extendedDueOn}, ${requests.dueOn})`, requests.id);
    expect(rows.map((r) => r.id)).toEqual(db.map((r) => r.id));
    expect(rows.map((r) => r.effectiveDue)).toEqual(db.map((r) => String(r.due)));
    expect(rows.filter((r) => r.extendedDueOn).every((r) => r.effectiveDue === "2026-06-30")).toBe(true);
  });

  it("merges several organisations of one staff member in due order", async () => {
    const both = { ...a.staff, organisationIds: [a.id, b.id] };
    const seen: string[] = [];
    let cursor: string | undefined;
    let dues: string[] = [];
    for (;;) {
      const page = await listQueue(h.db, both, parseQueueFilters({ status: "all", cursor }), { today: TODAY, limit: 9 });
      seen.push(...page.rows.map((r) => r.id));
      dues = dues.concat(page.rows.map((r) => r.effectiveDue));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(70);
    expect([...dues].sort()).toEqual(dues);
  });

  it("filters by status, type, assignee, overdue and due this week", async () => {
    const open = await all(a, {});
    expect(open).toHaveLength(54);
    expect(open.every((r) => r.status !== "completed")).toBe(true);
    const erasure = await all(a, { type: "erasure", status: "all" });
    expect(erasure).toHaveLength(20);
    const mine = await all(a, { assignee: "me" });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.assigneeId === a.staff.id)).toBe(true);
    const byPerson = await all(a, { assignee: a.staff.id });
    expect(byPerson.map((r) => r.id)).toEqual(mine.map((r) => r.id));
    const unassigned = await all(a, { assignee: "unassigned" });
    expect(unassigned.every((r) => r.assigneeId === null)).toBe(true);
    expect(unassigned.length + mine.length).toBe(54);
    const inProgress = await all(a, { status: "in_progress" });
    expect(inProgress.every((r) => r.status === "in_progress")).toBe(true);

    const overdue = await all(a, { due: "overdue" });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((r) => r.effectiveDue < TODAY)).toBe(true);
    expect(overdue.every((r) => viewDeadline(TODAY, r.effectiveDue).badge === "overdue")).toBe(true);
    const week = await all(a, { due: "this_week" });
    expect(week.length).toBeGreaterThan(0);
    expect(week.every((r) => r.effectiveDue >= TODAY && r.effectiveDue <= "2026-04-12")).toBe(true);
  });

  it("lists filter options of the actor's organisations only", async () => {
    const opts = await listQueueFilterOptions(h.db, a.staff);
    expect(opts.organisations.map((o) => o.id)).toEqual([a.id]);
    expect(opts.staff.map((s) => s.id).sort()).toEqual([a.admin.id, a.staff.id, a.staff2.id].sort());
  });

  it("uses an ordered index scan (no sort of all rows) with the proposed indexes", async () => {
    await h.db.execute(sql.raw(`create index if not exists requests_queue_due_idx on requests (organisation_id, (coalesce(extended_due_on, due_on)), id)`));
    await h.db.execute(sql.raw(`create index if not exists requests_queue_open_idx on requests (organisation_id, (coalesce(extended_due_on, due_on)), id) where closed_at is null`));
    await h.db.execute(sql.raw(`insert into requests (reference, organisation_id, type, status, subject_name, received_at, received_on, base_due_on, due_on, target_on, details)
      select 'bulk-' || g, '${b.id}', 'access', 'new', 'x', now(), date '2025-01-01' + (g % 400), date '2025-02-01' + (g % 400), date '2025-02-01' + (g % 400), date '2025-01-22' + (g % 400), '{"type":"access","registerIds":[],"formats":["pdf"]}'
      from generate_series(1, 20000) g`));
    await h.db.execute(sql.raw(`analyze requests`));
    const cursor = "2025-06-01";
    const plan = rowsOf<Record<string, string>>(
      await h.db.execute(sql.raw(`explain select id from requests where organisation_id = '${b.id}' and closed_at is null
        and (coalesce(extended_due_on, due_on), id) > ('${cursor}'::date, '00000000-0000-0000-0000-000000000000'::uuid)
        order by coalesce(extended_due_on, due_on), id limit 26`)),
    )
      .map((r) => Object.values(r)[0])
      .join("\n");
    expect(plan).toMatch(/Index (Only )?Scan using requests_queue_(open|due)_idx/);
    expect(plan).not.toMatch(/\bSort\b/);
  });
});

describe("queue helpers", () => {
  it("round-trips the cursor and ignores tampered ones", () => {
    const c = { due: "2026-04-07", id: "0b5b7c1e-1234-4abc-8def-0123456789ab" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor("garbage")).toBeNull();
    expect(decodeCursor(Buffer.from("2026-04-07_x' or 1=1").toString("base64url"))).toBeNull();
  });

  it("parses filters leniently and builds next-page links", () => {
    expect(parseQueueFilters({ status: "nonsense", type: "bogus", org: "x" })).toMatchObject({ status: "open", type: undefined, org: undefined });
    expect(queueSearch({ status: "open", type: "erasure" }, "abc")).toBe("?type=erasure&status=open&cursor=abc");
  });

  it("computes badges: ≥10 green, <10 amber, <5 red, overdue", () => {
    expect(viewDeadline("2026-04-01", "2026-04-11").badge).toBe("green");
    expect(viewDeadline("2026-04-01", "2026-04-10").badge).toBe("amber");
    expect(viewDeadline("2026-04-01", "2026-04-06").badge).toBe("amber");
    expect(viewDeadline("2026-04-01", "2026-04-05").badge).toBe("red");
    expect(viewDeadline("2026-04-01", "2026-04-04").badge).toBe("red");
    expect(viewDeadline("2026-04-01", "2026-04-01").badge).toBe("red");
    expect(viewDeadline("2026-04-01", "2026-03-29")).toEqual({ daysLeft: -3, badge: "overdue", daysOverdue: 3 });
    expect(endOfWeek("2026-04-01")).toBe("2026-04-05");
    expect(endOfWeek("2026-04-05")).toBe("2026-04-05");
  });
});
