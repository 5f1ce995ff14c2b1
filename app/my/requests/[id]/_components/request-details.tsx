import { getTranslations } from "next-intl/server";
import type { Locale, RequestDetails } from "@/lib/db/types";
import { consentText, fieldValueLabel } from "@/lib/i18n/labels";

type Props = {
  details: RequestDetails;
  registerNames: Record<string, Record<Locale, string>>;
  consentNames: Record<string, { purpose: string; description: string | null }>;
  locale: Locale;
};

/** What the subject asked, in their words and choices (the details stored with the request). */
export async function RequestDetailsView({ details: d, registerNames, consentNames, locale }: Props) {
  const t = await getTranslations("requests");
  const p = await getTranslations("portal.request");
  const cat = await getTranslations("dataCategories");
  const regs = (ids: string[]) => ids.map((id) => registerNames[id]?.[locale] ?? "–").join(", ");
  const rows: Array<[string, string]> = [];
  switch (d.type) {
    case "access":
      rows.push([t("form.registers"), regs(d.registerIds)], [t("form.formats"), d.formats.map((f) => t(`form.format.${f}`)).join(", ")]);
      if (d.note) rows.push([t("form.note"), d.note]);
      break;
    case "portability":
      rows.push([t("form.registers"), regs(d.registerIds)], [t("form.formats"), d.formats.map((f) => t(`form.format.${f}`)).join(", ")]);
      break;
    case "restriction":
      rows.push([t("restriction.ground"), t(`restriction.grounds.${d.ground}`)], [t("restriction.explanation"), d.explanation], [t("form.registers"), regs(d.registerIds)]);
      break;
    case "objection":
      rows.push([t("objection.kind"), t(`objection.kinds.${d.kind}`)], [t("form.registers"), regs(d.registerIds)]);
      if (d.personalSituation) rows.push([t("objection.personalSituation"), d.personalSituation]);
      break;
    case "erasure":
      rows.push([
        t("erasure.scope"),
        d.scope === "everything" ? t("erasure.scopeEverything") : d.categories.map((c) => (cat.has(c as never) ? cat(c as never) : c)).join(", "),
      ]);
      rows.push([t("erasure.ground"), t.has(`erasure.grounds.${d.ground}` as never) ? t(`erasure.grounds.${d.ground}` as never) : d.ground]);
      if (d.explanation) rows.push([t("erasure.explanation"), d.explanation]);
      break;
    case "consent_withdrawal":
      rows.push([t("consentWithdrawal.consents"), d.consentIds.map((id) => (consentNames[id] ? consentText(locale, consentNames[id]) : "–")).join("; ")]);
      break;
    case "rectification":
      d.items.forEach((item, i) => {
        const field =
          item.field === "caseNotes"
            ? t("rectification.caseNotesLabel")
            : t.has(`rectification.fields.${item.field}` as never)
              ? t(`rectification.fields.${item.field}` as never)
              : item.field;
        const parts = [field];
        const valueKey = `values.${item.field}.${item.correctValue}`;
        const shown = item.correctValue && t.has(valueKey as never) ? t(valueKey as never) : fieldValueLabel(locale, item.field, item.correctValue);
        if (item.correctValue) parts.push(`${t("rectification.correctValue")}: ${shown}`);
        if (item.statement) parts.push(`${t("rectification.statement")}: ${item.statement}`);
        rows.push([t("rectification.item", { number: i + 1 }), parts.join(" · ")]);
      });
      break;
  }
  return (
    <section aria-labelledby="details">
      <h2 id="details">{p("details")}</h2>
      <dl className="facts">
        {rows.map(([k, v], i) => (
          <div key={i} style={{ display: "contents" }}>
            <dt>{k}</dt>
            <dd style={{ whiteSpace: "pre-wrap" }}>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
