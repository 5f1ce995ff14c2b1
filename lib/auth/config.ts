import "server-only";
import type { NextAuthConfig } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { cookies } from "next/headers";
import { getDb } from "../db/client";
import { accounts, sessions, users, verificationTokens } from "../db/schema";
import { getAuthSecret } from "../crypto";
import { isLocale, localeCookie } from "../i18n/config";
import { sendSignInLink } from "./sign-in-mail";
import { buildSignInLink } from "./sign-in-link";
import { getPublicBaseUrl, pinAuthUrl } from "../config/mode";
import { sessionUserOf, setUserLocale } from "./queries";
import { usesSecureCookies } from "../http/security-headers";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-policy";

/** PRODUCT.md §4: links expire in 15 minutes. Tests shorten it to see an expired link without waiting. */
export const SIGN_IN_LINK_SECONDS = Number(process.env.OMATIETO_SIGNIN_LINK_SECONDS ?? 15 * 60);

/**
 * next-auth v5 configuration, built per request (lazy: `next build` must not open the database).
 * Database sessions, so that every app instance shares them and a role change applies at once.
 */
export async function buildAuthConfig(): Promise<NextAuthConfig> {
  const db = await getDb();
  // next-auth takes its origin from AUTH_URL when set (never from Host then): pinned to the base URL.
  pinAuthUrl();
  return {
    secret: getAuthSecret(),
    // With AUTH_URL pinned, next-auth rewrites every request to that origin, so "trusting the host"
    // only means trusting our own configured URL.
    trustHost: true,
    // `Secure` cookies (and their __Secure- names) from the configured base URL, never guessed from
    // X-Forwarded-Proto or the request URL (finding 12).
    useSecureCookies: usesSecureCookies(),
    // Our tables carry extra columns (role, second factor): the adapter only reads its own ones.
    adapter: (DrizzleAdapter as (db: unknown, schema: unknown) => ReturnType<typeof DrizzleAdapter>)(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      Nodemailer({
        id: "nodemailer",
        // Unused (sendVerificationRequest goes through the outbox) but required by the provider.
        server: process.env.SMTP_URL ?? "smtp://127.0.0.1:25",
        from: process.env.MAIL_FROM ?? "Omatieto <no-reply@omatieto.localhost>",
        // PRODUCT.md §4: single use (the adapter deletes the token) and 15 minutes.
        maxAge: SIGN_IN_LINK_SECONDS,
        normalizeIdentifier: (id) => id.trim().toLowerCase(),
        sendVerificationRequest: async ({ identifier, token, provider }) =>
          sendSignInLink(identifier, buildSignInLink(getPublicBaseUrl(), { token, email: identifier, providerId: provider.id })),
      }),
    ],
    callbacks: {
      // An explicit object: returning the mutated session leaked the token (STACK.md).
      async session(params) {
        // The adapter joined the whole users row to the session: role, language and TOTP are on it.
        const { user } = params as unknown as { user: { id: string; email: string; name: string | null; role: string; locale: string; totpEnabledAt: Date | null } };
        const row = (params as unknown as { session: { secondFactorAt?: Date | null } }).session;
        return { expires: params.session.expires, user: await sessionUserOf(db, user, row.secondFactorAt) } as never;
      },
    },
    events: {
      // The language chosen before signing in becomes the account's language (emails follow it).
      async signIn({ user }) {
        const chosen = (await cookies()).get(localeCookie)?.value;
        if (user.id && isLocale(chosen)) await setUserLocale(user.id, chosen);
      },
    },
  };
}
