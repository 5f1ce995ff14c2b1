import "server-only";
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { registers } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { assertAdminOf } from "../admin/guard";
import { isUuid } from "../validation/ids";
import type { StaffActor } from "../workflow/types";
import type { RetentionRuleInput } from "./schema";

/** The register with its retention rule, for its admin only (another organisation's id is "not found"). */
export async function getRegisterRetention(db: DbOrTx, actor: StaffActor, registerId: string) {
  if (!isUuid(registerId)) throw new ActionError("not_found");
  const [reg] = await db
    .select({
      id: registers.id,
      organisationId: registers.organisationId,
      notice: registers.notice,
      retentionRule: registers.retentionRule,
      months: registers.retentionMonthsAfterEnd,
      law: registers.retentionLaw,
    })
    .from(registers)
    .where(eq(registers.id, registerId));
  if (!reg) throw new ActionError("not_found");
  assertAdminOf(actor, reg.organisationId);
  return reg;
}

/** Set a register's retention rule (issue 10 item 4); audited, the law and period in the payload (not personal). */
export async function updateRetentionRule(db: Db, actor: StaffActor, input: RetentionRuleInput) {
  return db.transaction(async (tx) => {
    const reg = await getRegisterRetention(tx, actor, input.registerId);
    const months = input.retentionRule === "while_needed" ? null : input.months;
    const law = input.retentionRule === "legal_retention" ? input.law : null;
    await tx
      .update(registers)
      .set({ retentionRule: input.retentionRule, retentionMonthsAfterEnd: months, retentionLaw: law, updatedAt: new Date() })
      .where(eq(registers.id, reg.id));
    await recordAudit(tx, {
      organisationId: reg.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: "register.retention_updated",
      payload: { registerId: reg.id, retentionRule: input.retentionRule, months, law },
    });
  });
}
