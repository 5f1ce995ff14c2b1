import { z } from "zod";
import { RETENTION_RULES } from "./rules";

const id = z.guid("invalid_id");

/** The admin's retention rule of one register; months for every rule but "while needed", the law for legal retention. */
export const retentionRuleSchema = z
  .object({
    registerId: id,
    retentionRule: z.enum(RETENTION_RULES, { message: "required" }),
    months: z
      .union([z.literal(""), z.coerce.number("number_range").int("number_range").min(0, "number_range").max(1200, "number_range")])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    law: z.string().trim().max(300, "too_long").optional().transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.retentionRule !== "while_needed" && v.months === null) ctx.addIssue({ code: "custom", path: ["months"], message: "months_required" });
    if (v.retentionRule === "legal_retention" && !v.law) ctx.addIssue({ code: "custom", path: ["law"], message: "law_required" });
  });
export type RetentionRuleInput = z.infer<typeof retentionRuleSchema>;

/** One external erasure (processor) or notice (recipient) done after an approved retention erasure. */
export const retentionTaskDoneSchema = z.object({ taskId: id });
