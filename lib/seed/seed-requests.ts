import type { DbOrTx } from "../db/client";
import { internalNotes, itemMarks, messages, reports, requestRecords, requests, tasks } from "../db/schema";
import type { RequestDetails } from "../db/types";
import { recordAudit } from "../audit/queries";
import { computeDeadline, computeExtendedDeadline, computeTargetOn, toHelsinkiDate } from "../deadlines";
import { seedPersons } from "./data/persons";
import { SEED_REFERENCE_DATE, seedRequests, type SeedRequest } from "./data/requests";
import { seedId } from "./ids";
import type { SeededOrg } from "./seed-organisations";

const DAY = 86_400_000;

/** Resolve the demo keys in request details to the seeded rows' ids. */
function resolveDetails(d: RequestDetails, org: SeededOrg): RequestDetails {
  const reg = (slugs: string[]) => slugs.map((s) => org.registerIds[s] ?? s);
  switch (d.type) {
    case "access":
    case "restriction":
    case "objection":
    case "portability":
      return { ...d, registerIds: reg(d.registerIds) } as RequestDetails;
    case "rectification":
      return { ...d, items: d.items.map((i) => ({ ...i, personId: seedId("person", i.personId) })) };
    case "consent_withdrawal":
      return { ...d, consentIds: d.consentIds.map((k) => seedId("consent", k.split("#")[0], k)) };
    default:
      return d;
  }
}

function noteBody(personKey: string, noteKey: string): string {
  const p = seedPersons.find((x) => x.key === personKey);
  return p?.caseNotes?.find((n) => n.key === noteKey)?.body ?? "";
}

/**
 * Requests in every status and type. Dates are shifted so the demo stays current: a request that was
 * "due this week" on the reference date is due this week today too. Deadlines come from lib/deadlines.
 */
export async function seedRequestsInto(tx: DbOrTx, orgs: SeededOrg[], accountIds: Record<string, string>, today = new Date()): Promise<void> {
  const shift = Math.round((Date.parse(toHelsinkiDate(today)) - Date.parse(SEED_REFERENCE_DATE)) / DAY) * DAY;
  const staff = (email?: string | null) => (email ? orgs.map((o) => o.staffIds[email]).find(Boolean) ?? null : null);
  for (const r of seedRequests) await seedOne(tx, r, orgs.find((o) => o.slug === r.orgSlug)!, accountIds, shift, staff);
}

