"use server";
import { getLocale } from "next-intl/server";
import { getDb } from "../db/client";
import { ActionError, fail, fieldErrorsOf, ok, type ActionResult } from "../errors";
import { getClientIp } from "../http/client-ip";
import { isLocale } from "../i18n/config";
import { formDataToObject } from "../workflow/form-data";
import { accessibilityFeedbackSchema } from "./schema";
import { sendAccessibilityFeedback } from "./queries";

/**
 * The accessibility statement's feedback form. Public (anyone may give feedback, signed in or not):
 * parse, then the per-IP limit, then store and email in one transaction. No personal data in errors.
 */
export async function sendAccessibilityFeedbackAction(_prev: ActionResult<unknown> | null, fd: FormData): Promise<ActionResult<undefined>> {
  const parsed = accessibilityFeedbackSchema.safeParse(formDataToObject(fd));
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const current = await getLocale();
  try {
    const res = await sendAccessibilityFeedback(await getDb(), { ...parsed.data, locale: isLocale(current) ? current : "fi", ip: await getClientIp() });
    if (!res.ok) return fail("rate_limited", { retryAfterMinutes: Math.max(1, Math.ceil(res.retryAfterSeconds / 60)) });
    return ok(undefined);
  } catch (e) {
    if (e instanceof ActionError) return fail(e.code);
    console.error("[omatieto] accessibility feedback failed:", (e as Error)?.name ?? "error");
    return fail("internal");
  }
}
