import { getTranslations } from "next-intl/server";
import { OmbudsmanContact } from "../_components/ombudsman";

export async function generateMetadata() {
  const t = await getTranslations("complaint");
  return { title: t("title") };
}

export default async function ComplaintPage() {
  const t = await getTranslations("complaint");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <OmbudsmanContact />
      <h2>{t("howTitle")}</h2>
      <ol>
        <li>{t("how1")}</li>
        <li>{t("how2")}</li>
        <li>{t("how3")}</li>
      </ol>
      <h2>{t("courtTitle")}</h2>
      <p>{t("courtText")}</p>
    </>
  );
}
