import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { createOrg, createPerson, createRequest, createUser, type Org } from "./fixtures";
import type { DbHandle } from "@/lib/db/client";
import type { RequestDetails } from "@/lib/db/types";
import { auditEvents, emailOutbox, messages, reports, requests, tasks } from "@/lib/db/schema";
import { processOutbox } from "@/lib/mail/queries";
import { verifyAuditChains } from "@/lib/audit/queries";
import { openText } from "@/lib/crypto";
import { computeDeadline } from "@/lib/deadlines";
import { askForInformation, completeRequest, executeErasure, getRequestView, markTaskDone, recordInPersonCheck } from "@/lib/workflow/queries";
import { fileRequest } from "@/lib/requests/queries";
import { postSubjectMessage } from "@/lib/requests/queries-subject";
import { releaseReport } from "@/lib/reports/queries";
import { listQueue } from "@/lib/queue/queries";
import { pauseReminderKinds, runPauseReminders } from "@/lib/jobs/pause-reminders";
import { reason } from "../support/refusal";

let h: DbHandle;
let smtp: SmtpBox;
let a: Org;

beforeAll(async () => {
  h = await createTestDb();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  a = await createOrg(h.db, "CLK");
});
afterAll(async () => {
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
});

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const load = async (id: string) => (await h.db.select().from(requests).where(eq(requests.id, id)))[0];
const actions = async (id: string) => (await h.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.requestId, id))).map((e) => e.action);
async function deliver(address: string, template: string, requestId: string) {
  const rows = await h.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, address), eq(emailOutbox.template, template), eq(emailOutbox.requestId, requestId)));
  expect(rows, `${template} to ${address}`).toHaveLength(1);
  await processOutbox(h.db, { onlyIds: [rows[0].id] });
  return smtp.waitFor((m) => toAddress(m) === address && m.messageId === rows[0].messageId);
}

/** A letter taken in by staff: the real filing path, unassigned. */
const fileByLetter = (details: RequestDetails, personId: string) =>
  fileRequest(h.db, {
    organisationId: a.id,
    userId: null,
    type: details.type,
    details,
    channel: "letter",
    receivedAt: at("2026-03-05"),
    locale: "fi",
    subjectName: "Aino Virtanen",
    subjectEmail: null,
    personIds: [personId],
    actor: { id: a.staff.id, role: "staff" },
  });

describe("pauses end on every path (LEGAL.md §1)", () => {
  it("verifying answers an identity question: the pause ends and the paused days move the deadline", async () => {
    const subject = await createUser(h.db, "subject");
    const p = await createPerson(h.db, a, { userId: subject.id });
    const r = await createRequest(h.db, a, { userId: subject.id, subjectEmail: subject.email, personIds: [p.id], receivedOn: "2025-03-05", status: "in_progress", assigneeId: a.staff.id });
    await askForInformation(h.db, a.staff, { requestId: r.id, reason: "identity", message: "Vahvistathan henkilöllisyytesi.", pauseClock: true }, { now: at("2025-03-06") });
    expect((await load(r.id)).pauseReason).toBe("identity");
    // The subject comes to the office with an ID card: no message is written, the verification answers.
    await recordInPersonCheck(h.db, a.staff, { requestId: r.id }, { now: at("2025-03-16") });
    const after = await load(r.id);
    expect(after.pausedSince).toBeNull();
    expect(after.pauseReason).toBeNull();
    expect(after.status).toBe("in_progress");
    expect(after.pausedDays).toBe(10);
    expect(after.dueOn).toBe("2025-04-15");
    expect(after.dueOn).toBe(computeDeadline({ receivedOn: "2025-03-05", pausedDays: 10 }).dueOn);
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "request.resumed")));
    expect(ev.payload).toMatchObject({ byVerification: true, addedDays: 10 });
  });

  it("verifying does not end a pause for clarification (Recital 63)", async () => {
    const subject = await createUser(h.db, "subject");
    const r = await createRequest(h.db, a, { userId: subject.id, subjectEmail: subject.email, status: "in_progress" });
    await askForInformation(h.db, a.staff, { requestId: r.id, reason: "clarification", message: "Mitä tietoja tarkoitat?", pauseClock: true }, { now: at("2026-03-06") });
    await recordInPersonCheck(h.db, a.staff, { requestId: r.id }, { now: at("2026-03-09") });
    const after = await load(r.id);
    expect(after.status).toBe("awaiting_subject");
    expect(after.pausedSince).not.toBeNull();
  });

  it("a request without an account paused for identity resumes on the in-person check", async () => {
    const r = await createRequest(h.db, a, { userId: null, status: "in_progress" });
    await askForInformation(h.db, a.staff, { requestId: r.id, reason: "identity", message: "Tule käymään.", pauseClock: true }, { now: at("2026-03-06") });
    await recordInPersonCheck(h.db, a.staff, { requestId: r.id }, { now: at("2026-03-10") });
    const after = await load(r.id);
    // Back in the queue as it was before the question (unassigned: "new").
    expect([after.status, after.pausedDays, after.pausedSince]).toEqual(["new", 4, null]);
  });
});

