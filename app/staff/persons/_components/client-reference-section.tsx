import { getTranslations } from "next-intl/server";
import { issueClientReferenceAction, revokeClientReferenceAction } from "@/lib/persons/actions";
import { getPublicBaseUrl } from "@/lib/config/mode";
import { ActionForm } from "../../_components/action-form";
import { clientSlipText } from "@/lib/identity/client-slip";
import { ClientMessages, STAFF_FORM_MESSAGES } from "@/app/_components/client-messages";
import { ClientReferenceIssue } from "./client-reference-issue";

type Locale = "fi" | "sv" | "en";

/**
 * Anonymous clients (Art. 11, LEGAL.md §2, seed 004): issue a reference and secret for this record,
 * reissue it (the old slip stops working) or revoke it. Every step is audited in the query.
 */
export async function ClientReferenceSection(props: { personId: string; hasReference: boolean; linked: boolean; serviceLanguage: Locale | null; staffLocale: Locale }) {
  const t = await getTranslations("staffPersons");
  const base = getPublicBaseUrl();
  const slips = { fi: clientSlipText("fi", base), sv: clientSlipText("sv", base), en: clientSlipText("en", base) };
  return (
    <section aria-labelledby="client-reference-heading">
      <h2 id="client-reference-heading">{t("clientReferenceHeading")}</h2>
      <p className="hint">{t("clientReferenceHelp")}</p>
      <ClientMessages namespaces={[...STAFF_FORM_MESSAGES, "staffPersons", "labels.locale"]}>
        <ClientReferenceIssue
          personId={props.personId}
          action={issueClientReferenceAction}
          defaultLocale={props.serviceLanguage ?? props.staffLocale}
          slips={slips}
          reissue={props.hasReference}
        />
      </ClientMessages>
      {props.hasReference && (
        <details>
          <summary>{t("revokeClientReference")}</summary>
          <ActionForm
            name="revokeClientReference"
            action={revokeClientReferenceAction}
            idPrefix={`revoke-ref-${props.personId}`}
            submitLabel={t("revokeClientReference")}
            successText={t("clientReferenceRevoked")}
            secondary
            fields={[
              { name: "personId", label: "", kind: "hidden", defaultValue: props.personId },
              ...(props.linked ? [{ name: "unlinkAccount", label: t("unlinkAccount"), hint: t("unlinkAccountHint"), kind: "checkbox" as const }] : []),
            ]}
          />
        </details>
      )}
    </section>
  );
}
