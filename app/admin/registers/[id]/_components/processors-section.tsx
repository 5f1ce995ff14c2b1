import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import type { Processor } from "@/lib/db/schema";
import { deleteProcessorAction, saveProcessorAction } from "@/lib/registers/actions";
import { processorName } from "@/lib/registers/processor-names";
import { REQUEST_TYPES } from "@/lib/workflow/constants";
import { ActionForm, type FieldSpec } from "../../../../staff/_components/action-form";

const LOCALES = ["fi", "sv", "en"] as const;
const suffix = (l: (typeof LOCALES)[number]) => `${l[0].toUpperCase()}${l[1]}`;

/**
 * Processors (Art. 28) and recipients (Art. 19) of a register: name and service per language, contact,
 * and the request types that create a manual task for them. Each one is its own form.
 */
export async function ProcessorsSection({ registerId, processors, locale }: { registerId: string; processors: Processor[]; locale: Locale }) {
  const t = await getTranslations("adminRegister");
  const l = await getTranslations("staffLabels");
  const fields = (p: Processor | null): FieldSpec[] => [
    { name: "registerId", label: "", kind: "hidden", defaultValue: registerId },
    { name: "processorId", label: "", kind: "hidden", defaultValue: p?.id ?? "" },
    {
      name: "kind",
      label: t("kind"),
      kind: "radio",
      defaultValue: p?.kind ?? "processor",
      options: [
        { value: "processor", label: t("kindProcessor") },
        { value: "recipient", label: t("kindRecipient") },
      ],
    },
    ...LOCALES.map((x): FieldSpec => ({ name: `name${suffix(x)}`, label: t("nameIn", { language: t(`lang.${x}`) }), kind: "text", required: true, maxLength: 300, defaultValue: p ? processorName(p, x) : "" })),
    { name: "contact", label: t("processorContact"), kind: "text", maxLength: 500, defaultValue: p?.contact ?? "" },
    ...LOCALES.map((x): FieldSpec => ({ name: `service${suffix(x)}`, label: t("serviceIn", { language: t(`lang.${x}`) }), kind: "textarea", rows: 2, defaultValue: p?.service?.[x] ?? "" })),
    ...REQUEST_TYPES.map((type): FieldSpec => ({ name: `taskFor.${type}`, label: t("taskFor", { type: l(`type.${type}`) }), kind: "checkbox", defaultChecked: p?.taskFor.includes(type) ?? false })),
  ];
  return (
    <section aria-labelledby="processors-heading">
      <h2 id="processors-heading">{t("processors")}</h2>
      <p className="hint">{t("processorsHelp")}</p>
      {processors.map((p) => (
        <details key={p.id} className="card">
          <summary>
            {processorName(p, locale)} <span className="hint">({p.kind === "processor" ? t("kindProcessor") : t("kindRecipient")})</span>
          </summary>
          <ActionForm name="processor" action={saveProcessorAction} idPrefix={`processor-${p.id}`} submitLabel={t("save")} successText={t("saved")} fields={fields(p)} />
          <ActionForm
            name="deleteProcessor"
            action={deleteProcessorAction}
            idPrefix={`processor-delete-${p.id}`}
            submitLabel={t("deleteProcessor")}
            successText={t("deleted")}
            secondary
            fields={[
              { name: "processorId", label: "", kind: "hidden", defaultValue: p.id },
              { name: "registerId", label: "", kind: "hidden", defaultValue: registerId },
            ]}
          />
        </details>
      ))}
      <h3>{t("newProcessor")}</h3>
      <ActionForm name="processor" action={saveProcessorAction} idPrefix="processor-new" submitLabel={t("save")} successText={t("saved")} fields={fields(null)} />
    </section>
  );
}
