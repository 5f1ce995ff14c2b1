/**
 * Forms of identity verification (PRODUCT.md §4, LEGAL.md §2, §5). Messages are keys of the
 * `identityErrors` namespace (lib/i18n/messages/<locale>/portal.json), then `errors`.
 */
import { z } from "zod";
import { dateField } from "../validation/dates";
import { validateHetu, type HetuError } from "./hetu";
import { isValidDateParts } from "../deadlines/calendar";

/** One message per kind of mistake in an identity code, so the person knows what to fix. */
export const HETU_ERROR_KEYS: Record<HetuError, string> = {
  format: "hetu_format",
  century_sign: "hetu_century_sign",
  date: "hetu_date",
  future: "hetu_future",
  individual_number: "hetu_individual_number",
  checksum: "hetu_checksum",
};

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "birth_date_format")
  .refine((v) => {
    const [y, m, d] = v.split("-").map(Number);
    return isValidDateParts(y, m, d) && y >= 1850;
  }, "birth_date_invalid")
  .refine((v) => v <= new Date().toISOString().slice(0, 10), "birth_date_future");

/** Run the cross-field rules even when a field failed, so every mistake shows at once. */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/**
 * A level-2 claim for staff to confirm: birth date and/or the personal identity code. The code is
 * validated here (checksum, century signs, real date) but is never, alone, proof of identity
 * (LEGAL.md §2): a handler compares it with the record.
 */
export const identityClaimSchema = z
  .object({
    organisationId: z.guid("choose_organisation"),
    fullName: z.string().trim().min(2, "full_name_required").max(200, "text_too_long"),
    birthDate: z.union([z.literal(""), dateField(isoDate)]).optional(),
    identityCode: z.string().trim().max(20, "hetu_format").optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.birthDate && !v.identityCode) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "claim_needs_detail" });
      return;
    }
    if (typeof v.identityCode === "string" && v.identityCode) {
      const r = validateHetu(v.identityCode, new Date());
      if (!r.ok) ctx.addIssue({ code: "custom", path: ["identityCode"], message: HETU_ERROR_KEYS[r.error] });
      else if (typeof v.birthDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.birthDate) && r.birthDate !== v.birthDate) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "birth_date_mismatch" });
      }
    }
  }, always);
export type IdentityClaimInput = z.input<typeof identityClaimSchema>;

/** An anonymous client's reference and secret, handed out by staff (Art. 11, LEGAL.md §2). */
export const clientReferenceSchema = z.object({
  reference: z.string().trim().min(1, "reference_required").max(64, "reference_invalid"),
  secret: z.string().min(1, "secret_required").max(200, "secret_invalid"),
});
export type ClientReferenceInput = z.input<typeof clientReferenceSchema>;

/** Staff decide a claim (the staff workflow calls decideIdentityClaim with this). */
export const claimDecisionSchema = z
  .object({
    claimId: z.guid("not_found"),
    decision: z.enum(["confirm", "reject"]),
    personIds: z.array(z.guid("invalid_choice")).max(20).default([]),
    reason: z.string().trim().max(2000, "text_too_long").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "confirm" && v.personIds.length === 0) ctx.addIssue({ code: "custom", path: ["personIds"], message: "choose_record" });
  });
export type ClaimDecisionInput = z.input<typeof claimDecisionSchema>;

/** Staff record that they checked an ID document in person (only the fact is kept, LEGAL.md §2). */
export const inPersonCheckSchema = z.object({
  userId: z.string().min(1, "not_found").max(100),
  organisationId: z.guid("not_found"),
  note: z.string().trim().max(500, "text_too_long").optional(),
});
