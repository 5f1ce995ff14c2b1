import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import type { Register } from "@/lib/db/schema";
import { createRegisterAction } from "@/lib/registers/actions";
import { DATA_CATEGORY_CODES } from "@/lib/registers/categories";
import { labelFor } from "@/lib/i18n/labels";
import { ActionForm } from "../../../../staff/_components/action-form";

/** The organisation's registers (archived ones marked) and the form that creates a new one. */
export async function RegistersSection({ organisationId, registers, locale }: { organisationId: string; registers: Register[]; locale: Locale }) {
  const t = await getTranslations("adminOrganisation");
  const tr = await getTranslations("adminRegister");
  // People see labels, never codes: the shared vocabulary as labelled checkboxes.
  const options = DATA_CATEGORY_CODES.map((c) => ({ value: c, label: labelFor(locale, "erasureCategory", c) ?? c }));
  return (
    <section aria-labelledby="registers-heading">
      <h2 id="registers-heading">{t("registers")}</h2>
      <ul>
        {registers.map((r) => (
          <li key={r.id}>
            <Link href={`/admin/registers/${r.id}`}>{r.notice[locale]?.name ?? r.notice.fi.name}</Link>{" "}
            <span className="hint">
              ({r.retentionRule === "erase_after_relationship_end" ? t("retentionAfterEnd", { months: r.retentionMonthsAfterEnd ?? 0 }) : t("retentionWhileNeeded")}
              {r.archivedAt ? `, ${t("archivedSuffix")}` : ""})
            </span>
          </li>
        ))}
      </ul>
      <h3>{t("newRegister")}</h3>
      <ActionForm
        name="createRegister"
        action={createRegisterAction}
        idPrefix="new-register"
        submitLabel={t("create")}
        successText={t("created")}
        fields={[
          { name: "organisationId", label: "", kind: "hidden", defaultValue: organisationId },
          { name: "slug", label: t("registerSlug"), kind: "text", required: true, maxLength: 60 },
          ...(["fi", "sv", "en"] as const).map((l) => ({ name: `name${l[0].toUpperCase()}${l[1]}`, label: t("registerNameIn", { language: tr(`lang.${l}`) }), kind: "text" as const, required: true, maxLength: 300 })),
          { name: "categories", label: t("registerCategories"), kind: "checkboxes", options, required: true },
          { name: "specialCategories", label: t("registerSpecial"), kind: "checkboxes", options },
        ]}
      />
    </section>
  );
}
