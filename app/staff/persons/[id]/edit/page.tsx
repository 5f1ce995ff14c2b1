import Link from "next/link";
import { isUuid } from "@/lib/validation/ids";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ActionError } from "@/lib/errors";
import { getPerson } from "@/lib/persons/queries";
import { updatePersonAction } from "@/lib/persons/actions";
import { ActionForm } from "../../../_components/action-form";
import { StaffNav } from "../../../_components/staff-nav";
import { personFieldSpecs } from "../../_components/person-fields";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffPersons");
  return { title: t("editTitle") };
}

/** Edit a record; a restricted (Art. 18) or anonymised record is read-only and says why. */
export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const user = await requireStaff();
  let data;
  try {
    data = await getPerson(await getDb(), user, id, { notes: false });
  } catch (e) {
    if (e instanceof ActionError && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("staffPersons");
  const locale = (await getLocale()) as Locale;
  const p = data.person;
  const locked = p.restricted || Boolean(p.anonymisedAt);
  return (
    <>
      <StaffNav current="persons" admin={user.role === "admin"} />
      <p><Link href={`/staff/persons/${id}`}>{t("backToRecord")}</Link></p>
      <h1>{t("editTitle")}</h1>
      {locked ? (
        <p className="notice-box" role="status">{p.restricted ? t("restrictedBanner") : t("anonymisedBanner")}</p>
      ) : (
        <ActionForm
          name="updatePerson"
          action={updatePersonAction}
          idPrefix="person"
          submitLabel={t("save")}
          successText={t("saved")}
          fields={[
            { name: "personId", label: "", kind: "hidden", defaultValue: id },
            ...personFieldSpecs((k) => t(k), p as unknown as Record<string, string | number | boolean | string[] | null>, locale).map((f) =>
              f.name === "identityCode" ? { ...f, hint: p.identityCodeMasked ? t("hint.identityCodeKeep", { masked: p.identityCodeMasked }) : f.hint } : f,
            ),
            ...(p.identityCodeMasked ? [{ name: "clearIdentityCode", label: t("clearIdentityCode"), kind: "checkbox" as const }] : []),
          ]}
        />
      )}
    </>
  );
}
