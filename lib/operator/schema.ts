import { z } from "zod";
const LOCALES = ["fi", "sv", "en"] as const;

/**
 * The platform operator's forms (issue 10): one zod schema each, shared by react-hook-form and the
 * action. Only organisation facts and the first admin's work address: nothing about data subjects.
 */
const id = z.string().trim().min(1, "required").max(64, "too_long");
const text = (max: number) => z.string().trim().min(1, "required").max(max, "too_long");
const optionalText = (max: number) => z.string().trim().max(max, "too_long").optional().transform((v) => v || null);
const email = z.string().trim().toLowerCase().max(254, "too_long").pipe(z.email("email_invalid"));
const locale = z.enum(LOCALES, { message: "required" });
const checked = z.union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()]).optional();

export const createOrganisationSchema = z.object({
  name: text(200),
  /** Finnish business id (Y-tunnus), e.g. 0123456-7; associations without one leave it empty. */
  businessId: z
    .string()
    .trim()
    .regex(/^(\d{7}-\d)?$/, "business_id_format")
    .optional()
    .transform((v) => v || null),
  streetAddress: text(200),
  postalCode: text(20),
  city: text(100),
  contactName: text(200),
  contactEmail: email,
  contactPhone: optionalText(50),
  /** Request references start with it, e.g. "TKL-2026-0001". */
  referencePrefix: z.string().trim().toUpperCase().regex(/^[A-Z]{2,6}$/, "reference_prefix_format"),
  /** The public address: /organisations/<slug>/privacy. */
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, "organisation_slug_format"),
  /** One checkbox per language ("languages.fi" = "on"); at least one. */
  languages: z
    .object({ fi: checked, sv: checked, en: checked })
    .optional()
    .transform((v) => LOCALES.filter((l) => v?.[l] === "on" || v?.[l] === "true" || v?.[l] === true))
    .refine((v) => v.length > 0, "languages_required"),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const inviteAdminSchema = z.object({
  organisationId: id,
  email,
  name: text(200),
  locale,
});
export type InviteAdminInput = z.infer<typeof inviteAdminSchema>;

export const withdrawAdminInvitationSchema = z.object({ organisationId: id, userId: id });

export const organisationStateSchema = z.object({
  organisationId: id,
  state: z.enum(["disabled", "enabled"], { message: "required" }),
});

/** Redeeming the one-time setup token printed in the log (the first operator of a fresh install). */
export const setupSchema = z.object({
  token: z.string().trim().min(20, "setup_token_invalid").max(100, "setup_token_invalid"),
  email,
  name: text(200),
  locale,
});
export type SetupInput = z.infer<typeof setupSchema>;
