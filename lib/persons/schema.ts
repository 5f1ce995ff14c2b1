import { z } from "zod";
import { isIsoDate } from "../deadlines/calendar";
import { toHelsinkiDate } from "../deadlines/compute";
import { validateHetu } from "../identity/hetu";
import { isUuid } from "../validation/ids";
import { dateField } from "../validation/dates";

/**
 * The person-record form (create and edit) and the CSV import share these field rules: one zod schema,
 * used by react-hook-form, the server action and every imported row. Blank means "not recorded".
 */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const text = (max: number) => z.preprocess(blank, z.string().trim().max(max, "too_long").optional());
const isoDate = z.preprocess(blank, dateField(z.string().trim().refine(isIsoDate, "date_invalid")).optional());
const flag = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || (typeof v === "string" && ["on", "true", "1", "yes", "kyllä", "ja", "x"].includes(v.trim().toLowerCase())));

export const personFieldsSchema = z.object({
  firstName: text(100),
  lastName: text(100),
  birthYear: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^\d{4}$/, "year_invalid")
      .refine((y) => Number(y) >= 1880 && Number(y) <= new Date().getFullYear(), "year_invalid")
      .optional(),
  ),
  birthDate: isoDate,
  /** Personal identity code (tietosuojalaki § 29): validated, then stored only encrypted. */
  identityCode: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => validateHetu(c, toHelsinkiDate(new Date())).ok, "identity_code_invalid")
      .optional(),
  ),
  gender: text(50),
  motherTongue: text(50),
  serviceLanguage: z.preprocess(blank, z.enum(["fi", "sv", "en"], { message: "invalid_choice" }).optional()),
  workingLifeStatus: text(100),
  email: z.preprocess(blank, z.string().trim().toLowerCase().max(254, "email_too_long").pipe(z.email("email_invalid")).optional()),
  phone: text(50),
  streetAddress: text(200),
  postalCode: text(20),
  city: text(100),
  /** Codes separated by commas or semicolons. */
  subjectGroups: z.preprocess(blank, z.string().max(500, "too_long").optional()),
  relationshipStart: isoDate,
  relationshipEnd: isoDate,
  relationshipState: text(50),
  directMarketingBan: flag,
  researchBan: flag,
  profilingBan: flag,
});
export type PersonFields = z.infer<typeof personFieldsSchema>;

export const createPersonSchema = personFieldsSchema.extend({ registerId: z.string().trim().min(1, "required").max(64) });
export const updatePersonSchema = personFieldsSchema.extend({
  personId: z.string().trim().min(1, "required").max(64),
  /** Leave blank to keep the code on record (it is never shown in full). */
  clearIdentityCode: flag,
});
export type CreatePersonInput = z.infer<typeof createPersonSchema>;
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;

/** One chunk of a CSV import: the header and up to 500 rows, with the row number of the first. */
export const importChunkSchema = z.object({
  registerId: z.string().trim().min(1, "required").max(64),
  header: z.array(z.string().max(100)).min(1).max(60),
  rows: z.array(z.array(z.string().max(2000)).max(60)).max(500),
  firstRow: z.number().int().min(1),
});
export type ImportChunk = z.infer<typeof importChunkSchema>;

export const personSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  register: z.uuid().optional().catch(undefined),
  list: z.enum(["all", "restricted", "marketing"]).default("all").catch("all"),
  cursor: z.string().max(600).optional().catch(undefined),
});
export type PersonSearch = z.infer<typeof personSearchSchema>;

export function splitGroups(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,;]/)
    .map((g) => g.trim())
    .filter(Boolean)
    .slice(0, 20);
}

/** Staff unlock an anonymous client reference locked after wrong secrets (issue 9, finding 8). */
export const unlockClientReferenceSchema = z.object({
  personId: z.string().trim().refine((v) => isUuid(v), "invalid_input"),
});

const personIdField = z.string().trim().refine((v) => isUuid(v), "invalid_input");

/** Staff issue or reissue an anonymous client's reference and secret; the slip is printed in `slipLocale`. */
export const issueClientReferenceSchema = z.object({
  personId: personIdField,
  slipLocale: z.enum(["fi", "sv", "en"], "invalid_choice"),
});

/** Staff revoke a reference; optionally the account that redeemed it loses the record too. */
export const revokeClientReferenceSchema = z.object({
  personId: personIdField,
  unlinkAccount: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});
