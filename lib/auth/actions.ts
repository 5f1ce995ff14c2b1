"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "./auth";
import { signInSchema, totpSchema, localeSchema } from "./schema";
import { fail, fieldErrorsOf, type ActionResult } from "../errors";
import { getDb } from "../db/client";
import { hitRateLimits, hitSignInLimits } from "../rate-limit/queries";
import { minutesOf, TOTP_ACCOUNT } from "../rate-limit/policies";
import { getClientIp } from "../http/client-ip";
import { getSessionToken, getSessionUser } from "./session";
import { acceptTotpStep, getTotpState, setUserLocale } from "./queries";
import { openText } from "../crypto";
import { matchTotpStep } from "./totp";
import { homeOf, needsSecondFactor } from "./types";
import { localeCookie } from "../i18n/config";
import { getPublicBaseUrl } from "../config/mode";
import { toSameSitePath } from "../http/same-site-path";
import { usesSecureCookies } from "../http/security-headers";

/**
 * Ask for a sign-in link: parse, rate-limit (PRODUCT.md §4; per address + IP, per IP, and a loose
 * per-address ceiling, so that nobody can lock a known address out: lib/rate-limit/policies.ts), then send.
 */
export async function requestSignInLink(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return fail("invalid_input");
  const parsed = signInSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const { email } = parsed.data;
  const db = await getDb();
  const limit = await hitSignInLimits(db, { email, ip: await getClientIp() });
  if (!limit.allowed) return fail("rate_limited", { retryAfterMinutes: minutesOf(limit.retryAfterSeconds) });
  await signIn("nodemailer", { email, redirect: false, redirectTo: "/after-sign-in" });
  redirect("/sign-in/check-email");
}

/** Staff second factor: a TOTP code, each time step accepted once. */
export async function verifyTotp(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return fail("invalid_input");
  const parsed = totpSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  if (!needsSecondFactor(user.role)) return fail("forbidden");
  const db = await getDb();
  const limit = await hitRateLimits(db, [{ key: `totp:${user.id}`, ...TOTP_ACCOUNT }]);
  if (!limit.allowed) return fail("rate_limited", { retryAfterMinutes: minutesOf(limit.retryAfterSeconds) });
  const state = await getTotpState(user.id);
  const token = await getSessionToken();
  if (!state?.secretEnc || !token) return fail("forbidden");
  const step = matchTotpStep(parsed.data.code, openText(state.secretEnc, `totp:${user.id}`));
  if (step === null) return fail("invalid_input", { fieldErrors: { code: ["totp_invalid"] } });
  if (!(await acceptTotpStep(db, user.id, step, token))) return fail("invalid_input", { fieldErrors: { code: ["totp_reused"] } });
  redirect(homeOf(user.role));
}

/** The language switcher: a cookie (and the account's language, which emails use). */
export async function changeLocale(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const parsed = localeSchema.safeParse({ locale: formData.get("locale"), back: formData.get("back") ?? undefined });
  if (!parsed.success) return;
  (await cookies()).set(localeCookie, parsed.data.locale, {
    path: "/",
    sameSite: "lax",
    maxAge: 365 * 24 * 3600,
    httpOnly: false,
    // Secure from the configured base URL, never guessed from request headers (finding 12).
    secure: usesSecureCookies(),
  });
  const user = await getSessionUser();
  if (user) await setUserLocale(user.id, parsed.data.locale);
  // Only a path on this site: an open redirect would help phishing.
  redirect(toSameSitePath(parsed.data.back, getPublicBaseUrl()));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
