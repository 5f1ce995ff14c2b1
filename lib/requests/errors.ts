import { ActionError, type FieldErrors } from "../errors";

/** Thrown inside the filing transaction (rolling it back) when input refers to something not allowed. */
export class RequestInputError extends ActionError {
  constructor(public fieldErrors: FieldErrors) {
    super("invalid_input");
  }
}

/** The account or the organisation is past its filing limit (lib/rate-limit/policies.ts); nothing was stored. */
export class FilingLimitError extends ActionError {
  constructor(public retryAfterSeconds: number) {
    super("rate_limited");
  }
}
