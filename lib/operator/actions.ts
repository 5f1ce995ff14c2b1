"use server";
import { redirect } from "next/navigation";
import { fail, fieldErrorsOf, type ActionResult } from "../errors";
import { getDb } from "../db/client";
import { getClientIp } from "../http/client-ip";
import { hitRateLimits } from "../rate-limit/queries";
import { minutesOf, SETUP_TOKEN_IP } from "../rate-limit/policies";
import { toActionResult } from "../workflow/errors";
import { formDataToObject } from "../workflow/form-data";
import { runOperatorAction } from "./action-runner";
import * as s from "./schema";
import * as q from "./queries";
import { redeemSetupToken } from "./setup-queries";

// The platform operator's actions (issue 10). Each runs one transaction with its audit event.
type Prev = ActionResult<unknown> | null;

export async function createOrganisationAction(_: Prev, fd: FormData) {
  return runOperatorAction(s.createOrganisationSchema, fd, (db, a, i) => q.createOrganisation(db, a, i));
}
export async function inviteAdminAction(_: Prev, fd: FormData) {
  return runOperatorAction(s.inviteAdminSchema, fd, (db, a, i) => q.inviteAdmin(db, a, i).then(() => undefined));
}
export async function withdrawAdminInvitationAction(_: Prev, fd: FormData) {
  return runOperatorAction(s.withdrawAdminInvitationSchema, fd, (db, a, i) => q.withdrawAdminInvitation(db, a, i));
}
export async function organisationStateAction(_: Prev, fd: FormData) {
  return runOperatorAction(s.organisationStateSchema, fd, (db, a, i) => q.setOrganisationState(db, a, i));
}

/**
 * /setup: anyone holding the token from the log may create the first operator, once. Rate-limited per
 * IP so the token cannot be guessed (it is 192 random bits anyway); then the person signs in by link.
 */
export async function redeemSetupAction(_: Prev, fd: FormData): Promise<ActionResult> {
  const parsed = s.setupSchema.safeParse(formDataToObject(fd));
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const db = await getDb();
  const limit = await hitRateLimits(db, [{ key: `setup:${await getClientIp()}`, ...SETUP_TOKEN_IP }]);
  if (!limit.allowed) return fail("rate_limited", { retryAfterMinutes: minutesOf(limit.retryAfterSeconds) });
  try {
    await redeemSetupToken(db, parsed.data);
  } catch (e) {
    return toActionResult(e);
  }
  redirect("/sign-in?setup=done");
}
