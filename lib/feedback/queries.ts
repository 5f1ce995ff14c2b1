import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { accessibilityFeedback, organisations } from "../db/schema";
import type { Locale } from "../db/types";
import { ActionError } from "../errors";
import { enqueueEmail } from "../mail/queries";
import { hitRateLimits } from "../rate-limit/queries";
import { ACCESSIBILITY_FEEDBACK_IP } from "../rate-limit/policies";
import { isUuid } from "../validation/ids";
import type { AccessibilityFeedbackInput } from "./schema";

/**
 * Store accessibility feedback and email it to the organisation's contact in one transaction (Act on
 * the Provision of Digital Services 306/2019, s. 15). Public, so limited per client IP like sign-in.
 * Returns the retry delay in seconds when the limit is met.
 */
export async function sendAccessibilityFeedback(
  db: Db,
  input: AccessibilityFeedbackInput & { locale: Locale; ip: string },
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  if (!isUuid(input.organisationId)) throw new ActionError("not_found");
  const [org] = await db
    .select({ id: organisations.id, name: organisations.name, contactEmail: organisations.contactEmail })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId));
  if (!org) throw new ActionError("not_found");
  const limit = await hitRateLimits(db, [{ key: `a11y-feedback:ip:${input.ip}`, ...ACCESSIBILITY_FEEDBACK_IP }]);
  if (!limit.allowed) return { ok: false, retryAfterSeconds: limit.retryAfterSeconds };
  const none = { fi: "ei annettu", sv: "inte angiven", en: "not given" }[input.locale];
  await db.transaction(async (tx) => {
    await tx.insert(accessibilityFeedback).values({
      organisationId: org.id,
      message: input.message,
      pageAddress: input.pageAddress ?? null,
      contact: input.contact ?? null,
      locale: input.locale,
    });
    if (org.contactEmail) {
      await enqueueEmail(tx, {
        template: "staff_accessibility_feedback",
        // The association reads it in Finnish unless the sender wrote in another language.
        locale: input.locale,
        to: org.contactEmail,
        organisationId: org.id,
        vars: {
          organisationName: org.name,
          organisationContact: org.contactEmail,
          feedbackText: input.message,
          feedbackPage: input.pageAddress ?? none,
          feedbackContact: input.contact ?? none,
        },
      });
    }
  });
  return { ok: true };
}
