"use client";
import { useActionState, useRef, startTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { requestSignInLink } from "@/lib/auth/actions";
import { signInSchema, type SignInInput } from "@/lib/auth/schema";
import { FieldMessages, FormError, describedBy } from "@/app/_components/field";

export function SignInForm() {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState(requestSignInLink, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const serverErrors = state && !state.ok ? state.fieldErrors?.email : undefined;
  const clientError = form.formState.errors.email?.message;
  const errors = clientError ? [clientError] : serverErrors;
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
        <label htmlFor="email">{t("email")}</label>
        <FieldMessages id="email" hint={t("emailHint")} errors={errors} />
        <input
          id="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={errors?.length ? "true" : undefined}
          aria-describedby={describedBy("email", t("emailHint"), errors)}
          {...form.register("email")}
        />
      </div>
      <button type="submit" disabled={pending}>{t("submit")}</button>
    </form>
  );
}
