"use client";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { objectionFormSchema, type ObjectionFormInput } from "@/lib/requests/schema";
import type { RequestFormContext } from "@/lib/requests/queries-form";
import { CheckboxGroup, RadioGroup, TextArea } from "@/app/my/_components/form-fields";
import { RequestFormShell } from "./request-form-shell";
import { useRequestSubmit } from "./use-request-submit";
import { registerOptions } from "./options";

/**
 * Art. 21: direct marketing and profiling for it are absolute — the ban is set at once, and the form
 * says so; an objection on legitimate-interest grounds needs the particular situation (Art. 21(1)).
 */
export function ObjectionForm({ context }: { context: RequestFormContext }) {
  const t = useTranslations("requests");
  const form = useForm<ObjectionFormInput>({
    resolver: zodResolver(objectionFormSchema),
    defaultValues: { type: "objection", organisationId: context.organisation.id, registerIds: context.registers.map((r) => r.id), personalSituation: "" },
  });
  const s = useRequestSubmit(form);
  const e = form.formState.errors;
  const kind = useWatch({ control: form.control, name: "kind" });
  return (
    <RequestFormShell type="objection" onSubmit={s.onSubmit} pending={s.pending} formError={s.formError} retryAfterMinutes={s.retryAfterMinutes} duplicate={s.duplicate} onFileAnyway={s.fileAnyway} onDismiss={s.dismissDuplicate}>
      <p>{t("objection.intro")}</p>
      <RadioGroup
        id="kind"
        legend={`${t("objection.kind")} ${t("form.required")}`}
        options={(["direct_marketing", "profiling", "legitimate_interest"] as const).map((k) => ({ value: k, label: t(`objection.kinds.${k}`) }))}
        error={e.kind?.message}
        registration={form.register("kind")}
      />
      {(kind === "direct_marketing" || kind === "profiling") && (
        <p className="notice-box" role="status">
          {t("objection.banAtOnce")}
        </p>
      )}
      {kind === "legitimate_interest" && (
        <TextArea
          id="personalSituation"
          label={`${t("objection.personalSituation")} ${t("form.required")}`}
          hint={t("objection.personalSituationHint")}
          error={e.personalSituation?.message}
          required
          registration={form.register("personalSituation")}
        />
      )}
      <CheckboxGroup control={form.control} name="registerIds" legend={t("objection.registers")} hint={t("form.registersHint")} options={registerOptions(context, t("form.yourRecord"))} error={e.registerIds?.message} />
    </RequestFormShell>
  );
}
