import { getTranslations } from "next-intl/server";
import { oidcProviderAction, oidcTestAction } from "@/lib/admin/actions";
import { ActionForm } from "../../../../staff/_components/action-form";

/**
 * The organisation's OpenID Connect provider for level 3 (PRODUCT.md §4). The stored secret never
 * comes back to the browser: the page only says whether one is stored.
 */
export async function OidcSection({ organisationId, issuer, clientId, hasSecret }: { organisationId: string; issuer: string | null; clientId: string | null; hasSecret: boolean }) {
  const t = await getTranslations("adminOrganisation");
  return (
    <section aria-labelledby="oidc-heading">
      <h2 id="oidc-heading">{t("oidc")}</h2>
      <p className="hint">{t("oidcHelp")}</p>
      <ActionForm
        name="oidcProvider"
        action={oidcProviderAction}
        idPrefix="oidc"
        submitLabel={t("save")}
        successText={t("saved")}
        fields={[
          { name: "organisationId", label: "", kind: "hidden", defaultValue: organisationId },
          { name: "issuer", label: t("oidcIssuer"), kind: "text", defaultValue: issuer ?? "", maxLength: 500 },
          { name: "clientId", label: t("oidcClientId"), kind: "text", defaultValue: clientId ?? "", maxLength: 300 },
          // A password field would be autofilled by browsers with the admin's own password.
          { name: "clientSecret", label: t("oidcSecret"), hint: hasSecret ? t("oidcSecretStored") : t("oidcSecretNone"), kind: "text", defaultValue: "", maxLength: 1000 },
          { name: "remove", label: t("oidcRemove"), kind: "checkbox", defaultChecked: false },
        ]}
      />
      <ActionForm
        name="oidcTest"
        action={oidcTestAction}
        idPrefix="oidc-test"
        submitLabel={t("oidcTest")}
        successText={t("oidcTestOk")}
        secondary
        fields={[
          { name: "organisationId", label: "", kind: "hidden", defaultValue: organisationId },
          { name: "issuer", label: t("oidcIssuer"), kind: "text", defaultValue: issuer ?? "", maxLength: 500, required: true },
        ]}
      />
    </section>
  );
}
