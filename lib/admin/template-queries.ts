import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { emailTemplates } from "../db/schema";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { refuse } from "../workflow/errors";
import type { StaffActor } from "../workflow/types";
import { previewEmail, validateTemplateOverride, type TemplateCode } from "@/emails";
import { assertAdminOf } from "./guard";

export async function listTemplateOverrides(db: DbOrTx, actor: StaffActor, organisationId: string) {
  assertAdminOf(actor, organisationId);
  return db.select().from(emailTemplates).where(eq(emailTemplates.organisationId, organisationId));
}

/** Render a draft with sample values; unknown placeholders are reported, not sent (PRODUCT.md §7). */
export function previewTemplate(code: TemplateCode, locale: Locale, draft?: { subject: string; body: string } | null) {
  const unknown = draft ? validateTemplateOverride(code, draft.subject, draft.body) : [];
  if (unknown.length) return { unknown, rendered: null };
  return { unknown, rendered: previewEmail(code, locale, draft ?? null) };
}

/** Save an organisation's override of a template in one language, after checking its placeholders. */
export async function saveTemplateOverride(
  db: Db,
  actor: StaffActor,
  input: { organisationId: string; template: TemplateCode; locale: Locale; subject: string; body: string },
) {
  assertAdminOf(actor, input.organisationId);
  if (validateTemplateOverride(input.template, input.subject, input.body).length) refuse("unknown_placeholders", "invalid_input");
  // Rendering with sample values must work before the override can reach a subject.
  try {
    previewEmail(input.template, input.locale, { subject: input.subject, body: input.body });
  } catch {
    refuse("template_render_failed", "invalid_input");
  }
  return db.transaction(async (tx) => {
    await tx
      .insert(emailTemplates)
      .values({ ...input, updatedBy: actor.id, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: [emailTemplates.organisationId, emailTemplates.template, emailTemplates.locale],
        set: { subject: input.subject, body: input.body, updatedBy: actor.id, updatedAt: new Date() },
      });
    await recordAudit(tx, { organisationId: input.organisationId, actorId: actor.id, actorRole: "admin", action: "email_template.saved", payload: { template: input.template, locale: input.locale } });
  });
}

export async function resetTemplateOverride(db: Db, actor: StaffActor, input: { organisationId: string; template: TemplateCode; locale: Locale }) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    await tx
      .delete(emailTemplates)
      .where(and(eq(emailTemplates.organisationId, input.organisationId), eq(emailTemplates.template, input.template), eq(emailTemplates.locale, input.locale)));
    await recordAudit(tx, { organisationId: input.organisationId, actorId: actor.id, actorRole: "admin", action: "email_template.reset", payload: { template: input.template, locale: input.locale } });
  });
}
