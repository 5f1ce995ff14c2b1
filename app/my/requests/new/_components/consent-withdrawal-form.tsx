"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/emails/labels";
import type { Locale } from "@/lib/db/types";
import { consentWithdrawalFormSchema, type ConsentWithdrawalFormInput } from "@/lib/requests/schema";
import type { RequestFormContext } from "@/lib/requests/queries-form";
import { CheckboxGroup } from "@/app/my/_components/form-fields";
import { RequestFormShell } from "./request-form-shell";
import { useRequestSubmit } from "./use-request-submit";

/** Art. 7(3): the consents on the subject's own records; withdrawn at once when sent. */
export function ConsentWithdrawalForm({ context }: { context: RequestFormContext }) {
  const t = useTranslations("requests");
  const locale = useLocale() as Locale;
  const form = useForm<ConsentWithdrawalFormInput>({
    resolver: zodResolver(consentWithdrawalFormSchema),
    defaultValues: { type: "consent_withdrawal", organisationId: context.organisation.id, consentIds: [] },
  });
  const s = useRequestSubmit(form);
  if (context.records.length === 0) return <p className="notice-box">{t("consentWithdrawal.noRecords")}</p>;
  if (context.consents.length === 0) return <p className="notice-box">{t("consentWithdrawal.none")}</p>;
  return (
    <RequestFormShell type="consent_withdrawal" onSubmit={s.onSubmit} pending={s.pending} formError={s.formError} retryAfterMinutes={s.retryAfterMinutes} duplicate={s.duplicate} onFileAnyway={s.fileAnyway} onDismiss={s.dismissDuplicate}>
      <p>{t("consentWithdrawal.intro")}</p>
      <CheckboxGroup
        control={form.control}
        name="consentIds"
        legend={t("consentWithdrawal.consents")}
        hint={t("consentWithdrawal.consentsHint")}
        options={context.consents.map((c) => ({
          value: c.id,
          label: c.description,
          detail: `${c.registerName}, ${t("consentWithdrawal.givenOn", { date: formatDate(new Date(c.givenAt), locale) })}`,
        }))}
        error={form.formState.errors.consentIds?.message}
      />
    </RequestFormShell>
  );
}
