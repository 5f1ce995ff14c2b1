import "server-only";
import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { memberships, organisations, requests, users } from "../db/schema";
import { isStaffRole } from "../auth/types";
import type { StaffActor } from "../workflow/types";
import { decodeCursor, encodeCursor } from "./cursor";
import { endOfWeek } from "./deadline-view";
import type { QueueFilters } from "./schema";
import { activeMembership } from "../auth/membership";

export const QUEUE_PAGE_SIZE = 25;

/**
 * The effective due date (the extended one once granted). Written exactly like the expression index
 * `requests_queue_due_idx` so that the planner can use it for both the WHERE and the ORDER BY.
 */
export const effectiveDue = sql<string>`coalesce(${requests.extendedDueOn}, ${requests.dueOn})`;

export type QueueRow = {
  id: string;
  reference: string;
  organisationId: string;
  type: (typeof requests.$inferSelect)["type"];
  status: (typeof requests.$inferSelect)["status"];
  channel: (typeof requests.$inferSelect)["channel"];
  subjectName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  receivedOn: string;
  dueOn: string;
  extendedDueOn: string | null;
  targetOn: string;
  effectiveDue: string;
  pausedSince: Date | null;
  /** The subject wrote and no handler has opened or answered the request since. */
  unreadFromSubject: boolean;
};

export type QueuePage = { rows: QueueRow[]; nextCursor: string | null };

/** The organisations a filter may touch: the actor's own, narrowed by the organisation filter. */
function scopedOrganisations(actor: StaffActor, org?: string): string[] {
  if (!isStaffRole(actor.role)) return [];
  return org ? actor.organisationIds.filter((o) => o === org) : [...actor.organisationIds];
}

function filterConditions(actor: StaffActor, filters: QueueFilters, today: string): SQL[] {
  const where: SQL[] = [];
  if (filters.status === "open") where.push(isNull(requests.closedAt));
  else if (filters.status !== "all") where.push(eq(requests.status, filters.status));
  if (filters.type) where.push(eq(requests.type, filters.type));
  if (filters.assignee === "me") where.push(eq(requests.assigneeId, actor.id));
  else if (filters.assignee === "unassigned") where.push(isNull(requests.assigneeId));
  else if (filters.assignee) where.push(eq(requests.assigneeId, filters.assignee));
  if (filters.due === "overdue") {
    if (filters.status !== "open") where.push(isNull(requests.closedAt));
    where.push(sql`${effectiveDue} < ${today}::date`);
  } else if (filters.due === "this_week") {
    if (filters.status !== "open") where.push(isNull(requests.closedAt));
    where.push(sql`${effectiveDue} between ${today}::date and ${endOfWeek(today)}::date`);
  }
  const cursor = decodeCursor(filters.cursor);
  // Keyset pagination: a row comparison the index on (organisation, effective due, id) serves directly.
  if (cursor) where.push(sql`(${effectiveDue}, ${requests.id}) > (${cursor.due}::date, ${cursor.id}::uuid)`);
  return where;
}

/**
 * One page of the staff queue (PRODUCT.md §5), sorted by effective due date then id.
 *
 * Scoping: only the actor's organisations, in the WHERE of every query. Query shape: one indexed,
 * ordered, LIMITed scan per organisation (a staff member belongs to a handful), merged here. A single
 * `organisation_id in (…)` query would have to sort every matching row; per organisation the index
 * (organisation_id, coalesce(extended_due_on, due_on), id) yields rows already in order, so the cost
 * stays at one page per organisation however many million requests there are.
 */
export async function listQueue(
  db: DbOrTx,
  actor: StaffActor,
  filters: QueueFilters,
  opts: { today: string; limit?: number },
): Promise<QueuePage> {
  const limit = Math.min(Math.max(opts.limit ?? QUEUE_PAGE_SIZE, 1), 200);
  const orgIds = scopedOrganisations(actor, filters.org);
  if (orgIds.length === 0) return { rows: [], nextCursor: null };
  const conditions = filterConditions(actor, filters, opts.today);
  const perOrg = await Promise.all(
    orgIds.map((orgId) =>
      db
        .select({
          id: requests.id,
          reference: requests.reference,
          organisationId: requests.organisationId,
          type: requests.type,
          status: requests.status,
          channel: requests.channel,
          subjectName: requests.subjectName,
          assigneeId: requests.assigneeId,
          assigneeName: users.name,
          receivedOn: requests.receivedOn,
          dueOn: requests.dueOn,
          extendedDueOn: requests.extendedDueOn,
          targetOn: requests.targetOn,
          effectiveDue,
          pausedSince: requests.pausedSince,
          // Per returned row only, served by messages_request_idx.
          unreadFromSubject: sql<boolean>`exists (select 1 from messages m where m.request_id = ${requests.id} and not m.from_staff and m.read_at is null)`.mapWith(Boolean),
        })
        .from(requests)
        .leftJoin(users, eq(users.id, requests.assigneeId))
        .where(and(eq(requests.organisationId, orgId), ...conditions))
        .orderBy(asc(effectiveDue), asc(requests.id))
        .limit(limit + 1),
    ),
  );
  const merged = perOrg
    .flat()
    .map((r) => ({ ...r, effectiveDue: String(r.effectiveDue) }))
    .sort((a, b) => (a.effectiveDue < b.effectiveDue ? -1 : a.effectiveDue > b.effectiveDue ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = merged.slice(0, limit);
  const last = rows[rows.length - 1];
  const nextCursor = merged.length > limit && last ? encodeCursor({ due: last.effectiveDue, id: last.id }) : null;
  return { rows, nextCursor };
}

/** Choices for the queue's filters: the actor's organisations and the handlers in them. */
export async function listQueueFilterOptions(db: DbOrTx, actor: StaffActor) {
  if (!isStaffRole(actor.role) || actor.organisationIds.length === 0) return { organisations: [], staff: [] };
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, actor.organisationIds))
    .orderBy(asc(organisations.name));
  const staff = await db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organisationId, actor.organisationIds), eq(users.role, "staff"), activeMembership))
    .orderBy(asc(users.name));
  return { organisations: orgs, staff };
}
