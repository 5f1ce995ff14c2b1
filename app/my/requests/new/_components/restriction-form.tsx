"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { restrictionFormSchema, type RestrictionFormInput } from "@/lib/requests/schema";
import type { RequestFormContext } from "@/lib/requests/queries-form";
import { CheckboxGroup, RadioGroup, TextArea } from "@/app/my/_components/form-fields";
import { RequestFormShell } from "./request-form-shell";
import { useRequestSubmit } from "./use-request-submit";
import { registerOptions } from "./options";

/** Art. 18: ground (a)–(d) with an explanation. */
export function RestrictionForm({ context }: { context: RequestFormContext }) {
  const t = useTranslations("requests");
  const form = useForm<RestrictionFormInput>({
    resolver: zodResolver(restrictionFormSchema),
    defaultValues: { type: "restriction", organisationId: context.organisation.id, registerIds: context.registers.map((r) => r.id), explanation: "" },
  });
  const s = useRequestSubmit(form);
  const e = form.formState.errors;
  return (
    <RequestFormShell type="restriction" onSubmit={s.onSubmit} pending={s.pending} formError={s.formError} retryAfterMinutes={s.retryAfterMinutes} duplicate={s.duplicate} onFileAnyway={s.fileAnyway} onDismiss={s.dismissDuplicate}>
      <p>{t("restriction.intro")}</p>
      <RadioGroup
        id="ground"
        legend={`${t("restriction.ground")} ${t("form.required")}`}
        options={(["a", "b", "c", "d"] as const).map((g) => ({ value: g, label: t(`restriction.grounds.${g}`) }))}
        error={e.ground?.message}
        registration={form.register("ground")}
      />
      <TextArea id="explanation" label={`${t("restriction.explanation")} ${t("form.required")}`} hint={t("restriction.explanationHint")} error={e.explanation?.message} required registration={form.register("explanation")} />
      <CheckboxGroup control={form.control} name="registerIds" legend={t("form.registers")} hint={t("form.registersHint")} options={registerOptions(context, t("form.yourRecord"))} error={e.registerIds?.message} />
    </RequestFormShell>
  );
}
