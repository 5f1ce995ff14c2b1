import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listFilingChoices } from "@/lib/representatives/queries";
import { labelTables } from "@/lib/i18n/labels";
import { AUTHORITY_DOCUMENT_MAX_BYTES, REPRESENTATIVE_ROLES } from "@/lib/representatives/constants";
import { currentLocale } from "../../_components/locale";
import { ClientMessages, PORTAL_FORM_MESSAGES } from "@/app/_components/client-messages";
import { RepresentForm } from "./_components/represent-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("representation");
  return { title: t("title") };
}

/**
 * Filing for someone else (LEGAL.md §2): a guardian of a minor, a court-appointed guardian or the
 * holder of a power of attorney names the person, their role and attaches the document. The request
 * waits until staff confirm the authority; the report then comes to the representative.
 */
export default async function RepresentPage() {
  await requireUser();
  const t = await getTranslations("representation");
  const locale = await currentLocale();
  const orgs = await listFilingChoices(await getDb(), locale);
  const roles = labelTables(locale).representativeRole;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>{t("waitNote")}</p>
      <ClientMessages namespaces={[...PORTAL_FORM_MESSAGES, "representation", "requests"]}>
        <RepresentForm
          organisations={orgs}
          roles={REPRESENTATIVE_ROLES.map((r) => ({ value: r, label: roles[r], detail: t(`roleHelp.${r}`) }))}
          maxMegabytes={AUTHORITY_DOCUMENT_MAX_BYTES / (1024 * 1024)}
        />
      </ClientMessages>
      <p>
        <Link href="/my/requests/new">{t("ownRequest")}</Link>
      </p>
    </>
  );
}
