"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { withdrawRequestSchema, type WithdrawRequestInput } from "@/lib/requests/schema";
import { withdrawRequest } from "@/lib/requests/actions";
import { describe, FormError, HintAndError, TextArea } from "@/app/my/_components/form-fields";

/** Withdraw an open request (issue 3 §4); a ticked confirmation prevents an accidental click. */
export function WithdrawForm({ requestId }: { requestId: string }) {
  const t = useTranslations("portal.request");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const form = useForm<WithdrawRequestInput>({ resolver: zodResolver(withdrawRequestSchema), defaultValues: { requestId, reason: "" } });
  const err = form.formState.errors.confirm?.message;
  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      const res = await withdrawRequest(values);
      if (!res.ok) {
        setFormError(res.code);
        return;
      }
      router.refresh();
    }),
  );
  return (
    <section aria-labelledby="withdraw">
      <h2 id="withdraw">{t("withdraw")}</h2>
      <p>{t("withdrawIntro")}</p>
      <form onSubmit={onSubmit} noValidate>
        <FormError code={formError} />
        <TextArea id="withdraw-reason" label={t("withdrawReason")} hint={t("withdrawReasonHint")} rows={3} error={form.formState.errors.reason?.message} registration={form.register("reason")} />
        <div className="field">
          <div>
            <input type="checkbox" id="withdraw-confirm" aria-invalid={err ? "true" : undefined} aria-describedby={describe("withdraw-confirm", undefined, err)} {...form.register("confirm")} />{" "}
            <label htmlFor="withdraw-confirm">{t("withdrawConfirm")}</label>
          </div>
          <HintAndError id="withdraw-confirm" error={err} />
        </div>
        <button type="submit" className="secondary" disabled={pending}>{pending ? t("withdrawing") : t("withdrawButton")}</button>
      </form>
    </section>
  );
}
