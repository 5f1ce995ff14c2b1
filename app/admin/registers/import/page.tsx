import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isUuid } from "@/lib/validation/ids";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { getOrganisationForAdmin } from "@/lib/admin/queries";
import { uploadNoticeAction } from "@/lib/notice-import/actions";
import { noticeIn } from "@/lib/notice-import/languages";
import { ActionForm } from "../../../staff/_components/action-form";
import { StaffNav } from "../../../staff/_components/staff-nav";
import { loadOr404 } from "../../_components/load";
import { FileField } from "./_components/file-field";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("noticeImport");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ organisation?: string; register?: string }> };

/** Issue 14: paste or upload the notice the association already has; the review opens on success. */
export default async function ImportNoticePage({ searchParams }: Props) {
  const sp = await searchParams;
  if (!isUuid(sp.organisation)) notFound();
  const user = await requireAdmin();
  const { organisation, registers } = await loadOr404(async () => getOrganisationForAdmin(await getDb(), user, sp.organisation!));
  const t = await getTranslations("noticeImport");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <StaffNav current="queue" admin />
      <p><Link href={`/admin/organisations/${organisation.id}`}>{t("back")}</Link></p>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ActionForm
        name="noticeUpload"
        action={uploadNoticeAction}
        idPrefix="import"
        submitLabel={t("submit")}
        successText=""
        fields={[
          { name: "organisationId", label: "", kind: "hidden", defaultValue: organisation.id },
          {
            name: "registerId",
            label: t("target"),
            kind: "select",
            defaultValue: registers.some((r) => r.id === sp.register) ? sp.register : "",
            options: [{ value: "", label: t("newRegister") }, ...registers.map((r) => ({ value: r.id, label: t("newVersion", { name: noticeIn(r.notice, locale).notice.name }) }))],
          },
          { name: "text", label: t("text"), hint: t("textHint"), kind: "textarea", rows: 14 },
        ]}
      >
        <FileField label={t("file")} hint={t("fileHint")} />
      </ActionForm>
    </>
  );
}
