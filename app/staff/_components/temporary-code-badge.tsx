import { getTranslations } from "next-intl/server";

/**
 * LEGAL.md §5: a temporary identity code (individual number 900–999) is valid but may be replaced by a
 * permanent one and must not be relied on alone to match a person — flagged wherever the code or the
 * person is shown to staff.
 */
export async function TemporaryCodeBadge() {
  const t = await getTranslations("staffLabels");
  return (
    <span className="badge badge-amber" data-flag="temporary-identity-code" title={t("temporaryIdentityCodeHint")}>
      {t("temporaryIdentityCode")}
    </span>
  );
}
