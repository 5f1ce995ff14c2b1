"use server";
import { headers, cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "./auth";
import { signInSchema, totpSchema, localeSchema } from "./schema";
import { fail, fieldErrorsOf, type ActionResult } from "../errors";
import { getDb } from "../db/client";
import { hitRateLimits } from "../rate-limit/queries";
import { getSessionToken, getSessionUser } from "./session";
import { acceptTotpStep, getTotpState, setUserLocale } from "./queries";
import { openText } from "../crypto";
import { matchTotpStep } from "./totp";
import { isStaffRole } from "./types";
import { localeCookie } from "../i18n/config";
import { getPublicBaseUrl } from "../config/mode";
import { toSameSitePath } from "../http/same-site-path";
import { usesSecureCookies } from "../http/security-headers";

const WINDOW = 15 * 60;

async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}

/** Ask for a sign-in link: parse, rate-limit per address and per IP (PRODUCT.md §4), then send. */
export async function requestSignInLink(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return fail("invalid_input");
  const parsed = signInSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const { email } = parsed.data;
  const db = await getDb();
  const limit = await hitRateLimits(db, [
    { key: `signin:addr:${email}`, max: 5, windowSeconds: WINDOW },
    { key: `signin:ip:${await clientIp()}`, max: 30, windowSeconds: WINDOW },
  ]);
  if (!limit.allowed) return fail("rate_limited", { retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60) });
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
  if (!isStaffRole(user.role)) return fail("forbidden");
  const db = await getDb();
  const limit = await hitRateLimits(db, [{ key: `totp:${user.id}`, max: 10, windowSeconds: WINDOW }]);
  if (!limit.allowed) return fail("rate_limited", { retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60) });
  const state = await getTotpState(user.id);
  const token = await getSessionToken();
  if (!state?.secretEnc || !token) return fail("forbidden");
  const step = matchTotpStep(parsed.data.code, openText(state.secretEnc, `totp:${user.id}`));
  if (step === null) return fail("invalid_input", { fieldErrors: { code: ["totp_invalid"] } });
  if (!(await acceptTotpStep(db, user.id, step, token))) return fail("invalid_input", { fieldErrors: { code: ["totp_reused"] } });
  redirect("/staff");
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
