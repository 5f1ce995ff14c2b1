import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createUser, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { memberships, sessions } from "@/lib/db/schema";
import { readSessionUser } from "@/lib/auth/session-queries";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, extendedExpiry, sessionCookieName } from "@/lib/auth/session-policy";

// Issue 13: the session is read without next-auth's auth(); these hold it to next-auth's rules for
// database sessions (expiry, extension) and to what the session callback exposed (lib/auth/config.ts).
let h: DbHandle;
let org: Org;
const now = new Date("2026-12-02T10:00:00Z");
const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000);
let n = 0;
async function sessionOf(userId: string, expires: Date, secondFactorAt: Date | null = null) {
  const sessionToken = `session-read-${process.pid}-${n++}`;
  await h.db.insert(sessions).values({ sessionToken, userId, expires, secondFactorAt });
  return sessionToken;
}
const expiresOf = async (token: string) => (await h.db.select().from(sessions).where(eq(sessions.sessionToken, token)))[0]?.expires;

beforeAll(async () => {
  h = await createTestDb();
  org = await createOrg(h.db, "SRD");
});
afterAll(async () => h?.close());

describe("reading a session", () => {
  it("gives a subject's account, language and no second factor", async () => {
    const subject = await createUser(h.db, "subject", undefined, "sv");
    const token = await sessionOf(subject.id, inMinutes(7 * 60));
    expect(await readSessionUser(h.db, token, now)).toEqual({
      id: subject.id, email: subject.email, name: subject.name ?? null, role: "subject", locale: "sv",
      organisationIds: [], adminOrganisationIds: [], mfa: false, totpEnabled: false,
    });
  });

  it("gives an admin its organisations and the second factor of this very session", async () => {
    const token = await sessionOf(org.admin.id, inMinutes(7 * 60), now);
    expect(await readSessionUser(h.db, token, now)).toMatchObject({ role: "admin", organisationIds: [org.id], adminOrganisationIds: [org.id], mfa: true });
  });

  it("drops a disabled membership at the next read, the session living on", async () => {
    const token = await sessionOf(org.staff.id, inMinutes(7 * 60), now);
    expect(await readSessionUser(h.db, token, now)).toMatchObject({ role: "staff", organisationIds: [org.id] });
    await h.db.update(memberships).set({ disabledAt: now }).where(eq(memberships.userId, org.staff.id));
    expect(await readSessionUser(h.db, token, now)).toMatchObject({ role: "staff", organisationIds: [] });
  });

  it("is no session for an unknown token", async () => {
    expect(await readSessionUser(h.db, "no-such-token", now)).toBeNull();
  });

  it("deletes an expired session and is no session", async () => {
    const subject = await createUser(h.db, "subject");
    const token = await sessionOf(subject.id, inMinutes(-1));
    expect(await readSessionUser(h.db, token, now)).toBeNull();
    expect(await expiresOf(token)).toBeUndefined();
  });

  it("extends a session used after its update age, and leaves a fresh one alone", async () => {
    const subject = await createUser(h.db, "subject");
    const fresh = inMinutes(SESSION_MAX_AGE_SECONDS / 60 - 5);
    const freshToken = await sessionOf(subject.id, fresh);
    await readSessionUser(h.db, freshToken, now);
    expect((await expiresOf(freshToken))?.getTime()).toBe(fresh.getTime());

    const due = inMinutes(SESSION_MAX_AGE_SECONDS / 60 - SESSION_UPDATE_AGE_SECONDS / 60 - 1);
    const dueToken = await sessionOf(subject.id, due);
    expect(await readSessionUser(h.db, dueToken, now)).not.toBeNull();
    expect((await expiresOf(dueToken))?.getTime()).toBe(inMinutes(SESSION_MAX_AGE_SECONDS / 60).getTime());
  });
});

describe("the session rules", () => {
  it("extend exactly when next-auth would", () => {
    const maxAge = SESSION_MAX_AGE_SECONDS * 1000;
    const updateAge = SESSION_UPDATE_AGE_SECONDS * 1000;
    expect(extendedExpiry(new Date(now.getTime() + maxAge - updateAge + 1), now)).toBeNull();
    expect(extendedExpiry(new Date(now.getTime() + maxAge - updateAge), now)).toEqual(new Date(now.getTime() + maxAge));
  });

  it("name the cookie as next-auth does, __Secure- only over https", () => {
    expect(sessionCookieName(true)).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(false)).toBe("authjs.session-token");
  });
});
