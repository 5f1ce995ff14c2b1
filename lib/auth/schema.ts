import { z } from "zod";

// Messages are keys of the `errors` namespace: the same schema validates the form and the action.
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "email_too_long").pipe(z.email("email_invalid")),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const totpSchema = z.object({
  code: z.string().trim().regex(/^\d{6}$/, "code_format"),
});
export type TotpInput = z.infer<typeof totpSchema>;

export const localeSchema = z.object({ locale: z.enum(["fi", "sv", "en"]), back: z.string().max(2000).optional() });
