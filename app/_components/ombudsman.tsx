import { getTranslations } from "next-intl/server";

/** The Finnish supervisory authority's contact details (LEGAL.md §3), shown wherever a refusal can be. */
export async function OmbudsmanContact() {
  const t = await getTranslations("complaint");
  return (
    <dl className="facts">
      <dt>{t("authority")}</dt>
      <dd />
      <dt>{t("visitingAddress")}</dt>
      <dd>{t("visitingAddressValue")}</dd>
      <dt>{t("postalAddress")}</dt>
      <dd>{t("postalAddressValue")}</dd>
      <dt>{t("email")}</dt>
      <dd><a href="mailto:tietosuoja@om.fi">tietosuoja@om.fi</a></dd>
      <dt>{t("phone")}</dt>
      <dd>+358 29 566 6700</dd>
      <dt>{t("website")}</dt>
      <dd>tietosuoja.fi</dd>
    </dl>
  );
}
