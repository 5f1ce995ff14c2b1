import { z } from "zod";
import { toIsoDate } from "../validation/dates";
import { overridableTemplateCodes } from "@/emails/types";
import { REQUEST_TYPES } from "../workflow/constants";
import { isIsoDate } from "../deadlines/calendar";
import { isAllowedIssuer } from "../identity/issuer";

/**
 * Admin forms (PRODUCT.md §8, §7, §2): one zod schema each, shared by react-hook-form and the action.
 * Numbers arrive as strings from forms.
 */
const id = z.string().trim().min(1, "required").max(64, "too_long");
const int = (min: number, max: number) =>
  z.union([z.number(), z.string().trim()]).transform((v, ctx) => {
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message: "number_range" });
      return z.NEVER;
    }
    return n;
  });
const level = z.enum(["1", "2", "3"], { message: "required" }).transform((v) => Number(v) as 1 | 2 | 3);
const checkbox = () =>
  z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true");

export const settingsSchema = z.object({
  organisationId: id,
  clockStart: z.enum(["receipt", "verification"], { message: "required" }),
  pauseClock: checkbox(),
  levels: z.object(Object.fromEntries(REQUEST_TYPES.map((t) => [t, level])) as Record<(typeof REQUEST_TYPES)[number], typeof level>),
  specialCategoryReportLevel: level,
  internalTargetDays: int(1, 31),
  /** Days before the due date, e.g. "7, 2". */
  reminderDays: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\s*,\s*\d{1,2})*$/, "reminder_days_format")
    .transform((v) => [...new Set(v.split(",").map((d) => Number(d.trim())))].filter((d) => d >= 0 && d <= 30).sort((a, b) => b - a)),
  reportLifetimeDays: int(1, 365),
  closedRequestRetentionYears: int(1, 20),
  /** Paused requests (issue 11): days until the subject is reminded, and until staff are told. */
  pauseReminderDays: int(1, 60).optional(),
  pauseStaffDays: int(1, 90).optional(),
  /** The debated public holidays (LEGAL.md §1) the organisation works on; unchecked = non-working day. */
  holidayExclude: z
    .object({ midsummer_eve: checkbox(), christmas_eve: checkbox() })
    .partial()
    .optional()
    .transform((v) => (["midsummer_eve", "christmas_eve"] as const).filter((k) => v?.[k])),
  /** The organisation's closure days, e.g. "2026-12-24, 2026-12-31" (internal target and reminders only). */
  closureDates: z
    .string()
    .max(2000, "too_long")
    .optional()
    .transform((v, ctx) => {
      // Dates as people type them (d.m.yyyy) or ISO: stored as ISO (lib/validation/dates.ts).
      const list = [...new Set((v ?? "").split(/[\s,;]+/).filter(Boolean).map((d) => toIsoDate(d) ?? d))];
      if (list.length > 60 || list.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || !isIsoDate(d))) {
        ctx.addIssue({ code: "custom", message: "closure_dates_format" });
        return z.NEVER;
      }
      return list.sort();
    }),
});
export type SettingsInput = z.infer<typeof settingsSchema>;

export const organisationSchema = z.object({
  organisationId: id,
  name: z.string().trim().min(1, "required").max(200, "too_long"),
  businessId: z.string().trim().max(20, "too_long").optional(),
  streetAddress: z.string().trim().min(1, "required").max(200, "too_long"),
  postalCode: z.string().trim().min(1, "required").max(20, "too_long"),
  city: z.string().trim().min(1, "required").max(100, "too_long"),
  contactName: z.string().trim().min(1, "required").max(200, "too_long"),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email("email_invalid")),
  contactPhone: z.string().trim().max(50, "too_long").optional(),
  dpoName: z.string().trim().max(200, "too_long").optional(),
  dpoEmail: z.union([z.literal(""), z.string().trim().toLowerCase().pipe(z.email("email_invalid"))]).optional(),
});

export const registerRetentionSchema = z.object({
  registerId: id,
  retentionRule: z.enum(["while_needed", "erase_after_relationship_end"], { message: "required" }),
  retentionMonthsAfterEnd: z.union([z.literal(""), int(0, 240)]).optional().transform((v) => (v === "" || v === undefined ? null : v)),
});

