"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { accessFormSchema, type AccessFormInput } from "@/lib/requests/schema";
import type { RequestFormContext } from "@/lib/requests/queries-form";
import { CheckboxGroup, TextArea } from "@/app/my/_components/form-fields";
import { RequestFormShell } from "./request-form-shell";
import { useRequestSubmit } from "./use-request-submit";
import { registerOptions } from "./options";

/** Art. 15: which registers (default all) and which formats. */
export function AccessForm({ context }: { context: RequestFormContext }) {
  const t = useTranslations("requests");
  const form = useForm<AccessFormInput>({
    resolver: zodResolver(accessFormSchema),
    defaultValues: { type: "access", organisationId: context.organisation.id, registerIds: context.registers.map((r) => r.id), formats: ["pdf"], note: "" },
  });
  const s = useRequestSubmit(form);
  const e = form.formState.errors;
  return (
    <RequestFormShell type="access" onSubmit={s.onSubmit} pending={s.pending} formError={s.formError} retryAfterMinutes={s.retryAfterMinutes} duplicate={s.duplicate} onFileAnyway={s.fileAnyway} onDismiss={s.dismissDuplicate}>
      <p>{t("access.intro")}</p>
      <CheckboxGroup control={form.control} name="registerIds" legend={t("form.registers")} hint={t("form.registersHint")} options={registerOptions(context, t("form.yourRecord"))} error={e.registerIds?.message} />
      <CheckboxGroup
        control={form.control}
        name="formats"
        legend={t("form.formats")}
        hint={t("form.formatsHint")}
        options={(["pdf", "json"] as const).map((f) => ({ value: f, label: t(`form.format.${f}`) }))}
        error={e.formats?.message}
      />
      <TextArea id="note" label={`${t("form.note")} ${t("form.optional")}`} hint={t("form.noteHint")} error={e.note?.message} registration={form.register("note")} />
    </RequestFormShell>
  );
}
