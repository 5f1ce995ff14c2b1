import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "../db/client";
import type { DbOrTx } from "../db/client";
import { memberships, sessions, users } from "../db/schema";
import type { Locale } from "../db/types";
import { activeMembership } from "./membership";
import { sessionRole, type SessionUser } from "./types";

/**
 * Read on every request (database sessions), so a membership disabled, demoted or withdrawn by its
 * organisation's admin takes effect at once, without ending the account's sessions elsewhere.
 * Pending invitations and disabled memberships grant nothing. Tests build actors exactly as a session would.
 */
export async function readSessionExtras(db: DbOrTx, userId: string) {
  const [u] = await db.select({ role: users.role, locale: users.locale, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  return sessionExtrasOf(db, userId, u);
}

type UserColumns = { role?: string | null; locale?: string | null; totpEnabledAt?: Date | null };

/**
 * From the account row the session lookup already joined (next-auth's adapter reads the whole users
 * row with the session): only staff need another statement, for their memberships (issue 13).
 */
export async function sessionExtrasOf(db: DbOrTx, userId: string, u: UserColumns | undefined) {
  const kind = u?.role === "staff" || u?.role === "operator" ? u.role : "subject";
  const orgs =
    kind === "staff"
      ? await db
          .select({ id: memberships.organisationId, role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.userId, userId), activeMembership))
      : [];
  const adminOrganisationIds = orgs.filter((o) => o.role === "admin").map((o) => o.id);
  return {
    role: sessionRole(kind, adminOrganisationIds),
    locale: (u?.locale ?? "fi") as Locale,
    organisationIds: orgs.map((o) => o.id),
    adminOrganisationIds,
    totpEnabled: Boolean(u?.totpEnabledAt),
  };
}

/** What a session exposes (lib/auth/types.ts SessionUser): the account row, its memberships, this session's second factor. */
export async function sessionUserOf(db: DbOrTx, user: { id: string; email: string; name: string | null } & UserColumns, secondFactorAt: Date | null | undefined): Promise<SessionUser> {
  const extras = await sessionExtrasOf(db, user.id, user);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: extras.role,
    locale: extras.locale,
    organisationIds: extras.organisationIds,
    adminOrganisationIds: extras.adminOrganisationIds,
    mfa: Boolean(secondFactorAt),
    totpEnabled: extras.totpEnabled,
  };
}

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function getTotpState(userId: string) {
  const db = await getDb();
  const [u] = await db
    .select({ secretEnc: users.totpSecretEnc, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  return u;
}

/** Store a new (not yet confirmed) TOTP secret; only allowed while TOTP is not enabled. */
export async function savePendingTotpSecret(userId: string, secretEnc: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ totpSecretEnc: secretEnc }).where(and(eq(users.id, userId), isNull(users.totpEnabledAt)));
}

/**
 * Accept a TOTP time step once: the conditional update refuses a step at or before the last one,
 * so a code cannot be replayed (also across instances). Marks the session as second-factor passed.
 */
export async function acceptTotpStep(db: DbOrTx, userId: string, step: number, sessionToken: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ totpLastStep: step, totpEnabledAt: sql`coalesce(${users.totpEnabledAt}, now())` })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    if (updated.length === 0) return false;
    await tx
      .update(sessions)
      .set({ secondFactorAt: new Date() })
      .where(and(eq(sessions.sessionToken, sessionToken), eq(sessions.userId, userId)));
    return true;
  });
}
