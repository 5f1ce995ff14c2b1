import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isUuid } from "@/lib/validation/ids";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { getRegisterRetention } from "@/lib/retention/rule-queries";
import { retentionRuleAction } from "@/lib/retention/actions";
import { RETENTION_RULES } from "@/lib/retention/rules";
import { ActionForm } from "../../../../staff/_components/action-form";
import { StaffNav } from "../../../../staff/_components/staff-nav";
import { loadOr404 } from "../../../_components/load";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("adminRetention");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

/**
 * A register's retention rule (issue 10 item 4; PRODUCT.md §8): the daily job proposes erasures by it,
 * staff approve them. Its own page, apart from the register editor.
 */
export default async function RegisterRetentionPage({ params }: Props) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const user = await requireAdmin();
  const reg = await loadOr404(async () => getRegisterRetention(await getDb(), user, id));
  const t = await getTranslations("adminRetention");
  const locale = (await getLocale()) as Locale;
  const name = reg.notice[locale]?.name ?? reg.notice.fi.name;
  return (
    <>
      <StaffNav current="queue" admin />
      <p>
        <Link href={`/admin/registers/${reg.id}`}>{t("back")}</Link>
      </p>
      <h1>{t("heading", { register: name })}</h1>
      <p className="lead">{t("lead")}</p>
      <ActionForm
        name="retentionRule"
        action={retentionRuleAction}
        idPrefix="retention-rule"
        submitLabel={t("save")}
        successText={t("saved")}
        fields={[
          { name: "registerId", label: "", kind: "hidden", defaultValue: reg.id },
          {
            name: "retentionRule",
            label: t("rule"),
            kind: "radio",
            required: true,
            defaultValue: reg.retentionRule,
            options: RETENTION_RULES.map((r) => ({ value: r, label: t(`ruleOption.${r}`) })),
          },
          { name: "months", label: t("months"), hint: t("monthsHint"), kind: "text", defaultValue: reg.months === null ? "" : String(reg.months), maxLength: 4 },
          { name: "law", label: t("law"), hint: t("lawHint"), kind: "text", defaultValue: reg.law ?? "", maxLength: 300 },
        ]}
      />
    </>
  );
}
