"use server";
import type { ActionResult } from "../errors";
import { runStaffAction } from "../workflow/action-runner";
import { authorityDecisionSchema } from "./schema";
import { decideAuthority } from "./decision-queries";

type Prev = ActionResult<unknown> | null;

/** Staff confirm or refuse a representative's authority (LEGAL.md §2); the query scopes, audits and tells the representative. */
export async function decideAuthorityAction(_: Prev, fd: FormData) {
  return runStaffAction(authorityDecisionSchema, fd, (db, a, i) => decideAuthority(db, a, i), {
    paths: (i) => [`/staff/requests/${i.requestId}`, "/staff"],
  });
}
