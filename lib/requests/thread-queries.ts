import "server-only";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { auditEvents, internalNotes, messages, requests, users } from "../db/schema";
import { cursorKeyOf, openPage, type KeysetPage, type KeysetSpec } from "../pagination/keyset";
import { SUBJECT_TIMELINE_ACTIONS, toSubjectTimeline, type TimelineEntry } from "./timeline";

/**
 * The long lists of one request — its messages, internal notes and timeline — a page at a time (issue 13):
 * the latest N first, with a cursor to earlier ones. Each page is returned oldest first, as read.
 *
 * Whose request it is stays in every query's WHERE (a join to `requests` on the owner or the staff
 * member's organisations), not only in the caller that loaded the request before.
 */
export const THREAD_PAGE_SIZE = 30;
export const TIMELINE_PAGE_SIZE = 50;

export type ThreadScope = { userId: string } | { organisationIds: readonly string[] };

const messageSpec: KeysetSpec = { key: messages.createdAt, keyKind: "timestamp", id: messages.id, idKind: "uuid", order: "desc" };
const noteSpec: KeysetSpec = { key: internalNotes.createdAt, keyKind: "timestamp", id: internalNotes.id, idKind: "uuid", order: "desc" };
const eventSpec: KeysetSpec = { key: auditEvents.id, keyKind: "bigint", id: auditEvents.id, idKind: "bigint", order: "desc" };

function owned(scope: ThreadScope): SQL {
  return "userId" in scope ? eq(requests.userId, scope.userId) : inArray(requests.organisationId, [...scope.organisationIds]);
}

/** Newest-first page read, shown oldest first: a conversation reads top to bottom. */
function chronological<T>(page: KeysetPage<T>): KeysetPage<T> {
  return { ...page, rows: [...page.rows].reverse() };
}

type PageOpts = { cursor?: unknown; limit?: number };

/** Messages as the subject sees them (never the handler's name). */
export async function subjectMessagePage(db: DbOrTx, userId: string, requestId: string, opts: PageOpts = {}) {
  const plan = openPage(messageSpec, opts, THREAD_PAGE_SIZE);
  const rows = await db
    .select({ id: messages.id, cursorKey: cursorKeyOf(messageSpec), fromStaff: messages.fromStaff, body: messages.body, createdAt: messages.createdAt, readAt: messages.readAt })
    .from(messages)
    .innerJoin(requests, eq(requests.id, messages.requestId))
    .where(and(eq(messages.requestId, requestId), owned({ userId }), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return chronological(plan.finish(rows));
}

/** Messages as staff see them, with the author's name. */
export async function staffMessagePage(db: DbOrTx, organisationIds: readonly string[], requestId: string, opts: PageOpts = {}) {
  const plan = openPage(messageSpec, opts, THREAD_PAGE_SIZE);
  const rows = await db
    .select({ id: messages.id, cursorKey: cursorKeyOf(messageSpec), fromStaff: messages.fromStaff, body: messages.body, createdAt: messages.createdAt, authorName: users.name })
    .from(messages)
    .innerJoin(requests, eq(requests.id, messages.requestId))
    .leftJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.requestId, requestId), owned({ organisationIds }), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return chronological(plan.finish(rows));
}

/** Internal notes (staff only). */
export async function notePage(db: DbOrTx, organisationIds: readonly string[], requestId: string, opts: PageOpts = {}) {
  const plan = openPage(noteSpec, opts, THREAD_PAGE_SIZE);
  const rows = await db
    .select({ id: internalNotes.id, cursorKey: cursorKeyOf(noteSpec), body: internalNotes.body, createdAt: internalNotes.createdAt, authorName: users.name })
    .from(internalNotes)
    .innerJoin(requests, eq(requests.id, internalNotes.requestId))
    .leftJoin(users, eq(users.id, internalNotes.authorId))
    .where(and(eq(internalNotes.requestId, requestId), owned({ organisationIds }), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return chronological(plan.finish(rows));
}

/** The staff timeline: every audit event of the request, with who did it. */
export async function staffTimelinePage(db: DbOrTx, organisationIds: readonly string[], requestId: string, opts: PageOpts = {}) {
  const plan = openPage(eventSpec, opts, TIMELINE_PAGE_SIZE);
  const rows = await db
    .select({ id: auditEvents.id, cursorKey: cursorKeyOf(eventSpec), action: auditEvents.action, at: auditEvents.at, actorRole: auditEvents.actorRole, actorName: users.name, payload: auditEvents.payload })
    .from(auditEvents)
    .innerJoin(requests, eq(requests.id, auditEvents.requestId))
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.requestId, requestId), owned({ organisationIds }), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return chronological(plan.finish(rows));
}

/**
 * The subject's timeline: only the actions a subject may see are read (filtered in SQL, so a page is
 * full), and of those only the safe fields (`toSubjectTimeline`).
 */
export async function subjectTimelinePage(db: DbOrTx, userId: string, requestId: string, opts: PageOpts = {}): Promise<KeysetPage<TimelineEntry>> {
  const plan = openPage(eventSpec, opts, TIMELINE_PAGE_SIZE);
  const rows = await db
    .select({ id: auditEvents.id, cursorKey: cursorKeyOf(eventSpec), action: auditEvents.action, at: auditEvents.at, payload: auditEvents.payload })
    .from(auditEvents)
    .innerJoin(requests, eq(requests.id, auditEvents.requestId))
    .where(and(eq(auditEvents.requestId, requestId), owned({ userId }), inArray(auditEvents.action, [...SUBJECT_TIMELINE_ACTIONS]), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  const page = chronological(plan.finish(rows));
  return { ...page, rows: toSubjectTimeline(page.rows) };
}