describe("reminders for paused requests", () => {
  it("chases the subject after 7 days and tells staff after 14, once per pause", () => {
    expect(pauseReminderKinds(6, 7, 14)).toEqual([]);
    expect(pauseReminderKinds(7, 7, 14)).toEqual(["paused_subject"]);
    expect(pauseReminderKinds(14, 7, 14)).toEqual(["paused_subject", "paused_staff"]);
  });

  it("a 14-day pause yields a reminder to the subject and one to the handler, over SMTP, never twice", async () => {
    const subject = await createUser(h.db, "subject");
    const r = await createRequest(h.db, a, { userId: subject.id, subjectEmail: subject.email, status: "in_progress", assigneeId: a.staff2.id, receivedOn: "2026-04-01" });
    await askForInformation(h.db, a.staff, { requestId: r.id, reason: "identity", message: "Tarvitsemme vahvistuksen.", pauseClock: true }, { now: at("2026-04-02") });
    const mine = async (template: string) =>
      h.db.select().from(emailOutbox).where(and(eq(emailOutbox.requestId, r.id), eq(emailOutbox.template, template)));
    await runPauseReminders(h.db, "2026-04-08");
    expect(await mine("paused_reminder")).toHaveLength(0);
    const run = await runPauseReminders(h.db, "2026-04-16");
    expect(run.subjects).toBeGreaterThanOrEqual(1);
    expect(run.staff).toBeGreaterThanOrEqual(1);
    const toSubject = await deliver(subject.email, "paused_reminder", r.id);
    expect(toSubject.text).toContain(r.reference);
    expect(toSubject.text).not.toContain("Tarvitsemme vahvistuksen");
    const toStaff = await deliver(a.staff2.email, "staff_paused", r.id);
    expect(toStaff.text).toContain(r.reference);
    expect(toStaff.text).not.toContain("Aino");
    // Only the assignee is told; a rerun (another instance, a later tick) sends nothing more.
    expect(await mine("staff_paused")).toHaveLength(1);
    await runPauseReminders(h.db, "2026-04-20");
    expect(await mine("paused_reminder")).toHaveLength(1);
    expect(await mine("staff_paused")).toHaveLength(1);
  });
});

describe("the subject writes", () => {
  it("staff are emailed (reference only) and the queue shows an unread marker until the request is opened", async () => {
    const subject = await createUser(h.db, "subject");
    const r = await createRequest(h.db, a, { userId: subject.id, subjectEmail: subject.email, status: "new", subjectName: "Salainen Nimi" });
    await postSubjectMessage(h.db, subject.id, { requestId: r.id, body: "Lisätieto: asuin Turussa 2019." });
    // Unassigned: every handler of the organisation hears of it.
    for (const who of [a.staff, a.staff2]) {
      const mail = await deliver(who.email, "staff_subject_message", r.id);
      expect(mail.text).toContain(r.reference);
      expect(mail.text).not.toContain("Turussa");
      expect(mail.text).not.toContain("Salainen");
    }
    const row = async () => (await listQueue(h.db, a.staff, { status: "open" } as never, { today: "2026-03-06", limit: 200 })).rows.find((x) => x.id === r.id);
    expect((await row())?.unreadFromSubject).toBe(true);
    await getRequestView(h.db, a.staff, r.id);
    expect((await row())?.unreadFromSubject).toBe(false);
    const [m] = await h.db.select().from(messages).where(eq(messages.requestId, r.id));
    expect(m.readAt).not.toBeNull();
  });
});

