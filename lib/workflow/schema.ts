import { z } from "zod";
import {
  ERASURE_ACTIONS,
  ERASURE_EXCEPTIONS,
  GROUNDS_NEEDING_JUSTIFICATION,
  INFO_REASONS,
  NOTICE_CHANNELS,
  REJECTION_GROUNDS,
  FEE_BASES,
} from "./constants";
import { isUuid } from "../validation/ids";
import { parseEuros } from "./outcomes";

/**
 * One zod schema per staff form: zodResolver on the client, safeParse in the action. Messages are keys
 * of the `errors` namespace or of `staffErrors`. Values arrive as strings from FormData and as
 * strings/booleans from react-hook-form, so checkboxes accept both.
 */
const id = z.string().trim().min(1, "required").max(64, "too_long");
/** An optional id from a hidden field: absent, or a UUID — anything else is refused before a query sees it. */
const optionalUuid = z
  .string()
  .trim()
  .max(64, "too_long")
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isUuid(v), "invalid_id");
const text = (max: number) => z.string().trim().min(1, "required").max(max, "too_long");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "too_long")
    .optional()
    .transform((v) => (v ? v : undefined));
export const checkbox = () =>
  z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true");

export const requestRefSchema = z.object({ requestId: id });

export const assignSchema = z.object({
  requestId: id,
  /** A handler's id, or "" to unassign. */
  assigneeId: z.string().trim().max(64, "too_long").optional().transform((v) => (v ? v : null)),
});

export const claimDecisionSchema = z.object({
  requestId: id,
  claimId: id,
  decision: z.enum(["confirm", "reject"], { message: "required" }),
  /** The person record the claim matches (required to confirm: level 2 means "linked to records"). */
  personId: z.string().trim().max(64).optional().transform((v) => (v ? v : undefined)),
  /** Why it cannot be confirmed: the subject reads it and can correct the claim (issue 11 §4). */
  reason: optionalText(2000),
})
  .refine((v) => v.decision === "reject" || Boolean(v.personId), { path: ["personId"], message: "person_required" })
  .refine((v) => v.decision === "confirm" || (v.reason?.length ?? 0) >= 10, { path: ["reason"], message: "claim_reason_required" });

/** Level 3: only the fact of the check is kept (LEGAL.md §2), so there is no free-text field at all. */
export const inPersonCheckSchema = z.object({
  requestId: id,
  confirmed: checkbox().refine((v) => v, "must_confirm"),
});

export const askInfoSchema = z.object({
  requestId: id,
  reason: z.enum(INFO_REASONS, { message: "required" }),
  message: text(4000),
  pauseClock: checkbox(),
});

export const extendSchema = z.object({ requestId: id, reason: z.string().trim().min(20, "reason_too_short").max(4000, "too_long") });

export const rejectSchema = z
  .object({
    requestId: id,
    ground: z.enum(REJECTION_GROUNDS, { message: "required" }),
    reasons: z.string().trim().min(20, "reason_too_short").max(4000, "too_long"),
    justification: optionalText(8000),
    acknowledged: checkbox().refine((v) => v, "must_acknowledge"),
  })
  .refine((v) => !GROUNDS_NEEDING_JUSTIFICATION.includes(v.ground) || (v.justification?.length ?? 0) >= 40, {
    path: ["justification"],
    message: "justification_required",
  });

export const completeSchema = z.object({ requestId: id, summary: optionalText(4000) });
/** "We hold no data about you" (Art. 15(1)): completes an access request of a person with no records. */
export const noDataSchema = z.object({ requestId: id, summary: optionalText(4000), confirmed: checkbox().refine((v) => v, "must_confirm") });

/** Art. 12(5), 15(3): a reasonable fee based on administrative costs, in euros ("12,50"), with reasons. */
export const feeSchema = z.object({
  requestId: id,
  basis: z.enum(FEE_BASES, { message: "required" }),
  amount: z
    .string()
    .trim()
    .min(1, "required")
    .max(12, "too_long")
    .refine((v) => { const c = parseEuros(v); return c !== null && c > 0; }, "invalid_amount"),
  reasons: z.string().trim().min(20, "reason_too_short").max(4000, "too_long"),
});
export const reopenSchema = z.object({ requestId: id, reason: text(2000) });
export const forwardSchema = z.object({ requestId: id, controller: text(300), message: text(4000) });
export const messageSchema = z.object({ requestId: id, body: text(8000) });
export const noteSchema = z.object({ requestId: id, body: text(8000) });

