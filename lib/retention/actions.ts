"use server";
import type { ActionResult } from "../errors";
import { runStaffAction } from "../workflow/action-runner";
import { retentionRuleSchema, retentionTaskDoneSchema } from "./schema";
import { markRetentionTaskDone } from "./queries";
import { updateRetentionRule } from "./rule-queries";

type Prev = ActionResult<unknown> | null;

/** Admin: a register's retention rule (its own form, apart from the register editor). */
export async function retentionRuleAction(_: Prev, fd: FormData) {
  return runStaffAction(retentionRuleSchema, fd, (db, a, i) => updateRetentionRule(db, a, i), {
    admin: true,
    paths: (i) => [`/admin/registers/${i.registerId}/retention`, `/admin/registers/${i.registerId}`],
  });
}

/** Staff: the erasure in an external system (or the recipient's notice) after an approved retention erasure is done. */
export async function retentionTaskDoneAction(_: Prev, fd: FormData) {
  return runStaffAction(retentionTaskDoneSchema, fd, (db, a, i) => markRetentionTaskDone(db, a, i), { paths: () => ["/staff/retention"] });
}