describe("processor tasks exist from filing", () => {
  it("an unassigned erasure gets its processor and recipient tasks when filed and cannot complete while they are open", async () => {
    const p = await createPerson(h.db, a);
    const r = await fileByLetter({ type: "erasure", scope: "everything", categories: [], ground: "no_longer_necessary" }, p.id);
    const made = await h.db.select().from(tasks).where(eq(tasks.requestId, r.id));
    expect(made.map((t) => [t.title, t.action]).sort()).toEqual([
      ["FloMembers", "erase_external"],
      ["Viranomainen", "notify_recipient"],
    ]);
    expect(await actions(r.id)).toEqual(["request_filed", "tasks.created"]);
    expect((await load(r.id)).assigneeId).toBeNull();
    const present = (await getRequestView(h.db, a.staff, r.id)).persons[0].categories;
    await executeErasure(h.db, a.staff, { requestId: r.id, plan: present.map((c) => ({ category: c, action: "erase" as const })) });
    expect(await reason(completeRequest(h.db, a.staff, { requestId: r.id }))).toBe("tasks_open");
    for (const t of made) await markTaskDone(h.db, a.staff, { requestId: r.id, taskId: t.id });
    await completeRequest(h.db, a.staff, { requestId: r.id });
    expect((await load(r.id)).status).toBe("completed");
  });

  it("a request made before tasks came at filing gets them on completion, which then waits for them", async () => {
    const p = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, { type: "restriction", personIds: [p.id], details: { type: "restriction", ground: "a", explanation: "x", registerIds: [] } });
    expect(await h.db.select().from(tasks).where(eq(tasks.requestId, r.id))).toHaveLength(0);
    await completeRequest(h.db, a.staff, { requestId: r.id }).catch(() => undefined);
    expect(await h.db.select().from(tasks).where(eq(tasks.requestId, r.id))).toHaveLength(2);
  });
});

describe("release waits for data-gathering tasks", () => {
  it("refuses release while 'fetch the data from Clara' is open; an override needs a reason and is audited", async () => {
    const p = await createPerson(h.db, a);
    const r = await fileByLetter({ type: "access", registerIds: [a.registerId], formats: ["pdf"] }, p.id);
    const [clara] = await h.db.select().from(tasks).where(eq(tasks.requestId, r.id));
    expect([clara.title, clara.action, clara.status]).toEqual(["Clara", "access_external", "open"]);
    const [rep] = await h.db.insert(reports).values({ requestId: r.id, format: "pdf", locale: "fi", status: "ready", progress: 100 }).returning();
    const actor = { id: a.staff.id, role: "staff" as const, organisationIds: [a.id] };
    expect(await reason(releaseReport(h.db, { reportId: rep.id, actor }))).toBe("gathering_tasks_open");
    expect(await reason(releaseReport(h.db, { reportId: rep.id, actor, overrideReason: "lyhyt" }))).toBe("gathering_tasks_open");
    const released = await releaseReport(h.db, { reportId: rep.id, actor, overrideReason: "Clara on poistettu käytöstä; tiedot ovat jo raportissa." });
    expect(released.releasedAt).not.toBeNull();
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "report_released")));
    expect(ev.payload).toMatchObject({ overrodeOpenTasks: 1 });
    expect(JSON.parse(openText(ev.sealed!, a.id))).toEqual({ overrideReason: "Clara on poistettu käytöstä; tiedot ovat jo raportissa." });
  });

  it("releases without a reason once the gathering task is done", async () => {
    const p = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, { personIds: [p.id] });
    await h.db.insert(tasks).values({ requestId: r.id, kind: "manual", action: "access_external", title: "Clara", status: "done" });
    const [rep] = await h.db.insert(reports).values({ requestId: r.id, format: "pdf", locale: "fi", status: "ready", progress: 100 }).returning();
    const released = await releaseReport(h.db, { reportId: rep.id, actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } });
    expect(released.releasedAt).not.toBeNull();
  });

  it("keeps every audit chain intact", async () => {
    for (const c of await verifyAuditChains(h.db)) expect(c.status).toBe("intact");
  });
});
