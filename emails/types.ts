import type { Locale } from "../lib/db/types";

/** Every message the product sends (PRODUCT.md §7); the outbox stores the code in `email_outbox.template`. */
export const templateCodes = [
  "sign_in",
  "request_received",
  "info_needed",
  "extension",
  "completed",
  "rejected",
  "fee_proposed",
  "restriction_lifting",
  "message_received",
  "staff_new_request",
  "staff_due_soon",
  "staff_overdue",
  "staff_daily_digest",
  "staff_reference_locked",
  "staff_invitation",
  "staff_subject_message",
  "paused_reminder",
  "staff_paused",
  "staff_accessibility_feedback",
] as const;
export type TemplateCode = (typeof templateCodes)[number];

/**
 * The templates an organisation's admin may override. The staff invitation goes to accounts outside
 * the admin's organisation, so its wording stays fixed (no free text from one organisation to another).
 */
export const overridableTemplateCodes = templateCodes.filter((c): c is Exclude<TemplateCode, "staff_invitation"> => c !== "staff_invitation");

/** One language version of a message. `text` and `subject` use `{{placeholder}}` syntax. */
export type LocalizedEmail = {
  subject: string;
  /** Plain-text body. The footer (organisation and contact) is added by the layout, not written here. */
  text: string;
  /**
   * Hand-written HTML fragment, placeholders HTML-escaped. Normally omitted: the HTML is derived from
   * `text` so that the two versions (and the translations) cannot drift apart, exactly as for overrides.
   */
  html?: string;
  /** Label of the button made from the paragraph that holds only the `action` URL. */
  actionLabel?: string;
};

export type EmailTemplateDefinition = {
  code: TemplateCode;
  /** Subject-facing emails carry the organisation's contact in the footer; staff emails do not need it. */
  audience: "subject" | "staff";
  /** Must be given (non-blank) by the caller; a missing one is the caller's bug and throws. */
  placeholders: string[];
  /** May be given; rendered as "" when absent. */
  optional?: string[];
  /** The URL placeholder rendered as the button in the HTML version. */
  action?: string;
  /**
   * The complaint and judicial-remedy block (Art. 12(4), 77, 79) is always appended by the renderer,
   * after the body and outside the template, so an admin override cannot remove it.
   */
  lockedRemedies?: boolean;
} & Record<Locale, LocalizedEmail>;
