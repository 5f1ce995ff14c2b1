import "server-only";
import { and, asc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { memberships, organisations, users } from "../db/schema";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { activeMembership } from "../auth/membership";
import { ActionError } from "../errors";
import { enqueueEmail } from "../mail/queries";
import { staffRoleLabels } from "@/emails";
import { refuse } from "../workflow/errors";
import type { StaffActor } from "../workflow/types";
import { staffInvitationsUrl } from "../workflow/urls";
import { assertAdminOf } from "./guard";

type MemberRole = "staff" | "admin";

/**
 * The session says the actor is admin of the organisation; re-check it in the same transaction as the
 * change, so that a membership disabled or demoted a moment ago cannot still change others.
 */
async function assertActiveAdmin(tx: DbOrTx, actor: StaffActor, organisationId: string) {
  assertAdminOf(actor, organisationId);
  const [m] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, actor.id), eq(memberships.organisationId, organisationId), activeMembership));
  if (m?.role !== "admin") throw new ActionError("forbidden");
}

/** The organisation's memberships (never another organisation's) with role, state and invitation. */
export async function listStaff(db: DbOrTx, actor: StaffActor, organisationId: string) {
  assertAdminOf(actor, organisationId);
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      canReadSpecial: memberships.canReadSpecial,
      totpEnabled: users.totpEnabledAt,
      disabledAt: memberships.disabledAt,
      invitedAt: memberships.invitedAt,
      acceptedAt: memberships.acceptedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((r) => ({ ...r, pending: r.acceptedAt === null }));
}

/**
 * Add a handler or admin. A new address gets a new staff account with an active membership (it signs in
 * by email link and sets up the second factor on the first visit). An address that already has a staff
 * account is never attached: it gets a pending invitation, which grants nothing until that account
 * accepts it (issue 9). A subject's account is never turned into a staff account here.
 */
export async function addStaff(
  db: Db,
  actor: StaffActor,
  input: { organisationId: string; email: string; name: string; role: MemberRole; locale: Locale; canReadSpecial: boolean },
): Promise<{ userId: string; invited: boolean }> {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    await assertActiveAdmin(tx, actor, input.organisationId);
    const [existing] = await tx.select().from(users).where(eq(users.email, input.email));
    if (existing?.role === "subject") refuse("user_is_subject");
    const now = new Date();
    const userId = existing
      ? existing.id
      : (await tx.insert(users).values({ email: input.email, name: input.name, role: "staff", locale: input.locale }).returning({ id: users.id }))[0].id;
    const added = await tx
      .insert(memberships)
      .values({
        userId,
        organisationId: input.organisationId,
        role: input.role,
        canReadSpecial: input.canReadSpecial,
        ...(existing ? { invitedAt: now, invitedBy: actor.id, acceptedAt: null } : { acceptedAt: now }),
      })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (added.length === 0) refuse("already_member");
    if (existing) {
      const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId));
      await enqueueEmail(tx, {
        template: "staff_invitation",
        locale: existing.locale,
        to: existing.email,
        organisationId: input.organisationId,
        vars: {
          organisationName: org.name,
          roleLabel: staffRoleLabels[existing.locale][input.role],
          invitationsUrl: staffInvitationsUrl(),
          recipientName: existing.name ?? "",
        },
      });
    }
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: existing ? "staff.invited" : "staff.added",
      payload: { userId, role: input.role, canReadSpecial: input.canReadSpecial, newAccount: !existing },
    });
    return { userId, invited: Boolean(existing) };
  });
}

/** This organisation's membership of `userId`, or not found (another organisation's is never touched). */
async function membershipIn(tx: DbOrTx, organisationId: string, userId: string) {
  const [m] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .for("update");
  if (!m) throw new ActionError("not_found");
  return m;
}

/**
 * The organisation keeps at least one active admin: an admin cannot demote, disable or remove
 * themselves (or anyone) when that would leave nobody to manage it.
 */
async function assertAnotherActiveAdmin(tx: DbOrTx, organisationId: string, userId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), ne(memberships.userId, userId), eq(memberships.role, "admin"), activeMembership));
  if (!row || Number(row.n) === 0) refuse("last_admin");
}

/**
 * Change a member's role, special-category right or disabled state in this organisation only. The
 * account's sessions keep working (it may belong to other organisations); this organisation's pages
 * and data are refused from the next request on, because each request re-reads the memberships.
 * A pending invitation cannot be changed, only withdrawn.
 */
export async function updateStaff(
  db: Db,
  actor: StaffActor,
  input: { organisationId: string; userId: string; role: MemberRole; canReadSpecial: boolean; disabled: boolean },
) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    await assertActiveAdmin(tx, actor, input.organisationId);
    const before = await membershipIn(tx, input.organisationId, input.userId);
    if (before.acceptedAt === null) refuse("invitation_pending");
    const losesAdmin = before.role === "admin" && !before.disabledAt && (input.role !== "admin" || input.disabled);
    if (losesAdmin) await assertAnotherActiveAdmin(tx, input.organisationId, input.userId);
    await tx
      .update(memberships)
      .set({ role: input.role, canReadSpecial: input.canReadSpecial, disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null })
      .where(and(eq(memberships.organisationId, input.organisationId), eq(memberships.userId, input.userId)));
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: "staff.updated",
      payload: {
        userId: input.userId,
        role: input.role,
        previousRole: before.role,
        canReadSpecial: input.canReadSpecial,
        disabled: input.disabled,
        previouslyDisabled: Boolean(before.disabledAt),
      },
    });
  });
}

/** End an accepted membership in this organisation (the account and its other memberships stay). */
export async function removeStaff(db: Db, actor: StaffActor, input: { organisationId: string; userId: string }) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    await assertActiveAdmin(tx, actor, input.organisationId);
    const before = await membershipIn(tx, input.organisationId, input.userId);
    if (before.acceptedAt === null) refuse("invitation_pending");
    if (before.role === "admin" && !before.disabledAt) await assertAnotherActiveAdmin(tx, input.organisationId, input.userId);
    await tx.delete(memberships).where(and(eq(memberships.organisationId, input.organisationId), eq(memberships.userId, input.userId)));
    await recordAudit(tx, { organisationId: input.organisationId, actorId: actor.id, actorRole: "admin", action: "staff.removed", payload: { userId: input.userId } });
  });
}

/** Withdraw a pending invitation: the only thing an admin may do with a membership not yet accepted. */
export async function withdrawInvitation(db: Db, actor: StaffActor, input: { organisationId: string; userId: string }) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    await assertActiveAdmin(tx, actor, input.organisationId);
    const gone = await tx
      .delete(memberships)
      .where(and(eq(memberships.organisationId, input.organisationId), eq(memberships.userId, input.userId), isNotNull(memberships.invitedAt), isNull(memberships.acceptedAt)))
      .returning({ userId: memberships.userId });
    if (gone.length === 0) throw new ActionError("not_found");
    await recordAudit(tx, { organisationId: input.organisationId, actorId: actor.id, actorRole: "admin", action: "staff.invitation_withdrawn", payload: { userId: input.userId } });
  });
}
