import { z } from "zod";
import { IMPORT_FIELDS } from "./fields";
import { MAX_TEXT_CHARS } from "./file-type";
import { noticeSchema } from "../admin/schema";

/**
 * Notice-import forms (issue 14): one zod schema each, shared by the client form and the action.
 * The uploaded file is checked by its bytes in the action (file-type.ts), not by this schema.
 */
const id = z.string().trim().min(1, "required").max(64, "too_long");
const optionalId = z
  .string()
  .trim()
  .max(64, "too_long")
  .optional()
  .transform((v) => (v ? v : undefined));

export const uploadSchema = z.object({
  organisationId: id,
  /** Import as a new version of this register's notice; empty = a new register. */
  registerId: optionalId,
  /** Pasted text; empty when a file is uploaded. */
  text: z.string().max(MAX_TEXT_CHARS, "import_too_long").optional().default(""),
});
export type UploadInput = z.infer<typeof uploadSchema>;

export const assignSchema = z.object({
  draftId: id,
  passageId: z.string().regex(/^p\d{1,4}$/, "invalid"),
  field: z.enum([...IMPORT_FIELDS, "drop"], { message: "required" }),
});
export type AssignInput = z.infer<typeof assignSchema>;

export const acceptSchema = z.object({
  draftId: id,
  /** The register's name, when the notice gave none. */
  name: z.string().trim().max(300, "too_long").optional().default(""),
});
export type AcceptInput = z.infer<typeof acceptSchema>;

export const discardSchema = z.object({ draftId: id });

/**
 * The register editor's notice form with its limits, but the legal basis and retention may be empty: a
 * notice that lacks them is still imported, with the checklist saying so (the editor asks on next save).
 */
export const importedNoticeSchema = noticeSchema.extend({
  legalBasis: z.string().trim().max(5000, "too_long"),
  retention: z.string().trim().max(5000, "too_long"),
});