export const taskDoneSchema = z.object({ requestId: id, taskId: id });
export const taskSkipSchema = z.object({ requestId: id, taskId: id, reason: text(2000) });

/** Rectification: one decision per requested item (Art. 16). */
export const rectificationSchema = z.object({
  requestId: id,
  items: z
    .array(
      z
        .object({
          decision: z.enum(["accepted", "rejected", ""]).nullish(),
          /** The value to write; defaults to the one the subject asked for, staff may correct typos. */
          value: z.string().trim().max(500, "too_long").optional(),
          reason: z.string().trim().max(2000, "too_long").optional(),
        })
        .refine((v) => v.decision !== "rejected" || (v.reason?.length ?? 0) > 0, { path: ["reason"], message: "reason_required" })
        // Items already decided are not in the form: react-hook-form leaves holes in the array there.
        .nullish()
        .transform((v) => v ?? {}),
    )
    .max(200),
});

/** Erasure: per data category erase, anonymise, or keep under a named Art. 17(3) exception. */
export const erasurePlanSchema = z.object({
  requestId: id,
  plan: z
    .array(
      z
        .object({
          category: z.string().trim().min(1).max(64),
          action: z.enum(ERASURE_ACTIONS, { message: "required" }),
          exception: z.enum([...ERASURE_EXCEPTIONS, ""]).optional(),
        })
        .refine((v) => v.action !== "keep" || Boolean(v.exception), { path: ["exception"], message: "exception_required" }),
    )
    .min(1, "required")
    .max(50),
  confirmed: checkbox().refine((v) => v, "must_confirm"),
});

export const restrictSchema = z.object({ requestId: id });

/** Art. 18(3): the subject is told before the restriction is lifted. */
export const liftNoticeSchema = z.object({
  personId: id,
  requestId: optionalUuid,
  channel: z.enum(NOTICE_CHANNELS, { message: "required" }),
  reasons: z.string().trim().min(20, "reason_too_short").max(4000, "too_long"),
});
export const liftSchema = z.object({
  personId: id,
  requestId: optionalUuid,
});

export const objectionDecisionSchema = z.object({
  requestId: id,
  decision: z.enum(["upheld", "dismissed"], { message: "required" }),
  reasons: z.string().trim().min(20, "reason_too_short").max(4000, "too_long"),
});

export const consentWithdrawalSchema = z.object({ requestId: id });

/** Access (Art. 15(4) redaction / tietosuojalaki § 34 withholding) marks on case notes. */
export const itemMarkSchema = z
  .object({
    requestId: id,
    itemId: id,
    kind: z.enum(["redact", "withhold"], { message: "required" }),
    /** Redaction: the exact passage to blank; empty blanks the whole note. */
    passage: z.string().max(4000, "too_long").optional(),
    reason: text(2000),
  });
export const removeMarkSchema = z.object({ requestId: id, markId: id });

/** Access / portability: generate the report file (lib/reports), then release it after review. */
/** One generation may make several formats at once (e.g. the PDF to read and the JSON to move). */
export const REPORT_FORMATS = ["pdf", "json", "csv"] as const;
export const generateReportSchema = z
  .object({ requestId: id, formats: z.object({ pdf: checkbox(), json: checkbox(), csv: checkbox() }).partial().default({}) })
  .refine((v) => REPORT_FORMATS.some((f) => v.formats[f]), { path: ["formats"], message: "required" })
  .transform((v) => ({ requestId: v.requestId, formats: REPORT_FORMATS.filter((f) => v.formats[f]) }));
/** The override reason is needed only while a data-gathering task is open (checked by the query). */
export const releaseReportSchema = z.object({ requestId: id, reportId: id, overrideReason: z.string().trim().max(2000).optional() });

export type AssignInput = z.infer<typeof assignSchema>;
export type ClaimDecisionInput = z.infer<typeof claimDecisionSchema>;
export type AskInfoInput = z.infer<typeof askInfoSchema>;
export type RejectInput = z.infer<typeof rejectSchema>;
export type RectificationInput = z.infer<typeof rectificationSchema>;
export type ErasurePlanInput = z.infer<typeof erasurePlanSchema>;
export type ItemMarkInput = z.infer<typeof itemMarkSchema>;

/** Retention proposals approved by staff: each row's record id and whether it is ticked. */
export const approveRetentionSchema = z.object({
  items: z
    .array(z.object({ personId: z.string().trim().max(64), erase: checkbox() }).nullish().transform((v) => v ?? { personId: "", erase: false }))
    .max(500),
  confirmed: checkbox().refine((v) => v, "must_confirm"),
});