async function seedOne(
  tx: DbOrTx,
  r: SeedRequest,
  org: SeededOrg,
  accountIds: Record<string, string>,
  shift: number,
  staff: (email?: string | null) => string | null,
) {
  const id = seedId("request", r.reference);
  const receivedAt = new Date(Date.parse(r.receivedAt) + shift);
  const offset = (days: number) => new Date(receivedAt.getTime() + days * DAY);
  const receivedOn = toHelsinkiDate(receivedAt);
  const pausedDays = r.pausedDays ?? 0;
  const { baseDueOn, dueOn } = computeDeadline({ receivedOn, pausedDays });
  const closed = r.closedOffsetDays !== undefined ? offset(r.closedOffsetDays) : null;
  const inserted = await tx
    .insert(requests)
    .values({
      id,
      reference: r.reference,
      organisationId: org.id,
      userId: r.subjectEmail ? accountIds[r.subjectEmail] ?? null : null,
      type: r.type,
      status: r.status,
      channel: r.channel,
      locale: r.locale,
      subjectName: r.subjectName,
      subjectEmail: r.subjectEmail,
      representativeName: r.representative?.name ?? null,
      representativeRole: r.representative?.role ?? null,
      powerOfAttorneyCheckedAt:
        r.representative?.powerOfAttorneyCheckedOffsetDays != null ? offset(r.representative.powerOfAttorneyCheckedOffsetDays) : null,
      receivedAt,
      receivedOn,
      baseDueOn,
      dueOn,
      targetOn: computeTargetOn(receivedOn, org.data.settings.internalTargetDays),
      extendedDueOn: r.extension ? computeExtendedDeadline({ receivedOn, baseDueOn, pausedDays }) : null,
      extensionReason: r.extension?.reason ?? null,
      extendedAt: r.extension ? offset(r.extension.offsetDays) : null,
      pausedDays,
      pausedSince: r.pausedSinceOffsetDays !== undefined ? offset(r.pausedSinceOffsetDays) : null,
      pauseReason: r.pausedSinceOffsetDays !== undefined ? (r.pauseReason ?? "identity") : null,
      requiredLevel: r.requiredLevel,
      assigneeId: staff(r.assigneeEmail),
      details: resolveDetails(r.details, org),
      decisionReasons: r.decisionReasons ?? null,
      rejectionGround: r.rejectionGround ?? null,
      closedAt: closed,
      createdAt: receivedAt,
      updatedAt: closed ?? receivedAt,
    })
    .onConflictDoNothing()
    .returning({ id: requests.id });
  if (inserted.length === 0) return;
  const personIds = r.personKeys.map((k) => seedId("person", k));
  if (personIds.length) await tx.insert(requestRecords).values(personIds.map((personId) => ({ requestId: id, personId })));
  const subjectId = r.subjectEmail ? accountIds[r.subjectEmail] ?? null : null;
  for (const [i, m] of r.messages.entries()) {
    await tx.insert(messages).values({
      id: seedId("message", r.reference, String(i)),
      requestId: id,
      authorId: m.from === "staff" ? staff(m.authorEmail) : subjectId,
      fromStaff: m.from === "staff",
      body: m.body,
      createdAt: offset(m.offsetDays),
      readAt: m.read ? offset(m.offsetDays + 0.1) : null,
    });
  }
  for (const [i, n] of r.internalNotes.entries()) {
    await tx.insert(internalNotes).values({ id: seedId("inote", r.reference, String(i)), requestId: id, authorId: staff(n.authorEmail), body: n.body, createdAt: offset(n.offsetDays) });
  }
  for (const [i, t] of r.tasks.entries()) {
    await tx.insert(tasks).values({
      id: seedId("task", r.reference, String(i)),
      requestId: id,
      kind: t.kind,
      action: t.action,
      processorId: t.processorKey ? org.processorIds[t.processorKey] ?? null : null,
      title: t.title,
      status: t.status,
      skipReason: t.skipReason ?? null,
      doneBy: staff(t.doneByEmail),
      doneAt: t.doneOffsetDays !== undefined ? offset(t.doneOffsetDays) : null,
      createdAt: offset(t.createdOffsetDays ?? 0),
    });
  }
  for (const [i, m] of (r.itemMarks ?? []).entries()) {
    const body = noteBody(m.personKey, m.noteKey);
    const start = m.match ? body.indexOf(m.match) : -1;
    await tx.insert(itemMarks).values({
      id: seedId("mark", r.reference, String(i)),
      requestId: id,
      kind: m.kind,
      itemType: m.itemType,
      itemId: seedId("note", m.personKey, m.noteKey),
      spans: start >= 0 ? [[start, start + m.match!.length]] : [],
      reason: m.reason,
      createdBy: staff(m.byEmail),
      createdAt: offset(m.offsetDays),
    });
  }
  const report = await seedExpiredReport(tx, r, id, closed, org.data.settings.reportLifetimeDays ?? 30, offset);
  await seedTrail(tx, r, { organisationId: org.id, requestId: id, subjectId, receivedAt, offset, closed, dueOn, staff, report });
}

/**
 * A completed access or portability request of the demo was answered with a released report whose
 * download period has since ended (issue 11 item 8): the subject sees "download expired — ask for a
 * new copy", not a promise with nothing behind it. Only the row: an expired report has no file.
 */
async function seedExpiredReport(tx: DbOrTx, r: SeedRequest, requestId: string, closed: Date | null, lifetimeDays: number, offset: (d: number) => Date) {
  if (!closed || r.status !== "completed" || (r.type !== "access" && r.type !== "portability")) return undefined;
  const releasedAt = new Date(closed.getTime() - 60_000);
  const expiresAt = new Date(releasedAt.getTime() + lifetimeDays * DAY);
  if (expiresAt.getTime() > Date.now()) return undefined;
  const made = r.tasks.find((t) => t.action === "generate_report" && t.doneOffsetDays !== undefined);
  const generatedAt = made ? offset(made.doneOffsetDays!) : new Date(releasedAt.getTime() - 60_000);
  const formats = "formats" in r.details ? (r.details.formats as string[]) : [];
  const format = (formats.find((f) => f === "pdf" || f === "json" || f === "csv") ?? (r.type === "access" ? "pdf" : "json")) as "pdf" | "json" | "csv";
  const id = seedId("report", r.reference);
  await tx
    .insert(reports)
    .values({ id, requestId, format, locale: r.locale, status: "expired", progress: 100, releasedAt, expiresAt, createdAt: generatedAt })
    .onConflictDoNothing();
  return { id, format, generatedAt, releasedAt, expiresAt };
}

