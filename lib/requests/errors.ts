import { ActionError, type FieldErrors } from "../errors";

/** Thrown inside the filing transaction (rolling it back) when input refers to something not allowed. */
export class RequestInputError extends ActionError {
  constructor(public fieldErrors: FieldErrors) {
    super("invalid_input");
  }
}
