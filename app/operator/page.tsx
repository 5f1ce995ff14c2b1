import { getLocale, getTranslations } from "next-intl/server";
import { requireOperator } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listOrganisationsForOperator } from "@/lib/operator/queries";
import { createOrganisationAction } from "@/lib/operator/actions";
import { ActionForm } from "../staff/_components/action-form";
import { OrganisationCard } from "./_components/organisation-card";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("operator");
  return { title: t("title") };
}

/**
 * The platform operator's page (issue 10): organisations, their admins' invitations, and a form for a
 * new organisation. Nothing about data subjects is read here (lib/operator/queries.ts).
 */
export default async function OperatorPage() {
  const user = await requireOperator();
  const db = await getDb();
  const orgs = await listOrganisationsForOperator(db, user);
  const t = await getTranslations("operator");
  const locale = await getLocale();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <h2>{t("organisations")}</h2>
      {orgs.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="cards">
          {orgs.map((o) => (
            <OrganisationCard key={o.id} org={o} locale={locale} />
          ))}
        </ul>
      )}
      <h2 id="create">{t("create")}</h2>
      <ActionForm
        name="createOrganisation"
        action={createOrganisationAction}
        idPrefix="create-org"
        submitLabel={t("createSubmit")}
        successText={t("created")}
        fields={[
          { name: "name", label: t("orgName"), kind: "text", required: true, maxLength: 200 },
          { name: "businessId", label: t("businessId"), hint: t("businessIdHint"), kind: "text", maxLength: 9 },
          { name: "streetAddress", label: t("streetAddress"), kind: "text", required: true, maxLength: 200 },
          { name: "postalCode", label: t("postalCode"), kind: "text", required: true, maxLength: 20 },
          { name: "city", label: t("city"), kind: "text", required: true, maxLength: 100 },
          { name: "contactName", label: t("contactName"), kind: "text", required: true, maxLength: 200 },
          { name: "contactEmail", label: t("contactEmail"), kind: "email", required: true, maxLength: 254 },
          { name: "contactPhone", label: t("contactPhone"), kind: "text", maxLength: 50 },
          { name: "referencePrefix", label: t("referencePrefix"), hint: t("referencePrefixHint"), kind: "text", required: true, maxLength: 6 },
          { name: "slug", label: t("slug"), hint: t("slugHint"), kind: "text", required: true, maxLength: 60 },
          { name: "languages.fi", label: t("langFi"), hint: t("languagesHint"), kind: "checkbox", defaultChecked: true },
          { name: "languages.sv", label: t("langSv"), kind: "checkbox", defaultChecked: true },
          { name: "languages.en", label: t("langEn"), kind: "checkbox", defaultChecked: true },
        ]}
      />
    </>
  );
}
