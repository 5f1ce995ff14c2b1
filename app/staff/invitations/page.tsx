import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffAccount } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listMyInvitations } from "@/lib/admin/queries";
import { answerInvitationAction } from "@/lib/admin/actions";
import { ActionForm } from "../_components/action-form";
import { StaffNav } from "../_components/staff-nav";
import { showDate } from "../_components/format";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffInvitations");
  return { title: t("title") };
}

/**
 * The account's pending invitations (issue 9): an organisation that wants to add an existing account
 * asks; nothing of it is visible until the account accepts here. Open to every staff account with the
 * second factor, also one without any active membership.
 */
export default async function StaffInvitationsPage() {
  const user = await requireStaffAccount();
  const db = await getDb();
  const invitations = await listMyInvitations(db, user);
  const t = await getTranslations("staffInvitations");
  const locale = await getLocale();
  const member = user.organisationIds.length > 0;
  return (
    <>
      {member && <StaffNav current="invitations" admin={user.role === "admin"} />}
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {!member && <p>{t("noOrganisation")}</p>}
      {invitations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="cards">
          {invitations.map((inv) => (
            <li key={inv.organisationId} className="card">
              <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{inv.organisationName}</h2>
              <p>
                {t("role", { role: inv.role === "admin" ? t("roleAdmin") : t("roleStaff") })}
                {inv.invitedAt && <> · {t("invitedOn", { date: showDate(inv.invitedAt, locale) })}</>}
                {inv.inviterName && <> · {t("invitedBy", { name: inv.inviterName })}</>}
              </p>
              {(["accept", "decline"] as const).map((answer) => (
                <ActionForm
                  key={answer}
                  name="answerInvitation"
                  action={answerInvitationAction}
                  idPrefix={`${answer}-${inv.organisationId}`}
                  secondary={answer === "decline"}
                  submitLabel={t(answer)}
                  successText={t(answer === "accept" ? "accepted" : "declined")}
                  fields={[
                    { name: "organisationId", label: "", kind: "hidden", defaultValue: inv.organisationId },
                    { name: "answer", label: "", kind: "hidden", defaultValue: answer },
                  ]}
                />
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
