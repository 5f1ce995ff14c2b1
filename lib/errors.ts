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
  return causeChain(e).some((cur) => {
    const code = (cur as { code?: string }).code;
    return Boolean(code && codes.has(code));
  });
}

/** The error and its causes (drizzle wraps the driver's error), at most five deep. */
function causeChain(e: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let cur: unknown = e, depth = 0; cur && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) chain.push(cur);
  return chain;
}

/**
 * For a log line: the error's class and the codes down its cause chain (a driver's code, the SQLSTATE,
 * the constraint's name), which help diagnose and carry no personal data. Never the message, which can
 * quote the values of a statement.
 */
export function describeError(e: unknown): string {
  const parts = [(e as Error)?.name ?? "error"];
  for (const cur of causeChain(e)) {
    const { code, constraint_name } = cur as { code?: unknown; constraint_name?: unknown };
    if (typeof code === "string") parts.push(code);
    if (typeof constraint_name === "string") parts.push(constraint_name);
  }
  return parts.join(" ");
}
