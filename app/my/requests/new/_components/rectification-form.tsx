"use client";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { CODED_FIELD_VALUES, isCodedField } from "@/lib/requests/constants";
import { rectificationFormSchema, type RectificationFormInput } from "@/lib/requests/schema";
import type { RequestFormContext } from "@/lib/requests/queries-form";
import { describe, HintAndError, TextArea, TextField } from "@/app/my/_components/form-fields";
import { RequestFormShell } from "./request-form-shell";
import { useRequestSubmit } from "./use-request-submit";

/**
 * Art. 16: per item the record, the field (with its value now on record), the correct value and/or a
 * supplementary statement. Choices come only from the subject's own linked records.
 */
export function RectificationForm({ context }: { context: RequestFormContext }) {
  const t = useTranslations("requests");
  const locale = useLocale();
  const first = context.records[0];
  // Codes are shown as words: languages through the browser's own names, the rest from the messages.
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const valueLabel = (field: string, value: string) => {
    if (field === "motherTongue") return languages.of(value) ?? value;
    const key = `values.${field}.${value}`;
    return t.has(key as never) ? t(key as never) : value;
  };
  const form = useForm<RectificationFormInput>({
    resolver: zodResolver(rectificationFormSchema),
    defaultValues: { type: "rectification", organisationId: context.organisation.id, items: first ? [{ personId: first.id, correctValue: "", statement: "" }] : [] },
  });
  const items = useFieldArray({ control: form.control, name: "items" });
  const values = useWatch({ control: form.control, name: "items" });
  const s = useRequestSubmit(form);
  if (!first) return <p className="notice-box">{t("rectification.needsRecords")}</p>;
  const e = form.formState.errors;
  return (
    <RequestFormShell type="rectification" onSubmit={s.onSubmit} pending={s.pending} formError={s.formError} retryAfterMinutes={s.retryAfterMinutes} duplicate={s.duplicate} onFileAnyway={s.fileAnyway} onDismiss={s.dismissDuplicate}>
      <p>{t("rectification.intro")}</p>
      {e.items?.message && <p className="field-error" role="alert">{e.items.message}</p>}
      {items.fields.map((item, i) => {
        const personId = values?.[i]?.personId ?? first.id;
        const record = context.records.find((r) => r.id === personId) ?? first;
        const ie = e.items?.[i];
        const fieldId = `items-${i}-field`;
        const recordId = `items-${i}-personId`;
        return (
          <fieldset key={item.id} className="card" style={{ marginBottom: "1rem" }}>
            <legend>{t("rectification.item", { number: i + 1 })}</legend>
            {context.records.length > 1 && (
              <div className="field">
                <label htmlFor={recordId}>{t("rectification.record")}</label>
                <HintAndError id={recordId} error={ie?.personId?.message} />
                <select id={recordId} aria-describedby={describe(recordId, undefined, ie?.personId?.message)} {...form.register(`items.${i}.personId`)}>
                  {context.records.map((r) => (
                    <option key={r.id} value={r.id}>{r.registerName}</option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor={fieldId}>{t("rectification.field")}</label>
              <HintAndError id={fieldId} hint={t("rectification.fieldHint")} error={ie?.field?.message} />
              <select
                id={fieldId}
                aria-invalid={ie?.field ? "true" : undefined}
                aria-describedby={describe(fieldId, t("rectification.fieldHint"), ie?.field?.message)}
                {...form.register(`items.${i}.field`)}
              >
                <option value="">{t("rectification.chooseField")}</option>
                {record.fields.map((f) => (
                  <option key={f.field} value={f.field}>
                    {t(`rectification.fields.${f.field}`)} ({t("rectification.currentValue", { value: valueLabel(f.field, f.value) })})
                  </option>
                ))}
                {record.caseNotes > 0 && <option value="caseNotes">{t("rectification.fields.caseNotes", { count: record.caseNotes })}</option>}
              </select>
            </div>
            {values?.[i]?.field && isCodedField(values[i].field) ? (
              <div className="field">
                <label htmlFor={`items-${i}-correctValue`}>{t("rectification.correctValue")}</label>
                <HintAndError id={`items-${i}-correctValue`} error={ie?.correctValue?.message} />
                <select
                  id={`items-${i}-correctValue`}
                  aria-invalid={ie?.correctValue ? "true" : undefined}
                  aria-describedby={describe(`items-${i}-correctValue`, undefined, ie?.correctValue?.message)}
                  {...form.register(`items.${i}.correctValue`)}
                >
                  <option value="">{t("values.choose")}</option>
                  {CODED_FIELD_VALUES[values[i].field as keyof typeof CODED_FIELD_VALUES].map((v) => (
                    <option key={v} value={v}>{valueLabel(values[i].field, v)}</option>
                  ))}
                </select>
              </div>
            ) : values?.[i]?.field !== "caseNotes" ? (
              <TextField id={`items-${i}-correctValue`} label={t("rectification.correctValue")} hint={t("rectification.correctValueHint")} error={ie?.correctValue?.message} registration={form.register(`items.${i}.correctValue`)} />
            ) : null}
            <TextArea id={`items-${i}-statement`} label={t("rectification.statement")} hint={t("rectification.statementHint")} error={ie?.statement?.message} rows={3} registration={form.register(`items.${i}.statement`)} />
            {items.fields.length > 1 && (
              <button type="button" className="secondary" onClick={() => items.remove(i)}>
                {t("rectification.removeItem", { number: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {items.fields.length < 20 && (
        <p>
          <button type="button" className="secondary" onClick={() => items.append({ personId: first.id, field: undefined as never, correctValue: "", statement: "" })}>
            {t("rectification.addItem")}
          </button>
        </p>
      )}
    </RequestFormShell>
  );
}
