import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { memberships, users } from "../db/schema";
import { activeMembership } from "../auth/membership";
import type { Locale } from "../db/types";

export type ActiveStaffMember = { id: string; email: string; name: string | null; locale: Locale };

/**
 * The organisation's staff who may act today: staff accounts with an accepted, not disabled membership
 * (roles per organisation). Who gets staff mail, reminders and tasks, and whom a request can be given to.
 */
export async function listActiveStaff(db: DbOrTx, organisationId: string): Promise<ActiveStaffMember[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(users.role, "staff"), activeMembership))
    .orderBy(asc(users.email));
}

/** Who hears about one request: its assignee, or — unassigned (or the assignee left) — every active handler. */
export async function listRequestRecipients(db: DbOrTx, request: { organisationId: string; assigneeId: string | null }): Promise<ActiveStaffMember[]> {
  const handlers = await listActiveStaff(db, request.organisationId);
  const assignee = handlers.find((h) => h.id === request.assigneeId);
  return assignee ? [assignee] : handlers;
}
