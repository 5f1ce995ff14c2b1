import type { Locale } from "../lib/db/types";
import { renderDefinition, unknownPlaceholders } from "./render";
import type { RenderedEmail, TemplateOverride, TemplateVars } from "./render";
import { sampleVars } from "./samples";
import { completed } from "./templates/completed";
import { extension } from "./templates/extension";
import { feeProposed } from "./templates/fee-proposed";
import { infoNeeded } from "./templates/info-needed";
import { messageReceived } from "./templates/message-received";
import { rejected } from "./templates/rejected";
import { requestReceived } from "./templates/request-received";
import { restrictionLifting } from "./templates/restriction-lifting";
import { signIn } from "./templates/sign-in";
import { staffDailyDigest } from "./templates/staff-daily-digest";
import { staffDueSoon } from "./templates/staff-due-soon";
import { staffInvitation } from "./templates/staff-invitation";
import { staffNewRequest } from "./templates/staff-new-request";
import { staffOverdue } from "./templates/staff-overdue";
import { staffReferenceLocked } from "./templates/staff-reference-locked";
import { staffSubjectMessage } from "./templates/staff-subject-message";
import { pausedReminder } from "./templates/paused-reminder";
import { staffPaused } from "./templates/staff-paused";
import { staffAccessibilityFeedback } from "./templates/staff-accessibility-feedback";
import type { EmailTemplateDefinition, TemplateCode } from "./types";

export { overridableTemplateCodes, templateCodes } from "./types";
export type { EmailTemplateDefinition, LocalizedEmail, TemplateCode } from "./types";
export type { RenderedEmail, TemplateOverride, TemplateVars } from "./render";
export { IDENTITY_CODE_PATTERN, URL_PLACEHOLDERS, knownPlaceholders, redactIdentityCodes } from "./render";
export { formatDate, requestTypeLabels, staffRoleLabels } from "./labels";
export { sampleVars } from "./samples";

/** All templates by code. The outbox stores the code, so codes must never be renamed. */
export const emailTemplates: Record<TemplateCode, EmailTemplateDefinition> = {
  sign_in: signIn,
  request_received: requestReceived,
  info_needed: infoNeeded,
  extension,
  completed,
  rejected,
  fee_proposed: feeProposed,
  restriction_lifting: restrictionLifting,
  message_received: messageReceived,
  staff_new_request: staffNewRequest,
  staff_due_soon: staffDueSoon,
  staff_overdue: staffOverdue,
  staff_daily_digest: staffDailyDigest,
  staff_reference_locked: staffReferenceLocked,
  staff_invitation: staffInvitation,
  staff_subject_message: staffSubjectMessage,
  paused_reminder: pausedReminder,
  staff_paused: staffPaused,
  staff_accessibility_feedback: staffAccessibilityFeedback,
};

export function isTemplateCode(code: string): code is TemplateCode {
  return Object.hasOwn(emailTemplates, code);
}

function definition(code: string): EmailTemplateDefinition {
  // Codes come back from the database (outbox, admin overrides), so a stale one must fail loudly.
  if (!isTemplateCode(code)) throw new Error(`Unknown email template "${code}"`);
  return emailTemplates[code];
}

export type RenderEmailInput = {
  code: TemplateCode;
  locale: Locale;
  vars: TemplateVars;
  /** The organisation's saved override for this template and locale, if any. */
  override?: TemplateOverride | null;
  /** Text appended outside the template (outcome, remedies): an override cannot remove it. */
  appendix?: string;
};

/**
 * Renders one email. Throws when a required placeholder is missing or blank, or a URL placeholder is
 * not http(s): both are bugs in the caller, which must not send a half-filled legal notice.
 */
export function renderEmail({ code, locale, vars, override, appendix }: RenderEmailInput): RenderedEmail {
  return renderDefinition(definition(code), locale, vars, override ?? undefined, appendix);
}

/**
 * The placeholders an admin override uses that the template does not offer (typos, unbalanced
 * braces). Empty when the override is acceptable; the admin UI rejects a save otherwise.
 */
export function validateTemplateOverride(code: TemplateCode, subject: string, body: string): string[] {
  return unknownPlaceholders(definition(code), subject, body);
}

/** Renders with fictitious sample values, for the admin template editor. */
export function previewEmail(code: TemplateCode, locale: Locale, override?: TemplateOverride | null): RenderedEmail {
  return renderEmail({ code, locale, vars: sampleVars(locale), override });
}
