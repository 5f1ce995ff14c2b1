"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { feeAnswerSchema, type FeeAnswerInput } from "@/lib/requests/schema";
import { answerFeeAction } from "@/lib/requests/actions";
import { describe, FormError, HintAndError } from "@/app/my/_components/form-fields";

/** Accept or decline the fee asked (Art. 12(5), 15(3)): nothing is fulfilled before the answer. */
export function FeeAnswerForm({ requestId }: { requestId: string }) {
  const t = useTranslations("requests.outcomes.fee");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [formError, setFormError] = useState<string>();
  const form = useForm<FeeAnswerInput>({ resolver: zodResolver(feeAnswerSchema), defaultValues: { requestId } });
  const err = form.formState.errors.answer?.message;
  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      const res = await answerFeeAction(values);
      if (!res.ok) {
        setFormError(res.code);
        return;
      }
      router.refresh();
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError code={formError} />
      <fieldset aria-describedby={describe("fee-answer", undefined, err)}>
        <legend>{t("answer")}</legend>
        {(["accept", "decline"] as const).map((v) => (
          <div key={v}>
            <input type="radio" id={`fee-answer-${v}`} value={v} {...form.register("answer")} />{" "}
            <label htmlFor={`fee-answer-${v}`}>{t(v)}</label>
          </div>
        ))}
        <HintAndError id="fee-answer" error={err} />
      </fieldset>
      <button type="submit" disabled={pending}>{t("submit")}</button>
    </form>
  );
}
