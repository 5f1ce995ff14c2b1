import { ActionError, fail, fieldErrorsOf, type ActionResult, type ErrorCode } from "../errors";

/**
 * A refusal with a reason the handler can act on ("tasks_open", "extension_not_allowed", …): a key of
 * the `staffErrors` namespace, carried to the form as a `_form` field error. No personal data.
 */
export class WorkflowError extends ActionError {
  constructor(
    code: ErrorCode,
    public reason: string,
  ) {
    super(code);
  }
}

export function refuse(reason: string, code: ErrorCode = "conflict"): never {
  throw new WorkflowError(code, reason);
}

/** Map an error thrown by a workflow function to the typed ActionResult the forms show. */
export function toActionResult(e: unknown): ActionResult<never> {
  if (e instanceof WorkflowError) return fail(e.code, { fieldErrors: { _form: [e.reason] } });
  // Errors carrying field errors (e.g. RequestInputError from fileRequest) keep them for the form.
  if (e instanceof ActionError && "fieldErrors" in e && e.fieldErrors) return fail(e.code, { fieldErrors: e.fieldErrors as Record<string, string[]> });
  if (e instanceof ActionError) return fail(e.code);
  if (e && typeof e === "object" && "issues" in e) {
    return fail("invalid_input", { fieldErrors: fieldErrorsOf((e as { issues: Array<{ path: PropertyKey[]; message: string }> }).issues) });
  }
  // Unexpected: logged by the caller without personal data.
  return fail("internal");
}
