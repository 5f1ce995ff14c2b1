import { z } from "zod";
import { REQUEST_TYPES } from "../workflow/constants";
import { isDataCategoryCode } from "./categories";

/**
 * Register and processor forms (PRODUCT.md §2, issue 10 items 2–3): one zod schema each, shared by
 * react-hook-form and the action. Lists of codes arrive as comma-separated text, checkboxes as "on".
 */
const id = z.string().trim().min(1, "required").max(64, "too_long");
const name = z.string().trim().min(1, "required").max(300, "too_long");
const optionalText = (max: number) => z.string().trim().max(max, "too_long").optional().transform((v) => v || null);
const checkbox = () =>
  z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true");
const codes = z
  .string()
  .max(2000, "too_long")
  .transform((v, ctx) => {
    const list = [...new Set(v.split(/[\s,]+/).map((c) => c.trim()).filter(Boolean))];
    if (list.some((c) => !isDataCategoryCode(c))) {
      ctx.addIssue({ code: "custom", message: "unknown_category_code" });
      return z.NEVER;
    }
    return list;
  });

/** The same list from labelled checkboxes (`categories.case_notes: "on"`), as the admin form posts it. */
const checkedCodes = (v: unknown) =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.entries(v as Record<string, unknown>)
        .filter(([, on]) => on === true || on === "on" || on === "true")
        .map(([c]) => c)
        .join(",")
    : v;
const categoryList = z.preprocess(checkedCodes, codes);

export const createRegisterSchema = z.object({
  organisationId: id,
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, "slug_format"),
  nameFi: name,
  nameSv: name,
  nameEn: name,
  categories: categoryList.refine((l) => l.length > 0, "required"),
  specialCategories: z.preprocess((v) => checkedCodes(v ?? ""), codes),
});
export type CreateRegisterInput = z.infer<typeof createRegisterSchema>;

export const archiveRegisterSchema = z.object({ registerId: id, archive: z.enum(["archive", "restore"]) });

/** Which request types create a manual task for this processor or recipient (Art. 19 for recipients). */
const taskFor = z
  .object(Object.fromEntries(REQUEST_TYPES.map((t) => [t, checkbox()])) as Record<(typeof REQUEST_TYPES)[number], ReturnType<typeof checkbox>>)
  .partial()
  .optional()
  .transform((v) => REQUEST_TYPES.filter((t) => v?.[t]));

export const processorSchema = z.object({
  /** Empty for a new one. */
  processorId: z.string().trim().max(64, "too_long").optional().transform((v) => v || null),
  registerId: id,
  kind: z.enum(["processor", "recipient"], { message: "required" }),
  nameFi: name,
  nameSv: name,
  nameEn: name,
  contact: optionalText(500),
  serviceFi: z.string().trim().max(2000, "too_long").default(""),
  serviceSv: z.string().trim().max(2000, "too_long").default(""),
  serviceEn: z.string().trim().max(2000, "too_long").default(""),
  taskFor,
});
export type ProcessorInput = z.infer<typeof processorSchema>;

/** `registerId` only names the page to refresh; the processor's own register is what is checked. */
export const deleteProcessorSchema = z.object({ processorId: id, registerId: id });
