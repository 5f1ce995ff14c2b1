import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { memberships, sessions, users } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { refuse } from "../workflow/errors";
import type { StaffActor } from "../workflow/types";
import { assertAdminOf } from "./guard";

/** The organisation's staff accounts with role, special-category right and state. */
export async function listStaff(db: DbOrTx, actor: StaffActor, organisationId: string) {
  assertAdminOf(actor, organisationId);
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      canReadSpecial: memberships.canReadSpecial,
      totpEnabled: users.totpEnabledAt,
      disabledAt: users.disabledAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name), asc(users.email));
}

/**
 * Add a handler or admin. A new account is created (it signs in by email link and sets up the second
 * factor on the first visit); an existing staff account joins the organisation. A subject's account is
 * never turned into a staff account here: a person's own portal login stays separate from work.
 */
export async function addStaff(
  db: Db,
  actor: StaffActor,
  input: { organisationId: string; email: string; name: string; role: "staff" | "admin"; locale: "fi" | "sv" | "en"; canReadSpecial: boolean },
) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(users.email, input.email));
    let userId: string;
    if (existing) {
      if (existing.role === "subject") refuse("user_is_subject");
      userId = existing.id;
    } else {
      const [u] = await tx.insert(users).values({ email: input.email, name: input.name, role: input.role, locale: input.locale }).returning({ id: users.id });
      userId = u.id;
    }
    const added = await tx
      .insert(memberships)
      .values({ userId, organisationId: input.organisationId, canReadSpecial: input.canReadSpecial })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (added.length === 0) refuse("already_member");
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: "staff.added",
      payload: { userId, role: existing?.role ?? input.role, canReadSpecial: input.canReadSpecial, newAccount: !existing },
    });
    return userId;
  });
}

async function member(tx: DbOrTx, organisationId: string, userId: string) {
  const [m] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  if (!m) throw new ActionError("not_found");
}

/**
 * Change a staff member's role, special-category right or disable the account. Disabling ends their
 * sessions at once (database sessions). Admins cannot demote or disable themselves (no lock-out).
 */
export async function updateStaff(
  db: Db,
  actor: StaffActor,
  input: { organisationId: string; userId: string; role: "staff" | "admin"; canReadSpecial: boolean; disabled: boolean },
) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    await member(tx, input.organisationId, input.userId);
    if (input.userId === actor.id && (input.role !== "admin" || input.disabled)) refuse("cannot_change_self");
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId));
    await tx
      .update(users)
      .set({ role: input.role, disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null })
      .where(eq(users.id, input.userId));
    await tx
      .update(memberships)
      .set({ canReadSpecial: input.canReadSpecial })
      .where(and(eq(memberships.organisationId, input.organisationId), eq(memberships.userId, input.userId)));
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: "staff.updated",
      payload: { userId: input.userId, role: input.role, previousRole: before.role, canReadSpecial: input.canReadSpecial, disabled: input.disabled },
    });
  });
}

export async function removeStaff(db: Db, actor: StaffActor, input: { organisationId: string; userId: string }) {
  assertAdminOf(actor, input.organisationId);
  if (input.userId === actor.id) refuse("cannot_change_self");
  return db.transaction(async (tx) => {
    await member(tx, input.organisationId, input.userId);
    await tx.delete(memberships).where(and(eq(memberships.organisationId, input.organisationId), eq(memberships.userId, input.userId)));
    await recordAudit(tx, { organisationId: input.organisationId, actorId: actor.id, actorRole: "admin", action: "staff.removed", payload: { userId: input.userId } });
  });
}
