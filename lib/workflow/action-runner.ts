import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb, type Db } from "../db/client";
import { getSessionUser } from "../auth/session";
import { isStaffRole } from "../auth/types";
import { fail, fieldErrorsOf, ok, type ActionResult } from "../errors";
import { formDataToObject } from "./form-data";
import { toActionResult } from "./errors";
import type { StaffActor } from "./types";

/**
 * The signed-in staff member with the second factor passed, as an actor; a typed failure otherwise.
 * Without an active membership only `account` actions (answering invitations) run; `admin` needs an
 * admin membership somewhere, and each query then checks that very organisation (assertAdminOf).
 */
export async function staffActor(opts: { admin?: boolean; account?: boolean } = {}): Promise<StaffActor | ActionResult<never>> {
  const user = await getSessionUser();
  if (!user) return fail("unauthenticated");
  if (!isStaffRole(user.role)) return fail("forbidden");
  if (!user.mfa) return fail("mfa_required");
  const adminOrganisationIds = user.adminOrganisationIds ?? [];
  if (!opts.account && user.organisationIds.length === 0) return fail("forbidden");
  if (opts.admin && adminOrganisationIds.length === 0) return fail("forbidden");
  return { id: user.id, role: user.role, organisationIds: user.organisationIds, adminOrganisationIds };
}

/**
 * The body of every staff server action (house rule 3): parse with the form's zod schema → authenticate
 * → call the query function, which authorises by organisation in its WHERE → revalidate the pages.
 * Errors come back typed; nothing personal is logged.
 */
export async function runStaffAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  fn: (db: Db, actor: StaffActor, input: z.infer<S>) => Promise<T>,
  opts: { paths?: (input: z.infer<S>) => string[]; admin?: boolean; account?: boolean } = {},
): Promise<ActionResult<T | undefined>> {
  return runStaffActionValues(schema, formDataToObject(formData), fn, opts);
}

/** The same for actions called with a plain object (e.g. one chunk of a CSV import from the browser). */
export async function runStaffActionValues<S extends z.ZodType, T>(
  schema: S,
  values: unknown,
  fn: (db: Db, actor: StaffActor, input: z.infer<S>) => Promise<T>,
  opts: { paths?: (input: z.infer<S>) => string[]; admin?: boolean; account?: boolean } = {},
): Promise<ActionResult<T | undefined>> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return fail("invalid_input", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const actor = await staffActor({ admin: opts.admin, account: opts.account });
  if ("ok" in actor) return actor;
  try {
    const db = await getDb();
    const data = await fn(db, actor, parsed.data);
    for (const p of opts.paths?.(parsed.data) ?? []) revalidatePath(p);
    return ok(data);
  } catch (e) {
    const result = toActionResult(e);
    if (!result.ok && result.code === "internal") console.error("[omatieto] staff action failed:", (e as Error)?.name ?? "error");
    return result;
  }
}
