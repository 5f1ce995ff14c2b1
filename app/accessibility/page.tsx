import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("accessibilityPage");
  return { title: t("title") };
}

export default async function AccessibilityPage() {
  const t = await getTranslations("accessibilityPage");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <h2>{t("statusTitle")}</h2>
      <p>{t("status")}</p>
      <h2>{t("feedbackTitle")}</h2>
      <p>{t("feedback")}</p>
      <h2>{t("authorityTitle")}</h2>
      <p>{t("authority")}</p>
      <p>{t("date")}</p>
    </>
  );
}
