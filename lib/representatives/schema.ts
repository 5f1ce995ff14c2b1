/**
 * The representative's filing form (portal) and the staff decision on the authority: one zod schema
 * each, used by the browser (zodResolver) and the server. The document is checked apart (its bytes,
 * lib/representatives/document-type.ts); messages are keys of `requestErrors`, then `errors`.
 */
import { z } from "zod";
import { isIsoDate } from "../deadlines/calendar";
import { toHelsinkiDate } from "../deadlines/compute";
import { validateHetu } from "../identity/hetu";
import { ACCESS_FORMATS, TEXT_MAX } from "../requests/constants";
import { REPRESENTATIVE_ROLES } from "./constants";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** Multipart sends one value per field; a single checkbox arrives as a string, several as an array. */
const list = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);

export const representativeFilingSchema = z.object({
  organisationId: z.guid("choose_organisation"),
  role: z.enum(REPRESENTATIVE_ROLES, "choose_role"),
  representedName: z.string().trim().min(2, "full_name_required").max(200, "text_too_long"),
  representedBirthDate: z
    .string()
    .trim()
    .refine(isIsoDate, "birth_date_invalid")
    .refine((d) => d <= toHelsinkiDate(new Date()), "birth_date_future"),
  representedIdentityCode: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => validateHetu(c, toHelsinkiDate(new Date())).ok, "hetu_format")
      .optional(),
  ),
  registerIds: z.preprocess(list, z.array(z.guid("invalid_choice")).min(1, "choose_register").max(50)),
  formats: z.preprocess(list, z.array(z.enum(ACCESS_FORMATS, "invalid_choice")).min(1, "choose_format")),
  note: z.preprocess(blank, z.string().trim().max(TEXT_MAX, "text_too_long").optional()),
});
export type RepresentativeFilingInput = z.input<typeof representativeFilingSchema>;
export type RepresentativeFilingValues = z.output<typeof representativeFilingSchema>;

/** Staff confirm (linking the represented person's record, if one is found) or refuse, with reasons. */
export const authorityDecisionSchema = z
  .object({
    requestId: z.guid("not_found"),
    decision: z.enum(["confirm", "refuse"], "invalid_choice"),
    personId: z.preprocess(blank, z.guid("invalid_choice").optional()),
    reason: z.preprocess(blank, z.string().trim().max(4000, "text_too_long").optional()),
  })
  .refine((v) => v.decision !== "refuse" || (v.reason?.length ?? 0) >= 10, { path: ["reason"], message: "reason_required" });
export type AuthorityDecisionInput = z.output<typeof authorityDecisionSchema>;
