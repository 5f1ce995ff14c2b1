"use client";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { accessibilityFeedbackSchema, type AccessibilityFeedbackInput } from "@/lib/feedback/schema";
import { sendAccessibilityFeedbackAction } from "@/lib/feedback/actions";
import { describedBy, FieldMessages, FormError } from "@/app/_components/field";

/** Feedback on accessibility to the chosen association (stored and emailed; works without JavaScript). */
export function FeedbackForm({ organisations }: { organisations: Array<{ id: string; name: string }> }) {
  const t = useTranslations("accessibilityPage");
  const [state, action, pending] = useActionState(sendAccessibilityFeedbackAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<AccessibilityFeedbackInput>({ resolver: zodResolver(accessibilityFeedbackSchema) as never, shouldFocusError: true });
  useEffect(() => {
    if (state?.ok) form.reset();
  }, [state, form]);
  const server = state && !state.ok ? state.fieldErrors ?? {} : {};
  const errs = (f: keyof AccessibilityFeedbackInput): string[] => {
    const c = form.formState.errors[f]?.message;
    return c ? [c] : server[f] ?? [];
  };
  const field = (f: keyof AccessibilityFeedbackInput, label: string, hint?: string, opts: { required?: boolean; textarea?: boolean; autoComplete?: string } = {}) => {
    const id = `feedback-${f}`;
    const e = errs(f);
    const common = { id, "aria-invalid": e.length ? ("true" as const) : undefined, "aria-describedby": describedBy(id, hint, e), ...form.register(f) };
    return (
      <div className="field">
        <label htmlFor={id}>
          {label}
          {opts.required && <span aria-hidden="true"> *</span>}
        </label>
        <FieldMessages id={id} hint={hint} errors={e} />
        {opts.textarea ? <textarea rows={6} maxLength={4000} required={opts.required} {...common} /> : <input type="text" autoComplete={opts.autoComplete} {...common} />}
      </div>
    );
  };
  const orgErrors = errs("organisationId");
  return (
    <form
      ref={formRef}
      action={action}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit(() => startTransition(() => action(new FormData(formRef.current!))))(e);
      }}
    >
      {state && !state.ok && !state.fieldErrors && <FormError code={state.code} retryAfterMinutes={state.retryAfterMinutes} />}
      {state?.ok && (
        <p role="status" className="notice-box">
          {t("feedbackSent")}
        </p>
      )}
      <div className="field">
        <label htmlFor="feedback-organisationId">
          {t("feedbackOrganisation")}
          <span aria-hidden="true"> *</span>
        </label>
        <FieldMessages id="feedback-organisationId" errors={orgErrors} />
        <select
          id="feedback-organisationId"
          required
          defaultValue={organisations.length === 1 ? organisations[0].id : ""}
          aria-invalid={orgErrors.length ? "true" : undefined}
          aria-describedby={describedBy("feedback-organisationId", undefined, orgErrors)}
          {...form.register("organisationId")}
        >
          <option value="">{t("feedbackChoose")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      {field("message", t("feedbackMessage"), t("feedbackMessageHint"), { required: true, textarea: true })}
      {field("pageAddress", t("feedbackPage"), t("feedbackPageHint"))}
      {field("contact", t("feedbackContact"), t("feedbackContactHint"), { autoComplete: "email" })}
      <button type="submit" disabled={pending}>
        {t("feedbackSubmit")}
      </button>
    </form>
  );
}
