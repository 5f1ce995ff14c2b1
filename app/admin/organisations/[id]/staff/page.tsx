import Link from "next/link";
import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation/ids";
import { getLocale, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getOrganisationForAdmin, listStaff } from "@/lib/admin/queries";
import { addStaffAction, removeStaffAction, updateStaffAction, withdrawInvitationAction } from "@/lib/admin/actions";
import { ActionForm } from "../../../../staff/_components/action-form";
import { StaffNav } from "../../../../staff/_components/staff-nav";
import { showDate } from "../../../../staff/_components/format";
import { loadOr404 } from "../../../_components/load";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("adminStaff");
  return { title: t("title") };
}

/**
 * This organisation's memberships: role, special-category right and state per organisation (another
 * organisation's settings for the same account are neither shown nor changed), and pending invitations,
 * which can only be withdrawn until the invited account accepts.
 */
export default async function AdminStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const user = await requireAdmin();
  const db = await getDb();
  const { organisation } = await loadOr404(() => getOrganisationForAdmin(db, user, id));
  const staff = await listStaff(db, user, id);
  const members = staff.filter((s) => !s.pending);
  const invited = staff.filter((s) => s.pending);
  const t = await getTranslations("adminStaff");
  const locale = await getLocale();
  const hidden = { name: "organisationId", label: "", kind: "hidden" as const, defaultValue: id };
  const roleOptions = [
    { value: "staff", label: t("roleStaff") },
    { value: "admin", label: t("roleAdmin") },
  ];
  return (
    <>
      <StaffNav current="queue" admin />
      <p><Link href={`/admin/organisations/${id}`}>{t("back", { name: organisation.name })}</Link></p>
      <h1>{t("title")}</h1>
      <ul className="cards">
        {members.map((s) => (
          <li key={s.id} className="card">
            <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{s.name ?? s.email}</h2>
            <p className="hint">
              {s.email} · {s.role === "admin" ? t("roleAdmin") : t("roleStaff")} · {s.totpEnabled ? t("totpOn") : t("totpPending")}
              {s.disabledAt && <> · <strong>{t("disabled")}</strong></>}
            </p>
            <ActionForm
              name="updateStaff"
              action={updateStaffAction}
              idPrefix={`staff-${s.id}`}
              submitLabel={t("save")}
              successText={t("saved")}
              fields={[
                hidden,
                { name: "userId", label: "", kind: "hidden", defaultValue: s.id },
                { name: "role", label: t("role"), kind: "select", defaultValue: s.role, options: roleOptions },
                { name: "canReadSpecial", label: t("canReadSpecial"), hint: t("canReadSpecialHint"), kind: "checkbox", defaultChecked: s.canReadSpecial },
                { name: "disabled", label: t("disable"), hint: t("disableHint"), kind: "checkbox", defaultChecked: Boolean(s.disabledAt) },
              ]}
            />
            {s.id !== user.id && (
              <details>
                <summary>{t("remove")}</summary>
                <ActionForm
                  name="removeStaff"
                  action={removeStaffAction}
                  idPrefix={`remove-${s.id}`}
                  secondary
                  submitLabel={t("removeSubmit")}
                  successText={t("removed")}
                  fields={[hidden, { name: "userId", label: "", kind: "hidden", defaultValue: s.id }]}
                >
                  <p>{t("removeHelp")}</p>
                </ActionForm>
              </details>
            )}
          </li>
        ))}
      </ul>
      <h2>{t("invitations")}</h2>
      <p className="hint">{t("invitationsHelp")}</p>
      {invited.length === 0 ? (
        <p>{t("noInvitations")}</p>
      ) : (
        <ul className="cards">
          {invited.map((s) => (
            <li key={s.id} className="card">
              <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{s.email}</h2>
              <p className="hint">
                <strong>{t("pending")}</strong> · {t("offeredRole", { role: s.role === "admin" ? t("roleAdmin") : t("roleStaff") })} ·{" "}
                {t("invitedOn", { date: showDate(s.invitedAt, locale) })}
              </p>
              <ActionForm
                name="withdrawInvitation"
                action={withdrawInvitationAction}
                idPrefix={`withdraw-${s.id}`}
                secondary
                submitLabel={t("withdraw")}
                successText={t("withdrawn")}
                fields={[hidden, { name: "userId", label: "", kind: "hidden", defaultValue: s.id }]}
              />
            </li>
          ))}
        </ul>
      )}
      <h2>{t("add")}</h2>
      <ActionForm
        name="addStaff"
        action={addStaffAction}
        idPrefix="add-staff"
        submitLabel={t("addSubmit")}
        successText={t("added")}
        fields={[
          hidden,
          { name: "email", label: t("email"), hint: t("emailHint"), kind: "email", required: true, maxLength: 254 },
          { name: "name", label: t("name"), kind: "text", required: true, maxLength: 200 },
          { name: "role", label: t("role"), kind: "select", defaultValue: "staff", options: roleOptions },
          {
            name: "locale",
            label: t("language"),
            kind: "select",
            defaultValue: "fi",
            options: [
              { value: "fi", label: "Suomi" },
              { value: "sv", label: "Svenska" },
              { value: "en", label: "English" },
            ],
          },
          { name: "canReadSpecial", label: t("canReadSpecial"), hint: t("canReadSpecialHint"), kind: "checkbox" },
        ]}
      />
    </>
  );
}
