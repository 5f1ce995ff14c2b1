import { ActionError } from "../errors";
import { isAdminOf } from "../auth/types";
import type { StaffActor } from "../workflow/types";

/**
 * Admin of this organisation (PRODUCT.md §1: admins manage their own organisations only): an active
 * admin membership in it. Being admin elsewhere counts for nothing here. Another organisation's id is
 * "not found", like a missing one; a handler of this organisation is "forbidden".
 */
export function assertAdminOf(actor: StaffActor, organisationId: string): void {
  if (!actor.organisationIds.includes(organisationId)) throw new ActionError("not_found");
  if (!isAdminOf(actor, organisationId)) throw new ActionError("forbidden");
}
