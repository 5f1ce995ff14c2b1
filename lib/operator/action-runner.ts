import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb, type Db } from "../db/client";
import { getSessionUser } from "../auth/session";
import { isOperatorRole } from "../auth/types";
import { fail, fieldErrorsOf, ok, type ActionResult } from "../errors";
import { formDataToObject } from "../workflow/form-data";
import { toActionResult } from "../workflow/errors";
import type { OperatorActor } from "./guard";

/**
 * The body of every operator server action: parse with the form's zod schema → authenticate (the
 * operator account with the second factor passed in this session) → the query, which re-reads the
 * account in its transaction → revalidate. Nothing personal is logged.
 */
export async function runOperatorAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  fn: (db: Db, actor: OperatorActor, input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  if (!isOperatorRole(user.role)) return fail("forbidden");
  if (!user.mfa) return fail("mfa_required");
  try {
    const data = await fn(await getDb(), { id: user.id, role: user.role }, parsed.data);
    revalidatePath("/operator");
    return ok(data);
  } catch (e) {
    const result = toActionResult(e);
    if (!result.ok && result.code === "internal") console.error("[omatieto] operator action failed:", (e as Error)?.name ?? "error");
    return result;
  }
}
