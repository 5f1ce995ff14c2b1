import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "../db/client";
import { sessions, users } from "../db/schema";
import { describeError } from "../errors";
import { sessionUserOf } from "./queries";
import { extendedExpiry } from "./session-policy";
import type { SessionUser } from "./types";

/**
 * The signed-in person behind a session token, as next-auth's `auth()` built it (database sessions,
 * lib/auth/config.ts) but without its detour through a synthetic Request, Response and JSON body, which
 * cost every page and API call more CPU than the lookup itself (issue 13): one statement for the
 * session and its account, one more for a staff account's memberships. Same rules as next-auth: an
 * expired session is deleted and is no session; a session due for extension is extended.
 */
export async function readSessionUser(db: DbOrTx, token: string, now = new Date()): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      expires: sessions.expires,
      secondFactorAt: sessions.secondFactorAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, token));
  if (!row) return null;
  if (row.expires.getTime() < now.getTime()) {
    await db.delete(sessions).where(eq(sessions.sessionToken, token));
    return null;
  }
  const extended = extendedExpiry(row.expires, now);
  const [user] = await Promise.all([
    sessionUserOf(db, row, row.secondFactorAt),
    extended ? db.update(sessions).set({ expires: extended }).where(eq(sessions.sessionToken, token)) : null,
  ]);
  return user;
}

/**
 * For pages and route handlers. As next-auth did, a failed read is no session (logged with its code
 * only): a page then sends the person to sign in, and the API tells "unavailable" from "unauthenticated".
 */
export async function readSessionOf(token: string): Promise<SessionUser | null> {
  try {
    return await readSessionUser(await getDb(), token);
  } catch (e) {
    console.error("[auth] session read failed:", describeError(e));
    return null;
  }
}
