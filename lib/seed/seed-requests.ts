import type { DbOrTx } from "../db/client";
import { internalNotes, itemMarks, messages, requestRecords, requests, tasks } from "../db/schema";
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
  // The trail a real request would have left (house rule 7), without personal data in the payload.
  await recordAudit(tx, { organisationId: org.id, requestId: id, actorId: subjectId, actorRole: r.channel === "portal" ? "subject" : "staff", action: "request_filed", payload: { type: r.type, channel: r.channel, reference: r.reference, dueOn, seeded: true } });
  if (r.extension) await recordAudit(tx, { organisationId: org.id, requestId: id, actorId: staff(r.assigneeEmail), actorRole: "staff", action: "deadline_extended", payload: { seeded: true } });
  if (r.status !== "new" && r.status !== "awaiting_verification") {
    await recordAudit(tx, { organisationId: org.id, requestId: id, actorId: staff(r.assigneeEmail), actorRole: "staff", action: `status_${r.status}`, payload: { status: r.status, seeded: true } });
  }
}
