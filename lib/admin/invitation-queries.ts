import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, DbOrTx } from "../db/client";
import { memberships, organisations, users } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { isStaffRole } from "../auth/types";
import { ActionError } from "../errors";
import type { StaffActor } from "../workflow/types";

const inviter = alias(users, "inviter");

/**
 * The signed-in account's own pending invitations (issue 9: an existing account is never attached to an
 * organisation without its consent). Only the invited account sees them: the WHERE holds its session id.
 */
export async function listMyInvitations(db: DbOrTx, actor: Pick<StaffActor, "id" | "role">) {
  if (!isStaffRole(actor.role)) return [];
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      role: memberships.role,
      invitedAt: memberships.invitedAt,
      inviterName: inviter.name,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(inviter, eq(inviter.id, memberships.invitedBy))
    .where(and(eq(memberships.userId, actor.id), isNull(memberships.acceptedAt)))
    .orderBy(asc(memberships.invitedAt));
}

/**
 * Accept (the membership becomes active with the role it was offered) or decline (the invitation is
 * deleted) one's own invitation. Either way the organisation's audit trail records the answer.
 */
export async function answerInvitation(db: Db, actor: StaffActor, input: { organisationId: string; accept: boolean }) {
  if (!isStaffRole(actor.role)) throw new ActionError("forbidden");
  return db.transaction(async (tx) => {
    const mine = and(eq(memberships.userId, actor.id), eq(memberships.organisationId, input.organisationId), isNull(memberships.acceptedAt));
    const rows = input.accept
      ? await tx.update(memberships).set({ acceptedAt: new Date() }).where(mine).returning({ role: memberships.role })
      : await tx.delete(memberships).where(mine).returning({ role: memberships.role });
    if (rows.length === 0) throw new ActionError("not_found");
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: actor.id,
      actorRole: "staff",
      action: input.accept ? "staff.invitation_accepted" : "staff.invitation_declined",
      payload: { userId: actor.id, role: rows[0].role },
    });
  });
}
