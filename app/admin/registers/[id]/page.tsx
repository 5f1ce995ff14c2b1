import Link from "next/link";
import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation/ids";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import { listRegisterVersions } from "@/lib/registers/queries";
import { listProcessors } from "@/lib/registers/processor-queries";
import { archiveRegisterAction } from "@/lib/registers/actions";
import { ProcessorsSection } from "./_components/processors-section";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/config";
import { getRegisterForAdmin, noticeToForm } from "@/lib/admin/queries";
import { noticeAction, retentionAction } from "@/lib/admin/actions";
import { ActionForm, type FieldSpec } from "../../../staff/_components/action-form";
import { StaffNav } from "../../../staff/_components/staff-nav";
import { showDate } from "../../../staff/_components/format";
import { loadOr404 } from "../../_components/load";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("adminRegister");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ locale?: string }> };

/** A register: its privacy notice per language (rendered as the public notice) and its retention rule. */
export default async function AdminRegisterPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const sp = await searchParams;
  const locale = isLocale(sp.locale) ? sp.locale : "fi";
  const user = await requireAdmin();
  const db = await getDb();
  const reg = await loadOr404(async () => getRegisterForAdmin(db, user, id));
  const uiLocale = (await getLocale()) as Locale;
  const [versions, procs] = await Promise.all([listRegisterVersions(db, user, reg.id, uiLocale), listProcessors(db, user, reg.id)]);
  const t = await getTranslations("adminRegister");
  const ti = await getTranslations("noticeImport");
  const tr = await getTranslations("adminRetention");
  const form = noticeToForm(reg.notice[locale] ?? reg.notice.fi);
  const area = (name: keyof typeof form, rows = 4, required = false): FieldSpec => ({
    name,
    label: t(`field.${name}`),
    hint: t.has(`hint.${name}`) ? t(`hint.${name}` as never) : undefined,
    kind: "textarea",
    rows,
    required,
    defaultValue: form[name],
  });
  return (
    <>
      <StaffNav current="queue" admin />
      <p><Link href={`/admin/organisations/${reg.organisationId}`}>{t("back")}</Link></p>
      <h1>{reg.notice[locale]?.name ?? reg.notice.fi.name}</h1>

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">{t("retention")}</h2>
        <p>
          <Link href={`/admin/registers/${reg.id}/retention`}>{tr("title")}</Link>
        </p>
        <ActionForm
          name="retention"
          action={retentionAction}
          idPrefix="retention"
          submitLabel={t("save")}
          successText={t("saved")}
          fields={[
            { name: "registerId", label: "", kind: "hidden", defaultValue: reg.id },
            {
              name: "retentionRule",
              label: t("retentionRule"),
              kind: "radio",
              defaultValue: reg.retentionRule,
              options: [
                { value: "while_needed", label: t("whileNeeded") },
                { value: "erase_after_relationship_end", label: t("afterEnd") },
              ],
            },
            { name: "retentionMonthsAfterEnd", label: t("months"), hint: t("monthsHint"), kind: "text", defaultValue: reg.retentionMonthsAfterEnd === null ? "" : String(reg.retentionMonthsAfterEnd), maxLength: 3 },
          ]}
        />
      </section>

      <section aria-labelledby="notice-heading">
        <h2 id="notice-heading">{t("notice")}</h2>
        <nav aria-label={t("languages")}>
          <ul className="nav-list">
            {(["fi", "sv", "en"] as const).map((l) => (
              <li key={l}>
                <Link href={`/admin/registers/${reg.id}?locale=${l}`} aria-current={l === locale ? "page" : undefined} lang={l}>
                  {t(`lang.${l}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="hint">{t("noticeHelp", { codes: reg.categories.join(", ") })}</p>
        <p><Link href={`/admin/registers/import?organisation=${reg.organisationId}&register=${reg.id}`}>{ti("importLink")}</Link></p>
        <ActionForm
          key={locale}
          name="notice"
          action={noticeAction}
          idPrefix={`notice-${locale}`}
          submitLabel={t("save")}
          successText={t("saved")}
          fields={[
            { name: "registerId", label: "", kind: "hidden", defaultValue: reg.id },
            { name: "locale", label: "", kind: "hidden", defaultValue: locale },
            { name: "name", label: t("field.name"), kind: "text", required: true, defaultValue: form.name, maxLength: 300 },
            area("purposes", 6),
            area("legalBasis", 4, true),
            area("subjectGroups", 4),
            area("dataCategories", 10),
            area("sources", 3),
            area("recipients", 3),
            area("processors", 3),
            area("transfers", 2),
            area("retention", 3, true),
            area("security", 4),
            area("rights", 6),
            area("contact", 2),
            area("controller", 2),
            area("contactPerson", 2),
            area("dpo", 2),
            area("automatedDecisions", 3),
            area("changes", 2),
            { name: "inForceFrom", label: t("field.inForceFrom"), hint: t("hint.inForceFrom"), kind: "date", defaultValue: "" },
          ]}
        />
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t("versions")}</h2>
        <ol reversed>
          {versions.map((v) => (
            <li key={v.id}>{t("versionRow", { version: v.version, date: showDate(v.inForceFrom, uiLocale) })}: {v.notice.name}</li>
          ))}
        </ol>
      </section>

      <ProcessorsSection registerId={reg.id} processors={procs} locale={uiLocale} />

      <section aria-labelledby="archive-heading">
        <h2 id="archive-heading">{reg.archivedAt ? t("restore") : t("archive")}</h2>
        {reg.archivedAt && <p>{t("archived")}</p>}
        <ActionForm
          name="archiveRegister"
          action={archiveRegisterAction}
          idPrefix="archive"
          submitLabel={reg.archivedAt ? t("restore") : t("archive")}
          successText={t("saved")}
          secondary
          fields={[
            { name: "registerId", label: "", kind: "hidden", defaultValue: reg.id },
            { name: "archive", label: "", kind: "hidden", defaultValue: reg.archivedAt ? "restore" : "archive" },
          ]}
        >
          <p className="hint">{t("archiveHint")}</p>
        </ActionForm>
      </section>
    </>
  );
}
