/**
 * One zod schema per request form (house rule 2): the same object validates the form in the browser
 * (zodResolver) and the input of the server action. Messages are keys of the `requestErrors`
 * namespace (lib/i18n/messages/<locale>/requests.json), falling back to `errors`.
 */
import { z } from "zod";
import type { RequestDetails } from "../db/types";
import {
  ACCESS_FORMATS,
  CODED_FIELD_VALUES,
  isCodedField,
  ERASURE_GROUNDS,
  OBJECTION_KINDS,
  PERSONAL_SITUATION_MIN,
  PORTABILITY_FORMATS,
  RECTIFICATION_FIELDS,
  RESTRICTION_GROUNDS,
  TEXT_MAX,
} from "./constants";

const id = () => z.guid("invalid_choice");
const optionalText = () => z.string().trim().max(TEXT_MAX, "text_too_long").optional();
const registerIds = () => z.array(id()).min(1, "choose_register").max(50);
/**
 * Cross-field rules run even when another field is wrong, so the person sees every mistake at once
 * (zod skips refinements after other issues by default); the rule functions are written defensively.
 */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** Fields every request form has: the organisation and the "file anyway" answer to a duplicate warning. */
const base = {
  organisationId: z.guid("choose_organisation"),
  confirmDuplicate: z.boolean().optional(),
};

export const accessFormSchema = z.object({
  type: z.literal("access"),
  ...base,
  registerIds: registerIds(),
  formats: z.array(z.enum(ACCESS_FORMATS, "invalid_choice")).min(1, "choose_format"),
  note: optionalText(),
});

export const rectificationItemSchema = z
  .object({
    personId: id(),
    field: z.enum(RECTIFICATION_FIELDS, "choose_field"),
    correctValue: z.string().trim().max(500, "value_too_long").optional(),
    statement: optionalText(),
  })
  .superRefine((item, ctx) => {
    // Art. 16: inaccurate data is corrected; incomplete data may be completed by a statement.
    // Case notes are the professional's record: only a supplementary statement is possible.
    if (item.field === "caseNotes") {
      if (!item.statement) ctx.addIssue({ code: "custom", path: ["statement"], message: "statement_required" });
    } else if (!item.correctValue && !item.statement) {
      ctx.addIssue({ code: "custom", path: ["correctValue"], message: "correct_value_required" });
    } else if (item.correctValue && isCodedField(item.field) && !(CODED_FIELD_VALUES[item.field] as readonly string[]).includes(item.correctValue)) {
      ctx.addIssue({ code: "custom", path: ["correctValue"], message: "invalid_choice" });
    }
  }, always);

export const rectificationFormSchema = z.object({
  type: z.literal("rectification"),
  ...base,
  items: z.array(rectificationItemSchema).min(1, "add_item").max(20, "too_many_items"),
});

export const erasureFormSchema = z
  .object({
    type: z.literal("erasure"),
    ...base,
    scope: z.enum(["everything", "categories"], "choose_scope"),
    categories: z.array(z.string().regex(/^[a-z_]{1,40}$/, "invalid_choice")).max(40),
    ground: z.enum(ERASURE_GROUNDS, "choose_ground"),
    explanation: optionalText(),
  })
  .superRefine((v, ctx) => {
    if (v.scope === "categories" && (!Array.isArray(v.categories) || v.categories.length === 0)) {
      ctx.addIssue({ code: "custom", path: ["categories"], message: "choose_category" });
    }
  }, always);

export const restrictionFormSchema = z.object({
  type: z.literal("restriction"),
  ...base,
  ground: z.enum(RESTRICTION_GROUNDS, "choose_ground"),
  explanation: z.string().trim().min(1, "explanation_required").max(TEXT_MAX, "text_too_long"),
  registerIds: registerIds(),
});

export const objectionFormSchema = z
  .object({
    type: z.literal("objection"),
    ...base,
    kind: z.enum(OBJECTION_KINDS, "choose_objection_kind"),
    personalSituation: optionalText(),
    registerIds: registerIds(),
  })
  .superRefine((v, ctx) => {
    // Art. 21(1): "on grounds relating to his or her particular situation" (seed 000 asks for it).
    if (v.kind === "legitimate_interest" && String(v.personalSituation ?? "").trim().length < PERSONAL_SITUATION_MIN) {
      ctx.addIssue({ code: "custom", path: ["personalSituation"], message: "personal_situation_required" });
    }
  }, always);

export const consentWithdrawalFormSchema = z.object({
  type: z.literal("consent_withdrawal"),
  ...base,
  consentIds: z.array(id()).min(1, "choose_consent").max(100),
});

export const portabilityFormSchema = z.object({
  type: z.literal("portability"),
  ...base,
  registerIds: registerIds(),
  formats: z.array(z.enum(PORTABILITY_FORMATS, "invalid_choice")).min(1, "choose_format"),
});

