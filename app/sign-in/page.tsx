import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { ClientMessages, FIELD_MESSAGES } from "@/app/_components/client-messages";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage() {
  if (await getSessionUser()) redirect("/after-sign-in");
  const t = await getTranslations("signIn");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ClientMessages namespaces={[...FIELD_MESSAGES, "signIn"]}>
        <SignInForm />
      </ClientMessages>
    </>
  );
}