type TrailCtx = {
  organisationId: string;
  requestId: string;
  subjectId: string | null;
  receivedAt: Date;
  offset: (days: number) => Date;
  closed: Date | null;
  dueOn: string;
  staff: (email?: string | null) => string | null;
  report?: { id: string; format: string; generatedAt: Date; releasedAt: Date; expiresAt: Date };
};

/**
 * The trail a real request would have left (house rule 6), each event at the moment it happened
 * (issue 11: no step dated the day the seed ran), in time order, without personal data in payloads.
 */
async function seedTrail(tx: DbOrTx, r: SeedRequest, c: TrailCtx) {
  type Ev = { at: Date; actorId: string | null; actorRole: "subject" | "staff" | "system"; action: string; payload: Record<string, unknown> };
  const handler = c.staff(r.assigneeEmail);
  const events: Ev[] = [
    { at: c.receivedAt, actorId: c.subjectId, actorRole: r.channel === "portal" ? "subject" : "staff", action: "request_filed", payload: { type: r.type, channel: r.channel, reference: r.reference, dueOn: c.dueOn, seeded: true } },
  ];
  const staffTimes = [...r.messages.filter((m) => m.from === "staff").map((m) => m.offsetDays), ...r.internalNotes.map((n) => n.offsetDays), ...r.tasks.flatMap((t) => (t.doneOffsetDays !== undefined ? [t.doneOffsetDays] : []))];
  const firstStaff = staffTimes.length ? Math.min(...staffTimes) : undefined;
  if (handler && r.status !== "new" && r.status !== "awaiting_verification") {
    // Taken in hand no later than the first thing a handler did (or half a day after receipt).
    const at = c.offset(Math.max(0.05, Math.min(firstStaff ?? 0.5, 0.5)));
    events.push({ at, actorId: handler, actorRole: "staff", action: "request.assigned", payload: { assigneeId: handler, seeded: true } });
  }
  for (const [i, m] of r.messages.entries()) {
    events.push(
      m.from === "staff"
        ? { at: c.offset(m.offsetDays), actorId: c.staff(m.authorEmail), actorRole: "staff", action: "request.message_sent", payload: { message: i, seeded: true } }
        : { at: c.offset(m.offsetDays), actorId: c.subjectId, actorRole: "subject", action: "message_from_subject", payload: { message: i, seeded: true } },
    );
  }
  for (const [i, t] of r.tasks.entries()) {
    if (t.status === "open" || t.doneOffsetDays === undefined) continue;
    events.push({ at: c.offset(t.doneOffsetDays), actorId: c.staff(t.doneByEmail), actorRole: t.doneByEmail ? "staff" : "system", action: t.status === "done" ? "task.done" : "task.skipped", payload: { task: i, action: t.action, seeded: true } });
  }
  if (r.extension) events.push({ at: c.offset(r.extension.offsetDays), actorId: handler, actorRole: "staff", action: "request.extended", payload: { seeded: true } });
  if (r.pausedSinceOffsetDays !== undefined) {
    events.push({ at: c.offset(r.pausedSinceOffsetDays), actorId: handler, actorRole: "staff", action: "request.info_requested", payload: { paused: true, reason: r.pauseReason ?? "identity", seeded: true } });
  }
  if (c.report) {
    const p = { reportId: c.report.id, format: c.report.format, seeded: true };
    events.push({ at: c.report.generatedAt, actorId: handler, actorRole: "staff", action: "report_generated", payload: p });
    events.push({ at: c.report.releasedAt, actorId: handler, actorRole: "staff", action: "report_released", payload: p });
    events.push({ at: c.report.expiresAt, actorId: null, actorRole: "system", action: "report_expired", payload: p });
  }
  const closing: Record<string, string> = { completed: "request.completed", rejected: "request.rejected", withdrawn: "request_withdrawn" };
  if (c.closed && closing[r.status]) {
    const bySubject = r.status === "withdrawn";
    events.push({ at: c.closed, actorId: bySubject ? c.subjectId : handler, actorRole: bySubject ? "subject" : "staff", action: closing[r.status], payload: { seeded: true } });
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of events) await recordAudit(tx, { organisationId: c.organisationId, requestId: c.requestId, ...e });
}
