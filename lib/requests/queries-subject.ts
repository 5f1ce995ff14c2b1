import "server-only";
import { readOrganisationVersion } from "../organisations/version-queries";
import { resumeClock } from "../workflow/status-queries";
import { isUuid } from "../validation/ids";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import type { Locale } from "../db/types";
import { consents, identityClaims, messages, organisations, personRecords, registers, requests } from "../db/schema";
import { loadOutcome } from "../workflow/outcome-queries";
import { latestFee } from "../workflow/fee-queries";
import { recordAudit } from "../audit/queries";
import { ActionError, fail, fieldErrorsOf, ok, type ActionResult } from "../errors";
import { OPEN_STATUSES } from "./constants";
import { requestFormSchema, toRequestDetails, type RequestFormValues } from "./schema";
import { FilingLimitError, RequestInputError } from "./errors";
import { minutesOf } from "../rate-limit/policies";
import { subjectMessagePage, subjectTimelinePage } from "./thread-queries";
import { notifyStaffOfSubjectMessage } from "./queries-effects";
import { clockStartsLater } from "./levels";
import { fileRequest, type FiledRequest } from "./queries";
import { findOpenDuplicate } from "./duplicate-queries";
import { getIdentityLevel } from "../identity/level-queries";
import { noticeIn } from "../notice-import/languages";

export { getRequestFormContext, listOrganisationsForSubject } from "./queries-form";
export { isMyRequestsCursor, listMyRequests } from "./list-queries";

type Subject = { id: string; email: string; name: string | null };

export type FileMyRequestResult =
  | { kind: "filed"; request: FiledRequest }
  | { kind: "duplicate"; duplicate: { id: string; reference: string; status: string; receivedOn: string } };

/**
 * A subject files in the portal. The records the request concerns are the account's own linked
 * records with that organisation (narrowed to the chosen registers, rectified records or the
 * consents' records); nothing from the client decides whose data it is.
 */
export async function fileMyRequest(db: Db, user: Subject, values: RequestFormValues, locale: Locale, now = new Date()): Promise<FileMyRequestResult> {
  // Independent reads, asked for together (issue 13); the organisation row is handed on to fileRequest.
  const [[org], version, duplicate, linked] = await Promise.all([
    db.select().from(organisations).where(eq(organisations.id, values.organisationId)),
    readOrganisationVersion(db, values.organisationId),
    values.confirmDuplicate ? null : findOpenDuplicate(db, { userId: user.id, organisationId: values.organisationId, type: values.type }),
    db
      .select()
      .from(personRecords)
      .where(and(eq(personRecords.userId, user.id), eq(personRecords.organisationId, values.organisationId))),
  ]);
  if (!org) throw new ActionError("not_found");
  if (duplicate) return { kind: "duplicate", duplicate };
  let personIds = linked.map((p) => p.id);
  if ("registerIds" in values) {
    const wanted = new Set(values.registerIds);
    personIds = linked.filter((p) => wanted.has(p.registerId)).map((p) => p.id);
  }
  if (values.type === "rectification") personIds = [...new Set(values.items.map((i) => i.personId))];
  const named = [linked[0]?.firstName, linked[0]?.lastName].filter(Boolean).join(" ");
  const subjectName = user.name?.trim() || named || linked[0]?.clientReference || user.email;
  const request = await fileRequest(db, {
    organisationId: org.id,
    userId: user.id,
    type: values.type,
    details: toRequestDetails(values),
    channel: "portal",
    receivedAt: now,
    locale,
    subjectName,
    subjectEmail: user.email,
    personIds,
    actor: { id: user.id, role: "subject" },
    applyFilingLimits: true,
  }, { org, version });
  return { kind: "filed", request };
}

export type SubmitRequestResult =
  | { kind: "filed"; id: string; reference: string; status: string; bansSet: number; consentsWithdrawn: number }
  | { kind: "duplicate"; id: string; reference: string; receivedOn: string };

/**
 * The whole submission as the server action runs it, minus the session: parse with the form's
 * schema, file, and turn every failure into a typed result (invalid input stores and sends nothing).
 */
export async function submitMyRequest(db: Db, user: Subject, values: unknown, locale: Locale, now = new Date()): Promise<ActionResult<SubmitRequestResult>> {
  const parsed = requestFormSchema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  try {
    const result = await fileMyRequest(db, user, parsed.data, locale, now);
    if (result.kind === "duplicate") {
      const d = result.duplicate;
      return ok({ kind: "duplicate", id: d.id, reference: d.reference, receivedOn: d.receivedOn });
    }
    const r = result.request;
    return ok({ kind: "filed", id: r.id, reference: r.reference, status: r.status, bansSet: r.immediate.bansSet.length, consentsWithdrawn: r.immediate.consentsWithdrawn.length });
  } catch (e) {
    if (e instanceof RequestInputError) return fail("invalid_input", { fieldErrors: e.fieldErrors });
    if (e instanceof FilingLimitError) return fail("rate_limited", { retryAfterMinutes: minutesOf(e.retryAfterSeconds) });
    if (e instanceof ActionError) return fail(e.code);
    throw e;
  }
}

/**
 * One request of the subject: null unless it is theirs (the owner is in the WHERE, so a guessed id
 * reveals nothing). Messages only — internal notes live in another table and are never read here.
 */
