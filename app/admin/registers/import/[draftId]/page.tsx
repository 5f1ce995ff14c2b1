import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isUuid } from "@/lib/validation/ids";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getDraftForAdmin } from "@/lib/notice-import/queries";
import { checkNotice } from "@/lib/notice-import/checklist";
import { IMPORT_FIELDS } from "@/lib/notice-import/fields";
import { acceptDraftAction, discardDraftAction } from "@/lib/notice-import/actions";
import { ActionForm } from "../../../../staff/_components/action-form";
import { StaffNav } from "../../../../staff/_components/staff-nav";
import { loadOr404 } from "../../../_components/load";
import { FieldReview } from "./_components/field-review";
import { UnplacedPassages } from "./_components/unplaced-passages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("noticeImport");
  return { title: t("reviewTitle") };
}

/**
 * Review of an imported notice (issue 14): the Art. 13/14 checklist first, then each field with the
 * passage it came from, the passages not placed, and accept/discard. Only the organisation's admins see it.
 */
export default async function ReviewImportPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  if (!isUuid(draftId)) notFound();
  const user = await requireAdmin();
  const row = await loadOr404(async () => getDraftForAdmin(await getDb(), user, draftId));
  const t = await getTranslations("noticeImport");
  const locale = await getLocale();
  const d = row.draft;
  const checklist = checkNotice(d);
  const hasName = (d.fields.name?.items.length ?? 0) > 0;
  return (
    <>
      <StaffNav current="queue" admin />
      <p><Link href={`/admin/organisations/${row.organisationId}`}>{t("back")}</Link></p>
      <h1>{t("reviewTitle")}</h1>
      <p>{t("reviewIntro")}</p>
      <p>{t("language", { language: t(`lang.${d.locale}`) })} {t("expires", { date: row.expiresAt.toLocaleDateString(locale === "en" ? "en-GB" : locale === "sv" ? "sv-FI" : "fi-FI") })}</p>

      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{t("checklistTitle")}</h2>
        {checklist.length === 0 ? (
          <p>{t("checklistNone")}</p>
        ) : (
          <>
            <p>{t("checklistIntro")}</p>
            <ul className="checklist">
              {checklist.map((c) => (
                <li key={c.code}>{t(`checklist.${c.code}`)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <UnplacedPassages draftId={row.id} draft={d} />

      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading">{t("fieldsTitle")}</h2>
        {IMPORT_FIELDS.map((f) => (
          <FieldReview key={f} field={f} draft={d} />
        ))}
      </section>

      <section aria-labelledby="accept-heading">
        <h2 id="accept-heading">{t("acceptTitle")}</h2>
        <p>{t("acceptHelp")}</p>
        <ActionForm
          name="noticeAccept"
          action={acceptDraftAction}
          idPrefix="accept"
          submitLabel={t("accept")}
          successText={t("accepted")}
          fields={[
            { name: "draftId", label: "", kind: "hidden", defaultValue: row.id },
            ...(hasName ? [] : [{ name: "name", label: t("nameLabel"), hint: t("nameHint"), kind: "text" as const, defaultValue: d.title ?? "", maxLength: 300, required: true }]),
          ]}
        />
        <ActionForm
          name="noticeDiscard"
          action={discardDraftAction}
          idPrefix="discard"
          submitLabel={t("discard")}
          successText={t("discarded")}
          secondary
          fields={[{ name: "draftId", label: "", kind: "hidden", defaultValue: row.id }]}
        />
      </section>
    </>
  );
}
