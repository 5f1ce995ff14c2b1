import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { createOrg, createRequest, type Org } from "../workflow/fixtures";
import { openPostgres, type DbHandle } from "@/lib/db/client";
import { emailOutbox, remindersSent, users } from "@/lib/db/schema";
import { processOutbox } from "@/lib/mail/queries";
import { reminderKind, runDailyDigest, runReminders } from "@/lib/jobs/reminders";

let h: DbHandle & { url?: string };
let smtp: SmtpBox;
let org: Org;
const TODAY = "2026-04-08";
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await createTestDb();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  org = await createOrg(h.db, "REM");
  await h.db.update(users).set({ locale: "sv" }).where(eq(users.id, org.staff2.id));
  const mk = async (key: string, dueOn: string, extra: Parameters<typeof createRequest>[2] = {}) => {
    ids[key] = (await createRequest(h.db, org, { dueOn, ...extra })).id;
  };
  await mk("in7", "2026-04-15", { assigneeId: org.staff.id, status: "in_progress" });
  await mk("in2", "2026-04-10");
  await mk("in5", "2026-04-13", { assigneeId: org.staff.id });
  await mk("overdue", "2026-04-06", { assigneeId: org.staff.id });
  await mk("far", "2026-05-20");
  await mk("paused", "2026-04-10", { pausedSince: new Date("2026-04-01T10:00:00Z"), status: "awaiting_subject" });
  await mk("closed", "2026-04-10", { status: "completed", closedAt: new Date() });
  await mk("extended", "2026-04-01", { extendedDueOn: "2026-06-01" });
});
afterAll(async () => {
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
});

const queued = async (key: string) => h.db.select().from(emailOutbox).where(eq(emailOutbox.requestId, ids[key]));

describe("reminders", () => {
  it("picks the nearest threshold reached, or overdue", () => {
    expect(reminderKind(7, [7, 2])).toBe("due_7");
    expect(reminderKind(5, [7, 2])).toBe("due_7");
    expect(reminderKind(2, [7, 2])).toBe("due_2");
    expect(reminderKind(0, [7, 2])).toBe("due_2");
    expect(reminderKind(8, [7, 2])).toBeNull();
    expect(reminderKind(-1, [7, 2])).toBe("overdue");
  });

  it("emails the assignee, or every handler when unassigned, each reminder once", async () => {
    const first = await runReminders(h.db, TODAY);
    expect(first.claimed).toBe(4);
    const in7 = await queued("in7");
    expect(in7.map((m) => [m.template, m.toAddress])).toEqual([["staff_due_soon", org.staff.email]]);
    const in2 = await queued("in2");
    expect(in2.map((m) => m.toAddress).sort()).toEqual([org.admin.email, org.staff.email, org.staff2.email].sort());
    expect(in2.find((m) => m.toAddress === org.staff2.email)?.locale).toBe("sv");
    expect((await queued("in5")).map((m) => m.template)).toEqual(["staff_due_soon"]);
    expect((await queued("overdue")).map((m) => m.template)).toEqual(["staff_overdue"]);
    for (const k of ["far", "paused", "closed", "extended"]) expect(await queued(k)).toHaveLength(0);

    const again = await runReminders(h.db, TODAY);
    expect(again).toEqual({ claimed: 0, emails: 0 });

    await processOutbox(h.db, { limit: 100 });
    const overdueMail = await smtp.waitFor((m) => toAddress(m) === org.staff.email && /overdue|myöhässä|försenad/i.test(m.subject ?? ""));
    expect(overdueMail.text).toContain("2");
    const sv = await smtp.waitFor((m) => toAddress(m) === org.staff2.email);
    expect(sv.subject).toContain("Påminnelse");
  });

  it("the next threshold and a new due date after an extension each get their own reminder", async () => {
    // Two days later the 7-day reminders move to the 2-day one for "in5" (due in 3 days: not yet) and "in7" (5 days: nothing new).
    const later = await runReminders(h.db, "2026-04-11");
    const kinds = await h.db.select().from(remindersSent).where(inArray(remindersSent.requestId, [ids.in5, ids.in7, ids.in2, ids.overdue]));
    expect(later.claimed).toBe(2); // in5 reaches 2 days (due 13th), in2 becomes overdue
    expect(kinds.filter((k) => k.requestId === ids.in5).map((k) => k.kind).sort()).toEqual(["due_2", "due_7"]);
    expect(kinds.filter((k) => k.requestId === ids.in2).map((k) => k.kind).sort()).toEqual(["due_2", "overdue"]);
    const near = await runReminders(h.db, "2026-05-25");
    const ext = await h.db.select().from(remindersSent).where(eq(remindersSent.requestId, ids.extended));
    expect(ext).toEqual([expect.objectContaining({ kind: "due_7", dueOn: "2026-06-01" })]);
    expect(near.claimed).toBeGreaterThan(0);
  });

  it("two runners at once send each reminder exactly once", async () => {
    const fresh = await createOrg(h.db, "TWO");
    const reqs = await Promise.all(Array.from({ length: 12 }, (_, i) => createRequest(h.db, fresh, { dueOn: i % 2 ? "2026-07-03" : "2026-06-29" })));
    let other: DbHandle | undefined;
    if (h.url) other = await openPostgres(h.url, 3);
    const [x, y] = await Promise.all([runReminders(h.db, "2026-06-28"), runReminders(other?.db ?? h.db, "2026-06-28")]);
    await other?.close();
    // 12 new reminders, plus the first organisation's extended request that is overdue by then.
    expect(x.claimed + y.claimed).toBe(13);
    const claims = await h.db.select().from(remindersSent).where(inArray(remindersSent.requestId, reqs.map((r) => r.id)));
    expect(claims).toHaveLength(12);
    const mails = await h.db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.requestId, reqs.map((r) => r.id)));
    // Unassigned: every handler of the organisation (3) gets one per request.
    expect(mails).toHaveLength(36);
    const perRequest = new Map<string, number>();
    for (const m of mails) perRequest.set(m.requestId!, (perRequest.get(m.requestId!) ?? 0) + 1);
    expect([...perRequest.values()].every((n) => n === 3)).toBe(true);
  });
});

describe("daily digest", () => {
  it("goes to every handler once a day, with counts and references only", async () => {
    const first = await runDailyDigest(h.db, TODAY);
    expect(first.organisations).toBeGreaterThanOrEqual(1);
    const digests = await h.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.template, "staff_daily_digest"), eq(emailOutbox.organisationId, org.id)));
    expect(digests.map((d) => d.toAddress).sort()).toEqual([org.admin.email, org.staff.email, org.staff2.email].sort());
    const fi = digests.find((d) => d.locale === "fi")!;
    expect(fi.text).toMatch(/Avoimia pyyntöjä: 7/);
    expect(fi.text).toContain("myöhässä");
    expect(fi.text).not.toContain("Aino");
    expect(await runDailyDigest(h.db, TODAY)).toEqual({ organisations: 0, emails: 0 });
    const next = await runDailyDigest(h.db, "2026-04-09");
    expect(next.emails).toBeGreaterThanOrEqual(3);
  });
});
