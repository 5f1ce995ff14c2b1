import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { localeNames, locales } from "@/lib/i18n/config";
import { hasOperator } from "@/lib/operator/setup-queries";
import { redeemSetupAction } from "@/lib/operator/actions";
import { ClientMessages, STAFF_FORM_MESSAGES } from "@/app/_components/client-messages";
import { ActionForm } from "../staff/_components/action-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("operatorSetup");
  return { title: t("title") };
}

/**
 * A fresh install's first operator (issue 10): redeem the one-time token printed in the log. Once an
 * operator exists the form is gone for good; the token alone creates no session (sign-in is by link).
 */
export default async function SetupPage() {
  const t = await getTranslations("operatorSetup");
  const done = await hasOperator(await getDb());
  if (done) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("done")}</p>
        <p>
          <Link href="/sign-in">{t("signIn")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <ClientMessages namespaces={STAFF_FORM_MESSAGES}>
        <ActionForm
          name="operatorSetup"
          action={redeemSetupAction}
          idPrefix="setup"
          submitLabel={t("submit")}
          successText={t("done")}
          fields={[
            { name: "token", label: t("token"), hint: t("tokenHint"), kind: "text", required: true, maxLength: 100 },
            { name: "email", label: t("email"), kind: "email", required: true, maxLength: 254 },
            { name: "name", label: t("name"), kind: "text", required: true, maxLength: 200 },
            {
              name: "locale",
              label: t("language"),
              kind: "select",
              defaultValue: "fi",
              options: locales.map((l) => ({ value: l, label: localeNames[l] })),
            },
          ]}
        />
      </ClientMessages>
    </>
  );
}