/** One language version of a register's privacy notice; lists are one item per line. */
export const noticeSchema = z.object({
  registerId: id,
  locale: z.enum(["fi", "sv", "en"]),
  name: z.string().trim().min(1, "required").max(300, "too_long"),
  purposes: z.string().max(10000, "too_long"),
  legalBasis: z.string().trim().min(1, "required").max(5000, "too_long"),
  /** "code | label" per line. */
  subjectGroups: z.string().max(5000, "too_long"),
  /** "code | label | description | special" per line (special: "x" or "*" marks Art. 9 data). */
  dataCategories: z.string().max(20000, "too_long"),
  sources: z.string().max(5000, "too_long"),
  recipients: z.string().max(5000, "too_long"),
  /** "name | service" per line. */
  processors: z.string().max(5000, "too_long"),
  transfers: z.string().max(5000, "too_long"),
  retention: z.string().trim().min(1, "required").max(5000, "too_long"),
  security: z.string().max(10000, "too_long"),
  rights: z.string().max(10000, "too_long"),
  contact: z.string().max(2000, "too_long"),
  changes: z.string().max(2000, "too_long"),
  controller: z.string().max(2000, "too_long").optional(),
  contactPerson: z.string().max(2000, "too_long").optional(),
  dpo: z.string().max(2000, "too_long").optional(),
  /** Art. 13(2)(f) / 15(1)(h); empty = no decisions based solely on automated processing. */
  automatedDecisions: z.string().max(5000, "too_long").optional(),
  /** The day this version comes into force (default today); never in the past. */
  inForceFrom: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isIsoDate(v)), "date_invalid")
    .transform((v) => v || null),
});
export type NoticeInput = z.infer<typeof noticeSchema>;

export const addStaffSchema = z.object({
  organisationId: id,
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "email_too_long").pipe(z.email("email_invalid")),
  name: z.string().trim().min(1, "required").max(200, "too_long"),
  role: z.enum(["staff", "admin"], { message: "required" }),
  locale: z.enum(["fi", "sv", "en"]),
  canReadSpecial: checkbox(),
});
export const updateStaffSchema = z.object({
  organisationId: id,
  userId: id,
  role: z.enum(["staff", "admin"], { message: "required" }),
  canReadSpecial: checkbox(),
  disabled: checkbox(),
});
export const removeStaffSchema = z.object({ organisationId: id, userId: id });
export const withdrawInvitationSchema = z.object({ organisationId: id, userId: id });
/** The invited account's answer; the account itself comes from the session, never the form. */
export const answerInvitationSchema = z.object({ organisationId: id, answer: z.enum(["accept", "decline"]) });

export const templateOverrideSchema = z.object({
  organisationId: id,
  template: z.enum(overridableTemplateCodes),
  locale: z.enum(["fi", "sv", "en"]),
  subject: z.string().trim().min(1, "required").max(300, "too_long"),
  body: z.string().trim().min(1, "required").max(20000, "too_long"),
});
export const templateResetSchema = z.object({ organisationId: id, template: z.enum(overridableTemplateCodes), locale: z.enum(["fi", "sv", "en"]) });

/** Lines of a textarea, trimmed, blank ones dropped. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The OpenID Connect provider for level 3 (PRODUCT.md §4). An empty secret keeps the stored one. */
export const oidcProviderSchema = z.object({
  organisationId: id,
  issuer: z
    .string()
    .trim()
    .max(500, "too_long")
    .transform((v) => v.replace(/\/+$/, ""))
    .refine((v) => v === "" || isAllowedIssuer(v), "oidc_issuer_not_allowed"),
  clientId: z.string().trim().max(300, "too_long"),
  clientSecret: z.string().max(1000, "too_long").optional().transform((v) => v?.trim() || null),
  /** "on" removes the provider (issuer, client id and secret). */
  remove: checkbox(),
});
export type OidcProviderInput = z.infer<typeof oidcProviderSchema>;
export const oidcTestSchema = z.object({ organisationId: id, issuer: z.string().trim().min(1, "required").max(500, "too_long") });
