import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("errorTitle") };
}

/** next-auth sends expired, reused or unknown links here with ?error=Verification. */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const t = await getTranslations("signIn");
  return (
    <>
      <h1>{t("errorTitle")}</h1>
      <p className="form-error" role="alert">{error === "Verification" ? t("errorVerification") : t("errorDefault")}</p>
      <p><Link href="/sign-in" className="button">{t("requestNew")}</Link></p>
    </>
  );
}
