"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { portabilityFormSchema, type PortabilityFormInput } from "@/lib/requests/schema";
import type { RequestFormContext } from "@/lib/requests/queries-form";
import { CheckboxGroup } from "@/app/my/_components/form-fields";
import { RequestFormShell } from "./request-form-shell";
import { useRequestSubmit } from "./use-request-submit";
import { registerOptions } from "./options";

/** Art. 20: the data the subject provided, as JSON and/or CSV. */
export function PortabilityForm({ context }: { context: RequestFormContext }) {
  const t = useTranslations("requests");
  const form = useForm<PortabilityFormInput>({
    resolver: zodResolver(portabilityFormSchema),
    defaultValues: { type: "portability", organisationId: context.organisation.id, registerIds: context.registers.map((r) => r.id), formats: ["json"] },
  });
  const s = useRequestSubmit(form);
  const e = form.formState.errors;
  return (
    <RequestFormShell type="portability" onSubmit={s.onSubmit} pending={s.pending} formError={s.formError} retryAfterMinutes={s.retryAfterMinutes} duplicate={s.duplicate} onFileAnyway={s.fileAnyway} onDismiss={s.dismissDuplicate}>
      <p>{t("portability.intro")}</p>
      <CheckboxGroup control={form.control} name="registerIds" legend={t("form.registers")} hint={t("form.registersHint")} options={registerOptions(context, t("form.yourRecord"))} error={e.registerIds?.message} />
      <CheckboxGroup
        control={form.control}
        name="formats"
        legend={t("form.formats")}
        hint={t("form.formatsHint")}
        options={(["json", "csv"] as const).map((f) => ({ value: f, label: t(`form.format.${f}`) }))}
        error={e.formats?.message}
      />
    </RequestFormShell>
  );
}
