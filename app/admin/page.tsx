import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listAdminOrganisations } from "@/lib/admin/queries";
import { StaffNav } from "../staff/_components/staff-nav";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

/** Administration (PRODUCT.md §1 "Admin / DPO"): the admin's own organisations. */
export default async function AdminPage() {
  const user = await requireAdmin();
  const orgs = await listAdminOrganisations(await getDb(), user);
  const t = await getTranslations("admin");
  return (
    <>
      <StaffNav current="queue" admin />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ul className="cards">
        {orgs.map((o) => (
          <li key={o.id} className="card">
            <h2 style={{ marginTop: 0 }}>{o.name}</h2>
            <ul>
              <li><Link href={`/admin/organisations/${o.id}`}>{t("settingsLink")}</Link></li>
              <li><Link href={`/admin/organisations/${o.id}/staff`}>{t("staffLink")}</Link></li>
              <li><Link href={`/admin/organisations/${o.id}/templates`}>{t("templatesLink")}</Link></li>
              <li><Link href={`/organisations/${o.slug}/privacy`}>{t("noticeLink")}</Link></li>
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
