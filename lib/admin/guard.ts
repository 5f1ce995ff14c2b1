import { ActionError } from "../errors";
import type { StaffActor } from "../workflow/types";

/** Admin of this organisation (PRODUCT.md §1: admins manage their own organisations only). */
export function assertAdminOf(actor: StaffActor, organisationId: string): void {
  if (actor.role !== "admin") throw new ActionError("forbidden");
  if (!actor.organisationIds.includes(organisationId)) throw new ActionError("not_found");
}