export async function getMyRequest(db: DbOrTx, userId: string, requestId: string, pages: { messages?: unknown; events?: unknown } = {}) {
  if (!isUuid(requestId)) return null;
  const [row] = await db
    .select({ request: requests, org: organisations })
    .from(requests)
    .innerJoin(organisations, eq(organisations.id, requests.organisationId))
    .where(and(eq(requests.id, requestId), eq(requests.userId, userId)));
  if (!row) return null;
  const { request, org } = row;
  // The latest messages and events, a page each (issue 13); the page's cursors lead to earlier ones.
  const thread = await subjectMessagePage(db, userId, request.id, { cursor: pages.messages });
  const events = await subjectTimelinePage(db, userId, request.id, { cursor: pages.events });
  const level = await getIdentityLevel(db, userId, org.id);
  const regs = await db.select({ id: registers.id, notice: registers.notice }).from(registers).where(eq(registers.organisationId, org.id));
  const d = request.details;
  const consentRows =
    d.type === "consent_withdrawal" && d.consentIds.length
      ? await db.select({ id: consents.id, purpose: consents.purpose, description: consents.description }).from(consents).where(inArray(consents.id, d.consentIds))
      : [];
  const [claim] = request.userId
    ? await db
        .select({ status: identityClaims.status, rejectionReason: identityClaims.rejectionReason })
        .from(identityClaims)
        .where(and(eq(identityClaims.userId, userId), eq(identityClaims.organisationId, org.id)))
        .orderBy(desc(identityClaims.createdAt))
        .limit(1)
    : [];
  const fee = await latestFee(db, request.id);
  return {
    request,
    /** The decision item by item (issue 11 §1); null while open or withdrawn. */
    outcome: await loadOutcome(db, request),
    fee: fee ? { status: fee.status, amountCents: fee.amountCents, basis: fee.basis, reasons: fee.reasons } : null,
    latestClaim: claim ?? null,
    registers: regs.map((r) => ({ id: r.id, names: { fi: r.notice.fi.name, sv: r.notice.sv?.name ?? r.notice.fi.name, en: r.notice.en?.name ?? r.notice.fi.name } })),
    organisation: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      contactEmail: org.contactEmail,
      contactPhone: org.contactPhone,
      oidcAvailable: Boolean(org.oidcIssuer && org.oidcClientId),
    },
    clockPending: clockStartsLater(org.settings, request.status),
    identityLevel: level,
    messages: thread.rows,
    messagePages: { next: thread.next, prev: thread.prev },
    timeline: events.rows,
    timelinePages: { next: events.next, prev: events.prev },
    open: (OPEN_STATUSES as readonly string[]).includes(request.status),
    /** Names for the ids inside the details, in every language (the page picks its own). */
    registerNames: Object.fromEntries(regs.map((r) => [r.id, { fi: noticeIn(r.notice, "fi").notice.name, sv: noticeIn(r.notice, "sv").notice.name, en: noticeIn(r.notice, "en").notice.name }])),
    consentNames: Object.fromEntries(consentRows.map((c) => [c.id, { purpose: c.purpose, description: c.description as string | null }])),
  };
}
export type MyRequest = NonNullable<Awaited<ReturnType<typeof getMyRequest>>>;

/** Withdraw an open request of one's own; audited with the reason sealed (it may be personal). */
export async function withdrawMyRequest(db: DbOrTx, userId: string, input: { requestId: string; reason?: string }, now = new Date()) {
  if (!isUuid(input.requestId)) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(requests)
      .set({ status: "withdrawn", closedAt: now, updatedAt: now, pausedSince: null })
      .where(and(eq(requests.id, input.requestId), eq(requests.userId, userId), inArray(requests.status, [...OPEN_STATUSES])))
      .returning();
    if (!updated) {
      const [exists] = await tx.select({ id: requests.id }).from(requests).where(and(eq(requests.id, input.requestId), eq(requests.userId, userId)));
      throw new ActionError(exists ? "conflict" : "not_found");
    }
    await recordAudit(tx, {
      organisationId: updated.organisationId,
      requestId: updated.id,
      actorId: userId,
      actorRole: "subject",
      action: "request_withdrawn",
      payload: { reasonGiven: Boolean(input.reason) },
      ...(input.reason ? { personal: { reason: input.reason } } : {}),
    });
    return updated;
  });
}

/** The subject writes to the handler: the message and its audit event in one transaction. */
export async function postSubjectMessage(db: DbOrTx, userId: string, input: { requestId: string; body: string }) {
  if (!isUuid(input.requestId)) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(requests)
      .where(and(eq(requests.id, input.requestId), eq(requests.userId, userId)))
      .for("update");
    if (!request) throw new ActionError("not_found");
    const [message] = await tx
      .insert(messages)
      .values({ requestId: request.id, authorId: userId, fromStaff: false, body: input.body })
      .returning();
    // The subject answered the handler's question: the paused clock runs again from now (LEGAL.md §1).
    if (request.status === "awaiting_subject") {
      const resumed = await resumeClock(tx, request, message.createdAt);
      await recordAudit(tx, {
        organisationId: request.organisationId,
        requestId: request.id,
        actorId: userId,
        actorRole: "subject",
        action: "clock_resumed",
        payload: { pausedDays: resumed.pausedDays, dueOn: resumed.dueOn, byReply: true },
      });
    }
    const staffEmailed = await notifyStaffOfSubjectMessage(tx, request);
    await recordAudit(tx, {
      organisationId: request.organisationId,
      requestId: request.id,
      actorId: userId,
      actorRole: "subject",
      action: "message_from_subject",
      payload: { messageId: message.id, staffEmailed },
    });
    return message;
  });
}

/** Staff messages count as read once the subject opened the request page. */
export async function markStaffMessagesRead(db: DbOrTx, userId: string, requestId: string, now = new Date()) {
  if (!isUuid(requestId)) return;
  await db
    .update(messages)
    .set({ readAt: now })
    .where(
      and(
        eq(messages.requestId, requestId),
        eq(messages.fromStaff, true),
        isNull(messages.readAt),
        sql`exists (select 1 from ${requests} r where r.id = ${requestId} and r.user_id = ${userId})`,
      ),
    );
}

