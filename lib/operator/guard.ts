import { ActionError } from "../errors";
import { isOperatorRole, type Role } from "../auth/types";

/** The actor of an operator query: the operator account's id and its session role. */
export type OperatorActor = { id: string; role: Role };

/** Only the platform operator; anyone else is refused before any query runs. */
export function assertOperator(actor: OperatorActor): void {
  if (!isOperatorRole(actor.role)) throw new ActionError("forbidden");
}
