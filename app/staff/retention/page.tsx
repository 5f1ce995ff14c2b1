import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { toHelsinkiDate } from "@/lib/deadlines";
import { listRetentionProposals } from "@/lib/jobs/retention";
import { approveRetentionAction } from "@/lib/workflow/actions";
import { ActionForm, type FieldSpec } from "../_components/action-form";
import { StaffNav } from "../_components/staff-nav";
import { showDate } from "../_components/format";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffRetention");
  return { title: t("title") };
}

/**
 * Retention (PRODUCT.md §8): records whose register's rule says they are due for erasure, proposed to
 * staff, who approve them. Nothing is erased without a person deciding.
 */
export default async function RetentionPage() {
  const user = await requireStaff();
  const proposals = await listRetentionProposals(await getDb(), user, toHelsinkiDate(new Date()));
  const t = await getTranslations("staffRetention");
  const locale = (await getLocale()) as Locale;
  const fields: FieldSpec[] = proposals.flatMap((p, n): FieldSpec[] => [
    { name: `items.${n}.personId`, label: "", kind: "hidden", defaultValue: p.id },
    {
      name: `items.${n}.erase`,
      label: t("item", {
        name: [p.firstName, p.lastName].filter(Boolean).join(" ") || t("noName"),
        register: p.notice[locale]?.name ?? p.notice.fi.name,
        ended: showDate(p.relationshipEnd, locale),
        due: showDate(p.dueOn, locale),
      }),
      kind: "checkbox",
    },
  ]);
  return (
    <>
      <StaffNav current="retention" admin={user.role === "admin"} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {proposals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ActionForm
          name="approveRetention"
          action={approveRetentionAction}
          idPrefix="retention"
          submitLabel={t("submit")}
          successText={t("done")}
          fields={[...fields, { name: "confirmed", label: t("confirm"), kind: "checkbox" }]}
        >
          <p>{t("help")}</p>
          <ul>
            {proposals.map((p) => (
              <li key={p.id}>
                <Link href={`/staff/persons/${p.id}`}>{[p.firstName, p.lastName].filter(Boolean).join(" ") || t("noName")}</Link>
              </li>
            ))}
          </ul>
        </ActionForm>
      )}
    </>
  );
}
