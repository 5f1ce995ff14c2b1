import { z } from "zod";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The accessibility feedback form (public): one schema for the form and the action (house rule 3). */
export const accessibilityFeedbackSchema = z.object({
  organisationId: z.string().trim().min(1, "required").max(64, "too_long"),
  message: z.string().trim().min(10, "feedback_too_short").max(4000, "too_long"),
  pageAddress: z.preprocess(blank, z.string().trim().max(500, "too_long").optional()),
  contact: z.preprocess(blank, z.string().trim().max(200, "too_long").optional()),
});
export type AccessibilityFeedbackInput = z.infer<typeof accessibilityFeedbackSchema>;
