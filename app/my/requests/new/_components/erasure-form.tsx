"use client";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { erasureFormSchema, type ErasureFormInput } from "@/lib/requests/schema";
import type { RequestFormContext } from "@/lib/requests/queries-form";
import { ERASURE_GROUNDS } from "@/lib/requests/constants";
import { CheckboxGroup, RadioGroup, TextArea, type Option } from "@/app/my/_components/form-fields";
import { RequestFormShell } from "./request-form-shell";
import { useRequestSubmit } from "./use-request-submit";

/** Art. 17: everything or chosen categories (of the registers holding the subject's data), and a ground. */
export function ErasureForm({ context }: { context: RequestFormContext }) {
  const t = useTranslations("requests");
  const cat = useTranslations("dataCategories");
  const form = useForm<ErasureFormInput>({
    resolver: zodResolver(erasureFormSchema),
    defaultValues: { type: "erasure", organisationId: context.organisation.id, scope: "everything", categories: [], explanation: "" },
  });
  const s = useRequestSubmit(form);
  const e = form.formState.errors;
  const scope = useWatch({ control: form.control, name: "scope" });
  const mine = context.registers.filter((r) => r.hasRecord);
  const source = mine.length ? mine : context.registers;
  const seen = new Set<string>();
  const categories: Option[] = [];
  for (const r of source) {
    for (const c of r.categories) {
      if (seen.has(c.code)) continue;
      seen.add(c.code);
      const label = c.label ?? (cat.has(c.code as never) ? cat(c.code as never) : c.code);
      categories.push({ value: c.code, label, detail: c.special ? t("erasure.special") : undefined });
    }
  }
  return (
    <RequestFormShell type="erasure" onSubmit={s.onSubmit} pending={s.pending} formError={s.formError} retryAfterMinutes={s.retryAfterMinutes} duplicate={s.duplicate} onFileAnyway={s.fileAnyway} onDismiss={s.dismissDuplicate}>
      <p>{t("erasure.intro")}</p>
      <RadioGroup
        id="scope"
        legend={t("erasure.scope")}
        options={[
          { value: "everything", label: t("erasure.scopeEverything") },
          { value: "categories", label: t("erasure.scopeCategories") },
        ]}
        error={e.scope?.message}
        registration={form.register("scope")}
      />
      {scope === "categories" && (
        <CheckboxGroup control={form.control} name="categories" legend={t("erasure.categories")} hint={t("erasure.categoriesHint")} options={categories} error={e.categories?.message} />
      )}
      <RadioGroup
        id="ground"
        legend={`${t("erasure.ground")} ${t("form.required")}`}
        hint={t("erasure.groundHint")}
        options={ERASURE_GROUNDS.map((g) => ({ value: g, label: t(`erasure.grounds.${g}`) }))}
        error={e.ground?.message}
        registration={form.register("ground")}
      />
      <TextArea id="explanation" label={`${t("erasure.explanation")} ${t("form.optional")}`} hint={t("erasure.explanationHint")} error={e.explanation?.message} registration={form.register("explanation")} />
    </RequestFormShell>
  );
}
