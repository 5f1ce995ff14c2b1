import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { messages, organisations, requests } from "../db/schema";
import { cursorKeyOf, decodeCursor, openPage, type KeysetSpec } from "../pagination/keyset";

export const MY_REQUESTS_PAGE_SIZE = 25;

/** Newest first; served by requests_user_idx (user_id, created_at, id) as one ordered index range. */
const spec: KeysetSpec = { key: requests.createdAt, keyKind: "timestamp", id: requests.id, idKind: "uuid", order: "desc" };

/** Whether a URL's cursor is one of this list's (the API refuses others; the page shows page 1). */
export function isMyRequestsCursor(value: string): boolean {
  return decodeCursor(value, spec) !== null;
}

/**
 * One page of the subject's requests, newest first, with unread staff messages counted (per returned
 * row only). The owner is in the WHERE; a cursor from another list or a tampered one gives page 1.
 */
export async function listMyRequests(db: DbOrTx, userId: string, opts: { cursor?: unknown; limit?: number } = {}) {
  const plan = openPage(spec, opts, MY_REQUESTS_PAGE_SIZE);
  const rows = await db
    .select({
      id: requests.id,
      cursorKey: cursorKeyOf(spec),
      reference: requests.reference,
      type: requests.type,
      status: requests.status,
      receivedOn: requests.receivedOn,
      dueOn: requests.dueOn,
      extendedDueOn: requests.extendedDueOn,
      closedAt: requests.closedAt,
      organisationName: organisations.name,
      unread: sql<number>`(select count(*)::int from ${messages} m where m.request_id = ${requests.id} and m.from_staff and m.read_at is null)`,
    })
    .from(requests)
    .innerJoin(organisations, eq(organisations.id, requests.organisationId))
    .where(and(eq(requests.userId, userId), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.finish(rows);
}
