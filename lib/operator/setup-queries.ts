import "server-only";
import crypto from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { operatorSetupTokens, users } from "../db/schema";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { refuse } from "../workflow/errors";

/**
 * The first operator of a fresh install (issue 10): created by `npm run admin:create-operator -- EMAIL`
 * or by redeeming a one-time setup token printed in the log. The account signs in like staff (email
 * link, then TOTP set up on the first visit): nothing here creates a password or a session.
 */

/** A setup token is good for this long after the start that printed it. */
export const SETUP_TOKEN_MINUTES = Number(process.env.OMATIETO_SETUP_TOKEN_MINUTES ?? 60);

export function hashSetupToken(token: string): string {
  return crypto.createHash("sha256").update(token.trim()).digest("hex");
}

export async function hasOperator(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.role, "operator")).limit(1);
  return Boolean(row);
}

/**
 * Create an operator account. An address that already has a subject or staff account is refused: an
 * account is of one kind only, so the operator never inherits anyone's organisations or requests.
 */
export async function createOperator(db: DbOrTx, input: { email: string; name?: string | null; locale?: Locale }): Promise<{ id: string; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  if (existing?.role === "operator") return { id: existing.id, created: false };
  if (existing) refuse("email_in_use");
  const [u] = await db
    .insert(users)
    .values({ email, name: input.name ?? null, role: "operator", locale: input.locale ?? "fi" })
    .returning({ id: users.id });
  await recordAudit(db, { organisationId: null, actorId: null, actorRole: "system", action: "operator.created", payload: { userId: u.id } });
  return { id: u.id, created: true };
}

/**
 * At start, when no operator exists: a fresh random token (only its hash is stored), valid for
 * SETUP_TOKEN_MINUTES and once. Earlier tokens stay valid until they expire: with several instances
 * each one prints its own, and whichever is redeemed first ends the setup for all (an operator exists).
 * Returns null when an operator exists (nothing to set up).
 */
export async function issueSetupToken(db: Db, now = new Date()): Promise<{ token: string; expiresAt: Date } | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('omatieto:operator-setup'))`);
    if (await hasOperator(tx)) return null;
    const token = crypto.randomBytes(24).toString("base64url");
    const expiresAt = new Date(now.getTime() + SETUP_TOKEN_MINUTES * 60_000);
    await tx.insert(operatorSetupTokens).values({ tokenHash: hashSetupToken(token), expiresAt });
    return { token, expiresAt };
  });
}

/**
 * Redeem a setup token: single use (the conditional update marks it used, so two concurrent
 * redemptions cannot both succeed), unexpired, and only while no operator exists.
 */
export async function redeemSetupToken(db: Db, input: { token: string; email: string; name: string; locale: Locale }): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('omatieto:operator-setup'))`);
    if (await hasOperator(tx)) refuse("setup_done", "forbidden");
    const used = await tx
      .update(operatorSetupTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(operatorSetupTokens.tokenHash, hashSetupToken(input.token)), isNull(operatorSetupTokens.usedAt), gt(operatorSetupTokens.expiresAt, new Date())))
      .returning({ id: operatorSetupTokens.id });
    if (used.length === 0) refuse("setup_token_invalid", "forbidden");
    const op = await createOperator(tx, input);
    return { id: op.id };
  });
}
