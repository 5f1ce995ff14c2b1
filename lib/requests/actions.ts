"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getDb } from "../db/client";
import { getSessionUser } from "../auth/session";
import { ActionError, fail, fieldErrorsOf, ok, type ActionResult } from "../errors";
import { isLocale } from "../i18n/config";
import { feeAnswerSchema, newCopySchema, requestFormSchema, subjectMessageSchema, withdrawRequestSchema } from "./schema";
import { answerFee } from "../workflow/fee-queries";
import { askForNewCopy } from "./new-copy-queries";
import { postSubjectMessage, submitMyRequest, withdrawMyRequest, type SubmitRequestResult } from "./queries-subject";
import { RequestInputError } from "./errors";

export type { SubmitRequestResult } from "./queries-subject";

/** Errors thrown by the queries become typed results; anything else is logged without personal data. */
function toFailure(e: unknown, where: string): ActionResult<never> {
  if (e instanceof RequestInputError) return fail("invalid_input", { fieldErrors: e.fieldErrors });
  if (e instanceof ActionError) return fail(e.code);
  console.error(`[requests] ${where} failed:`, (e as Error)?.name ?? "error");
  return fail("internal");
}

/** File a request of any type from its form (the values of one of the schemas in ./schema). */
export async function submitRequest(values: unknown): Promise<ActionResult<SubmitRequestResult>> {
  const parsed = requestFormSchema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  const locale = await getLocale();
  try {
    const result = await submitMyRequest(await getDb(), user, parsed.data, isLocale(locale) ? locale : user.locale);
    if (result.ok && result.data.kind === "filed") revalidatePath("/my/requests");
    return result;
  } catch (e) {
    return toFailure(e, "submitRequest");
  }
}

/** The subject writes to the handler of their own request. */
export async function sendSubjectMessage(values: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = subjectMessageSchema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  try {
    const message = await postSubjectMessage(await getDb(), user.id, parsed.data);
    revalidatePath(`/my/requests/${parsed.data.requestId}`);
    return ok({ id: message.id });
  } catch (e) {
    return toFailure(e, "sendSubjectMessage");
  }
}

/** Withdraw one's own open request. */
export async function withdrawRequest(values: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = withdrawRequestSchema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  try {
    const r = await withdrawMyRequest(await getDb(), user.id, parsed.data);
    revalidatePath(`/my/requests/${r.id}`);
    revalidatePath("/my/requests");
    return ok({ id: r.id });
  } catch (e) {
    return toFailure(e, "withdrawRequest");
  }
}

/** Accept or decline the fee asked for one's own request (the owner is in the query's WHERE). */
export async function answerFeeAction(values: unknown): Promise<ActionResult<{ status: string }>> {
  const parsed = feeAnswerSchema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  try {
    const r = await answerFee(await getDb(), user.id, parsed.data);
    revalidatePath(`/my/requests/${parsed.data.requestId}`);
    revalidatePath("/my/requests");
    return ok(r);
  } catch (e) {
    return toFailure(e, "answerFeeAction");
  }
}

/** Ask for a new copy of an expired report of one's own request (free: the same request). */
export async function askNewCopy(values: unknown): Promise<ActionResult<{ alreadyAsked: boolean }>> {
  const parsed = newCopySchema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  try {
    const r = await askForNewCopy(await getDb(), user.id, parsed.data);
    revalidatePath(`/my/requests/${parsed.data.requestId}`);
    return ok(r);
  } catch (e) {
    return toFailure(e, "askNewCopy");
  }
}
