import { getTranslations } from "next-intl/server";
import { issueClientReferenceAction, revokeClientReferenceAction } from "@/lib/persons/actions";
import { getPublicBaseUrl } from "@/lib/config/mode";
import { ActionForm } from "../../_components/action-form";
import { ClientReferenceIssue, type SlipText } from "./client-reference-issue";

type Locale = "fi" | "sv" | "en";

/** The slip's text in one language: the client may read another language than the staff member. */
async function slipText(locale: Locale): Promise<SlipText> {
  const slip = await getTranslations({ locale, namespace: "clientSlip" });
  const url = `${getPublicBaseUrl()}/my/verify`;
  return {
    title: slip("title"),
    intro: slip("intro"),
    reference: slip("reference"),
    secret: slip("secret"),
    steps: [slip("step1", { url: getPublicBaseUrl() }), slip("step2", { url }), slip("step3")],
    keep: slip("keep"),
  };
}

/**
 * Anonymous clients (Art. 11, LEGAL.md §2, seed 004): issue a reference and secret for this record,
 * reissue it (the old slip stops working) or revoke it. Every step is audited in the query.
 */
export async function ClientReferenceSection(props: { personId: string; hasReference: boolean; linked: boolean; serviceLanguage: Locale | null; staffLocale: Locale }) {
  const t = await getTranslations("staffPersons");
  const slips = { fi: await slipText("fi"), sv: await slipText("sv"), en: await slipText("en") };
  return (
    <section aria-labelledby="client-reference-heading">
      <h2 id="client-reference-heading">{t("clientReferenceHeading")}</h2>
      <p className="hint">{t("clientReferenceHelp")}</p>
      <ClientReferenceIssue
        personId={props.personId}
        action={issueClientReferenceAction}
        defaultLocale={props.serviceLanguage ?? props.staffLocale}
        slips={slips}
        reissue={props.hasReference}
      />
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
