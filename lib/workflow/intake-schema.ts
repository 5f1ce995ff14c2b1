import { z } from "zod";
import { dateField } from "../validation/dates";
import { isIsoDate } from "../deadlines/calendar";
import { toHelsinkiDate } from "../deadlines/compute";
import { ACCESS_FORMATS, ERASURE_GROUNDS, OBJECTION_KINDS, PORTABILITY_FORMATS, RECTIFIABLE_FIELDS, RESTRICTION_GROUNDS } from "../requests/constants";
import { REQUEST_TYPES } from "./constants";
import { REPRESENTATIVE_ROLES } from "../representatives/constants";

/**
 * Intake on behalf (issue 4 §4): a request received by letter, email or in person, with the real receipt
 * date — the deadline counts from it (LEGAL.md §1). One form for every type; the fields a type needs are
 * required by the refinement below, and fileRequest then applies the portal's own rules to the details.
 */
const opt = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "too_long")
    .optional()
    .transform((v) => (v ? v : undefined));
const optEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.literal("")])
    .optional()
    .transform((v) => (v ? (v as T[number]) : undefined));

export const intakeSchema = z
  .object({
    organisationId: z.string().trim().min(1, "required").max(64),
    personId: opt(64),
    type: z.enum(REQUEST_TYPES, { message: "required" }),
    channel: z.enum(["letter", "in_person", "email"], { message: "required" }),
    receivedOn: dateField(
      z
        .string()
        .trim()
        .refine(isIsoDate, "date_invalid")
        .refine((d) => d <= toHelsinkiDate(new Date()), "date_in_future"),
    ),
    subjectName: z.string().trim().min(1, "required").max(200, "too_long"),
    subjectEmail: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email("email_invalid"))]).optional().transform((v) => (v ? v : undefined)),
    locale: z.enum(["fi", "sv", "en"]),
    representativeName: opt(200),
    representativeRole: optEnum(REPRESENTATIVE_ROLES),
    /** Staff saw the document showing the representative's authority; unticked, the request waits for that check. */
    authorityChecked: z
      .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
      .optional()
      .transform((v) => v === true || v === "on" || v === "true"),
    note: opt(4000),
    format: optEnum([...new Set([...ACCESS_FORMATS, ...PORTABILITY_FORMATS])] as unknown as readonly ["pdf", "json", "csv"]),
    erasureGround: optEnum(ERASURE_GROUNDS),
    restrictionGround: optEnum(RESTRICTION_GROUNDS),
    objectionKind: optEnum(OBJECTION_KINDS),
    field: optEnum(RECTIFIABLE_FIELDS),
    correctValue: opt(500),
  })
  .superRefine((v, ctx) => {
    const need = (ok: unknown, path: string, message = "required") => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (v.type === "erasure") need(v.erasureGround, "erasureGround");
    if (v.type === "restriction") {
      need(v.restrictionGround, "restrictionGround");
      need(v.note, "note", "explanation_required");
    }
    if (v.type === "objection") {
      need(v.objectionKind, "objectionKind");
      if (v.objectionKind === "legitimate_interest") need((v.note?.length ?? 0) >= 10, "note", "personal_situation_required");
    }
    if (v.type === "rectification" || v.type === "consent_withdrawal") need(v.personId, "personId", "person_required");
    if (v.type === "rectification") need(v.correctValue || v.note, "correctValue", "correct_value_required");
    if (v.type === "rectification" && v.correctValue) need(v.field, "field");
    if (v.type === "access" && v.format === "csv") need(false, "format", "invalid_choice");
    if (v.representativeName) need(v.representativeRole, "representativeRole");
  });
export type IntakeInput = z.infer<typeof intakeSchema>;
