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
  | "unavailable"
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

/**
 * The database is unreachable (restart, failover): the request is refused cleanly (503) and can be
 * retried; nothing half-done is stored because the transaction never committed.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const codes = new Set(["ECONNREFUSED", "ECONNRESET", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "57P01", "57P02", "57P03", "08006", "08001", "08003"]);
  for (let cur: unknown = e, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: string }).code;
    if (code && codes.has(code)) return true;
  }
  return false;
}
