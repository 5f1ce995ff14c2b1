import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isDevMailbox } from "@/lib/mail/transport";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("checkTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("signIn");
  return (
    <>
      <h1>{t("checkTitle")}</h1>
      <p className="lead">{t("checkBody")}</p>
      {isDevMailbox() && (
        <p className="notice-box">
          {t("devMailHint")} <Link href="/dev/mail">{t("openDevMail")}</Link>
        </p>
      )}
    </>
  );
}
