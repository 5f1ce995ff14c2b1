"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "../db/client";
import { getSessionUser } from "../auth/session";
import { ActionError, fail, fieldErrorsOf, ok, type ActionResult } from "../errors";
import { hitRateLimits } from "../rate-limit/queries";
import { CLIENT_REFERENCE_ACCOUNT, CLIENT_REFERENCE_IP, IDENTITY_CLAIM_ACCOUNT, minutesOf } from "../rate-limit/policies";
import { getClientIp } from "../http/client-ip";
import { clientReferenceSchema, identityClaimSchema } from "./schema";
import { linkByClientReference, submitIdentityClaim } from "./queries";


/** Level-2 claim for staff to confirm (birth date and/or identity code). */
export async function submitClaim(values: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = identityClaimSchema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  const db = await getDb();
  const limit = await hitRateLimits(db, [{ key: `claim:${user.id}`, ...IDENTITY_CLAIM_ACCOUNT }]);
  if (!limit.allowed) return fail("rate_limited", { retryAfterMinutes: minutesOf(limit.retryAfterSeconds) });
  try {
    const claim = await submitIdentityClaim(db, user, {
      organisationId: parsed.data.organisationId,
      fullName: parsed.data.fullName,
      birthDate: parsed.data.birthDate || undefined,
      identityCode: parsed.data.identityCode || undefined,
    });
    revalidatePath("/my/verify");
    return ok({ id: claim.id });
  } catch (e) {
    if (e instanceof ActionError) return fail(e.code);
    console.error("[identity] submitClaim failed:", (e as Error)?.name ?? "error");
    return fail("internal");
  }
}

/**
 * An anonymous client's reference and secret (Art. 11). Attempts are limited per account and per
 * client IP, and wrong secrets are counted on the reference itself, which locks after a few
 * (lib/identity/queries-reference.ts): the secret is short enough to be typed, so guessing must fail.
 */
export async function linkClientReference(values: unknown): Promise<ActionResult<{ organisationId: string }>> {
  const parsed = clientReferenceSchema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  const db = await getDb();
  const limit = await hitRateLimits(db, [
    { key: `clientref:user:${user.id}`, ...CLIENT_REFERENCE_ACCOUNT },
    { key: `clientref:ip:${await getClientIp()}`, ...CLIENT_REFERENCE_IP },
  ]);
  if (!limit.allowed) return fail("rate_limited", { retryAfterMinutes: minutesOf(limit.retryAfterSeconds) });
  const linked = await linkByClientReference(db, user, parsed.data);
  if (!linked) return fail("invalid_input", { fieldErrors: { secret: ["client_reference_mismatch"] } });
  revalidatePath("/my/data");
  return ok({ organisationId: linked.organisationId });
}
