import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { listOrgRegisters } from "@/lib/persons/queries";
import { createPersonAction } from "@/lib/persons/actions";
import { ActionForm } from "../../_components/action-form";
import { StaffNav } from "../../_components/staff-nav";
import { personFieldSpecs } from "../_components/person-fields";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffPersons");
  return { title: t("newTitle") };
}

export default async function NewPersonPage() {
  const user = await requireStaff();
  const regs = await listOrgRegisters(await getDb(), user);
  const t = await getTranslations("staffPersons");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <StaffNav current="persons" admin={user.role === "admin"} />
      <p><Link href="/staff/persons">{t("back")}</Link></p>
      <h1>{t("newTitle")}</h1>
      <ActionForm
        name="createPerson"
        action={createPersonAction}
        idPrefix="person"
        submitLabel={t("create")}
        successText={t("created")}
        fields={[
          {
            name: "registerId",
            label: t("register"),
            kind: "select",
            required: true,
            defaultValue: regs[0]?.id ?? "",
            options: regs.map((r) => ({ value: r.id, label: r.notice[locale]?.name ?? r.notice.fi.name })),
          },
          ...personFieldSpecs((k) => t(k), {}, locale),
        ]}
      />
    </>
  );
}
