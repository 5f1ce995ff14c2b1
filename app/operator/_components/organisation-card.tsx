import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { listOrganisationsForOperator } from "@/lib/operator/queries";
import { inviteAdminAction, organisationStateAction, withdrawAdminInvitationAction } from "@/lib/operator/actions";
import { ActionForm } from "../../staff/_components/action-form";
import { showDate } from "../../staff/_components/format";

type Org = Awaited<ReturnType<typeof listOrganisationsForOperator>>[number];

/** One organisation on the operator's page: facts, admins with their invitation state, and its forms. */
export async function OrganisationCard({ org, locale }: { org: Org; locale: string }) {
  const t = await getTranslations("operator");
  const hidden = { name: "organisationId", label: "", kind: "hidden" as const, defaultValue: org.id };
  const stateLabel = { invited: t("stateInvited"), active: t("stateActive"), disabled: t("stateDisabled") };
  const localeOptions = [
    { value: "fi", label: t("langFi") },
    { value: "sv", label: t("langSv") },
    { value: "en", label: t("langEn") },
  ];
  return (
    <li className="card" data-testid={`operator-org-${org.slug}`}>
      <h3 style={{ marginTop: 0 }}>
        {org.name} {org.disabledAt && <strong>· {t("disabledBadge")}</strong>}
      </h3>
      <p className="hint">
        {t("details", { businessId: org.businessId ?? t("noBusinessId"), prefix: org.referencePrefix, languages: org.languages.join(", ") })}
      </p>
      {!org.disabledAt && (
        <p>
          <Link href={`/organisations/${org.slug}/privacy`}>{t("publicPage")}</Link>
        </p>
      )}
      <h4>{t("admins")}</h4>
      {org.admins.length === 0 ? (
        <p>{t("noAdmins")}</p>
      ) : (
        <ul>
          {org.admins.map((a) => (
            <li key={a.userId}>
              {a.email} · <strong>{stateLabel[a.state]}</strong>
              {a.invitedAt && <> · {t("invitedOn", { date: showDate(a.invitedAt, locale) })}</>} · {a.totpEnabledAt ? t("totpOn") : t("totpOff")}
              {a.state === "invited" && (
                <ActionForm
                  name="withdrawAdminInvitation"
                  action={withdrawAdminInvitationAction}
                  idPrefix={`withdraw-${org.slug}-${a.userId}`}
                  secondary
                  submitLabel={t("withdraw")}
                  successText={t("withdrawn")}
                  fields={[hidden, { name: "userId", label: "", kind: "hidden", defaultValue: a.userId }]}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t("invite")}</summary>
        <p className="hint">{t("inviteHelp")}</p>
        <ActionForm
          name="inviteAdmin"
          action={inviteAdminAction}
          idPrefix={`invite-${org.slug}`}
          submitLabel={t("inviteSubmit")}
          successText={t("invited")}
          fields={[
            hidden,
            { name: "email", label: t("email"), kind: "email", required: true, maxLength: 254 },
            { name: "name", label: t("name"), kind: "text", required: true, maxLength: 200 },
            { name: "locale", label: t("language"), kind: "select", defaultValue: org.languages[0] ?? "fi", options: localeOptions },
          ]}
        />
      </details>
      <details>
        <summary>{t("disable")}</summary>
        <ActionForm
          name="organisationState"
          action={organisationStateAction}
          idPrefix={`state-${org.slug}`}
          secondary
          submitLabel={org.disabledAt ? t("enableSubmit") : t("disableSubmit")}
          successText={t("stateSaved")}
          fields={[hidden, { name: "state", label: "", kind: "hidden", defaultValue: org.disabledAt ? "enabled" : "disabled" }]}
        >
          <p>{t("disableHelp")}</p>
        </ActionForm>
      </details>
    </li>
  );
}
