/**
 * Typed results of every server action (house rule 6). Error codes are translated in the UI through
 * the `errors` namespace; they never carry personal data.
 */
export type ErrorCode =
  | "invalid_input"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "mfa_required"
  | "internal";

/** Field errors hold message keys of the `errors` namespace (e.g. "email_invalid"). */
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors; retryAfterMinutes?: number };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, extra?: { fieldErrors?: FieldErrors; retryAfterMinutes?: number }): ActionResult<never> {
  return { ok: false, code, ...extra };
}

/** Turn zod issues into field errors; the schema's messages are translation keys. */
export function fieldErrorsOf(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** An error thrown inside a transaction to roll it back with a typed code. */
export class ActionError extends Error {
  constructor(public code: ErrorCode) {
    super(code);
  }
}