/** The action's input: whichever form was sent, told apart by `type`. */
export const requestFormSchema = z.discriminatedUnion("type", [
  accessFormSchema,
  rectificationFormSchema,
  erasureFormSchema,
  restrictionFormSchema,
  objectionFormSchema,
  consentWithdrawalFormSchema,
  portabilityFormSchema,
]);

export const requestFormSchemas = {
  access: accessFormSchema,
  rectification: rectificationFormSchema,
  erasure: erasureFormSchema,
  restriction: restrictionFormSchema,
  objection: objectionFormSchema,
  consent_withdrawal: consentWithdrawalFormSchema,
  portability: portabilityFormSchema,
} as const;

export type AccessFormInput = z.input<typeof accessFormSchema>;
export type RectificationFormInput = z.input<typeof rectificationFormSchema>;
export type ErasureFormInput = z.input<typeof erasureFormSchema>;
export type RestrictionFormInput = z.input<typeof restrictionFormSchema>;
export type ObjectionFormInput = z.input<typeof objectionFormSchema>;
export type ConsentWithdrawalFormInput = z.input<typeof consentWithdrawalFormSchema>;
export type PortabilityFormInput = z.input<typeof portabilityFormSchema>;
export type RequestFormValues = z.output<typeof requestFormSchema>;

/** The stored details (RequestDetails) of a parsed form. Rectification's current values are added by the server. */
export function toRequestDetails(v: RequestFormValues): RequestDetails {
  switch (v.type) {
    case "access":
      return { type: "access", registerIds: v.registerIds, formats: v.formats, ...(v.note ? { note: v.note } : {}) };
    case "rectification":
      return {
        type: "rectification",
        items: v.items.map((i) => ({
          personId: i.personId,
          field: i.field,
          ...(i.correctValue ? { correctValue: i.correctValue } : {}),
          ...(i.statement ? { statement: i.statement } : {}),
        })),
      };
    case "erasure":
      return {
        type: "erasure",
        scope: v.scope,
        categories: v.scope === "everything" ? [] : v.categories,
        ground: v.ground,
        ...(v.explanation ? { explanation: v.explanation } : {}),
      };
    case "restriction":
      return { type: "restriction", ground: v.ground, explanation: v.explanation, registerIds: v.registerIds };
    case "objection":
      return {
        type: "objection",
        kind: v.kind,
        registerIds: v.registerIds,
        ...(v.personalSituation ? { personalSituation: v.personalSituation } : {}),
      };
    case "consent_withdrawal":
      return { type: "consent_withdrawal", consentIds: v.consentIds };
    case "portability":
      return { type: "portability", registerIds: v.registerIds, formats: v.formats };
  }
}

/**
 * The stored details as others (staff intake on behalf) pass them to `fileRequest`: the same rules
 * as the forms, so a request taken in by letter is as complete as one filed in the portal.
 */
export function parseRequestDetails(details: RequestDetails) {
  const { type, ...rest } = details as RequestDetails & Record<string, unknown>;
  const schema = requestFormSchemas[type];
  if (!schema) return { success: false as const, issues: [{ path: ["type"], message: "invalid_choice" }] };
  // The organisation is checked by fileRequest itself; a placeholder satisfies the form's field.
  const formLike: Record<string, unknown> = { ...rest, type, organisationId: "00000000-0000-0000-0000-000000000000" };
  if (type === "rectification") {
    formLike.items = (details as Extract<RequestDetails, { type: "rectification" }>).items.map((i) => ({
      personId: i.personId,
      field: i.field,
      correctValue: i.correctValue,
      statement: i.statement,
    }));
  }
  const parsed = schema.safeParse(formLike);
  if (!parsed.success) return { success: false as const, issues: parsed.error.issues };
  return { success: true as const, details: toRequestDetails(parsed.data as RequestFormValues) };
}

export const subjectMessageSchema = z.object({
  requestId: z.guid("not_found"),
  body: z.string().trim().min(1, "message_required").max(TEXT_MAX, "text_too_long"),
});
export type SubjectMessageInput = z.input<typeof subjectMessageSchema>;

export const withdrawRequestSchema = z.object({
  requestId: z.guid("not_found"),
  reason: optionalText(),
  confirm: z.literal(true, "confirm_withdrawal"),
});
export type WithdrawRequestInput = z.input<typeof withdrawRequestSchema>;

/** The subject's answer to a fee the association asks (Art. 12(5), 15(3)): accept or decline. */
export const feeAnswerSchema = z.object({
  requestId: z.guid("not_found"),
  answer: z.enum(["accept", "decline"], "required"),
});
export type FeeAnswerInput = z.input<typeof feeAnswerSchema>;
/** The subject asks for a new copy of a report whose download period ended (same request, free: Art. 15(3)). */
export const newCopySchema = z.object({ requestId: z.guid("not_found") });
export type NewCopyInput = z.input<typeof newCopySchema>;
