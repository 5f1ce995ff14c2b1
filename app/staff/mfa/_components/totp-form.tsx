"use client";
import { useActionState, useRef, startTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { verifyTotp } from "@/lib/auth/actions";
import { totpSchema, type TotpInput } from "@/lib/auth/schema";
import { FieldMessages, FormError, describedBy } from "@/app/_components/field";

export function TotpForm() {
  const t = useTranslations("mfa");
  const [state, action, pending] = useActionState(verifyTotp, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<TotpInput>({ resolver: zodResolver(totpSchema) });
  const clientError = form.formState.errors.code?.message;
  const errors = clientError ? [clientError] : state && !state.ok ? state.fieldErrors?.code : undefined;
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
      {state && !state.ok && state.code !== "invalid_input" && <FormError code={state.code} retryAfterMinutes={state.retryAfterMinutes} />}
      <div className="field">
        <label htmlFor="code">{t("code")}</label>
        <FieldMessages id="code" hint={t("codeHint")} errors={errors} />
        <input
          id="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          aria-invalid={errors?.length ? "true" : undefined}
          aria-describedby={describedBy("code", t("codeHint"), errors)}
          {...form.register("code")}
        />
      </div>
      <button type="submit" disabled={pending}>{t("submit")}</button>
    </form>
  );
}
