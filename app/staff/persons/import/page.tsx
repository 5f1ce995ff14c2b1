import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { listOrgRegisters } from "@/lib/persons/queries";
import { StaffNav } from "../../_components/staff-nav";
import { ClientMessages, STAFF_FORM_MESSAGES } from "@/app/_components/client-messages";
import { ImportForm } from "./_components/import-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffImport");
  return { title: t("title") };
}

export default async function ImportPage() {
  const user = await requireStaff();
  const regs = await listOrgRegisters(await getDb(), user);
  const t = await getTranslations("staffImport");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <StaffNav current="persons" admin={user.role === "admin"} />
      <p><Link href="/staff/persons">{t("back")}</Link></p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("columns")}</p>
      <pre className="mail">first_name;last_name;birth_date;birth_year;identity_code;gender;mother_tongue;service_language;working_life_status;email;phone;street_address;postal_code;city;subject_groups;relationship_start;relationship_end;relationship_state;direct_marketing_ban;research_ban;profiling_ban</pre>
      <ClientMessages namespaces={[...STAFF_FORM_MESSAGES, "staffImport"]}>
        <ImportForm registers={regs.map((r) => ({ id: r.id, name: r.notice[locale]?.name ?? r.notice.fi.name }))} />
      </ClientMessages>
    </>
  );
}
