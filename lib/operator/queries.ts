import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { memberships, organisations, users } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { enqueueEmail } from "../mail/queries";
import { staffRoleLabels } from "@/emails";
import { refuse } from "../workflow/errors";
import { staffInvitationsUrl } from "../workflow/urls";
import { defaultOrganisationSettings } from "../organisations/default-settings";
import { assertOperator, type OperatorActor } from "./guard";
import type { CreateOrganisationInput, InviteAdminInput } from "./schema";

/**
 * What the platform operator may do (issue 10): create organisations, invite their admins, disable
 * them. Every query here reads organisations, their admin memberships and the admins' work address:
 * never persons, requests, messages or reports (GDPR Art. 5(1)(c) and 32: the host is not the
 * controller and has no need to see the data subjects). The operator is re-read from the database in
 * the same transaction, so an account that stopped being operator a moment ago cannot act.
 */
async function assertOperatorAccount(tx: DbOrTx, actor: OperatorActor) {
  assertOperator(actor);
  const [u] = await tx.select({ role: users.role }).from(users).where(eq(users.id, actor.id));
  if (u?.role !== "operator") throw new ActionError("forbidden");
}

/** Every organisation with its admins and where each admin's invitation stands. */
export async function listOrganisationsForOperator(db: DbOrTx, actor: OperatorActor) {
  assertOperator(actor);
  const orgs = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      businessId: organisations.businessId,
      city: organisations.city,
      referencePrefix: organisations.referencePrefix,
      languages: organisations.languages,
      disabledAt: organisations.disabledAt,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
  const admins = await db
    .select({
      organisationId: memberships.organisationId,
      userId: users.id,
      email: users.email,
      name: users.name,
      invitedAt: memberships.invitedAt,
      acceptedAt: memberships.acceptedAt,
      disabledAt: memberships.disabledAt,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.role, "admin"))
    .orderBy(asc(users.email));
  return orgs.map((o) => ({
    ...o,
    admins: admins.filter((a) => a.organisationId === o.id).map((a) => ({ ...a, state: adminState(a) })),
  }));
}

export type AdminState = "invited" | "active" | "disabled";

function adminState(a: { acceptedAt: Date | null; disabledAt: Date | null }): AdminState {
  if (a.disabledAt) return "disabled";
  return a.acceptedAt ? "active" : "invited";
}

/** A new organisation with the default settings; its audit chain starts with this event. */
export async function createOrganisation(db: Db, actor: OperatorActor, input: CreateOrganisationInput): Promise<{ id: string }> {
  assertOperator(actor);
  return db.transaction(async (tx) => {
    await assertOperatorAccount(tx, actor);
    const [taken] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, input.slug));
    if (taken) refuse("organisation_slug_taken");
    const [org] = await tx
      .insert(organisations)
      .values({
        slug: input.slug,
        name: input.name,
        businessId: input.businessId,
        streetAddress: input.streetAddress,
        postalCode: input.postalCode,
        city: input.city,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        referencePrefix: input.referencePrefix,
        languages: input.languages,
        settings: defaultOrganisationSettings(),
      })
      .returning({ id: organisations.id });
    await recordAudit(tx, {
      organisationId: org.id,
      actorId: actor.id,
      actorRole: "operator",
      action: "organisation.created",
      payload: { slug: input.slug, referencePrefix: input.referencePrefix, languages: input.languages },
    });
    return { id: org.id };
  });
}

/**
 * Invite an organisation's admin by email. The membership is always a pending invitation (it grants
 * nothing until the invited account accepts it after signing in with the second factor), and the
 * staff_invitation email says where to answer. A new address gets a staff account; an existing staff
 * account is invited, never attached; a subject's or an operator's account is refused.
 */
export async function inviteAdmin(db: Db, actor: OperatorActor, input: InviteAdminInput): Promise<{ userId: string }> {
  assertOperator(actor);
  return db.transaction(async (tx) => {
    await assertOperatorAccount(tx, actor);
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) throw new ActionError("not_found");
    const [existing] = await tx.select().from(users).where(eq(users.email, input.email));
    if (existing && existing.role !== "staff") refuse(existing.role === "operator" ? "user_is_operator" : "user_is_subject");
    const account =
      existing ?? (await tx.insert(users).values({ email: input.email, name: input.name, role: "staff", locale: input.locale }).returning())[0];
    const added = await tx
      .insert(memberships)
      .values({ userId: account.id, organisationId: input.organisationId, role: "admin", invitedAt: new Date(), invitedBy: actor.id, acceptedAt: null })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (added.length === 0) refuse("already_member");
    await enqueueEmail(tx, {
      template: "staff_invitation",
      locale: account.locale,
      to: account.email,
      organisationId: input.organisationId,
      vars: {
        organisationName: org.name,
        roleLabel: staffRoleLabels[account.locale].admin,
        invitationsUrl: staffInvitationsUrl(),
        recipientName: account.name ?? "",
      },
    });
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: actor.id,
      actorRole: "operator",
      action: "staff.invited",
      payload: { userId: account.id, role: "admin", newAccount: !existing },
    });
    return { userId: account.id };
  });
}

/** Withdraw a pending admin invitation the operator (or anyone) made; an accepted membership stays. */
export async function withdrawAdminInvitation(db: Db, actor: OperatorActor, input: { organisationId: string; userId: string }) {
  assertOperator(actor);
  return db.transaction(async (tx) => {
    await assertOperatorAccount(tx, actor);
    const gone = await tx
      .delete(memberships)
      .where(and(eq(memberships.organisationId, input.organisationId), eq(memberships.userId, input.userId), eq(memberships.role, "admin"), isNull(memberships.acceptedAt)))
      .returning({ userId: memberships.userId });
    if (gone.length === 0) throw new ActionError("not_found");
    await recordAudit(tx, { organisationId: input.organisationId, actorId: actor.id, actorRole: "operator", action: "staff.invitation_withdrawn", payload: { userId: input.userId } });
  });
}

/**
 * Disable (or enable again) an organisation: a disabled one is not listed publicly and takes no new
 * requests; its data and its staff's access to pending work stay, since the controller still owes
 * answers (GDPR Art. 12(3)).
 */
export async function setOrganisationState(db: Db, actor: OperatorActor, input: { organisationId: string; state: "disabled" | "enabled" }) {
  assertOperator(actor);
  return db.transaction(async (tx) => {
    await assertOperatorAccount(tx, actor);
    const disabledAt = input.state === "disabled" ? new Date() : null;
    const rows = await tx.update(organisations).set({ disabledAt, updatedAt: new Date() }).where(eq(organisations.id, input.organisationId)).returning({ id: organisations.id });
    if (rows.length === 0) throw new ActionError("not_found");
    await recordAudit(tx, { organisationId: input.organisationId, actorId: actor.id, actorRole: "operator", action: input.state === "disabled" ? "organisation.disabled" : "organisation.enabled" });
  });
}
