import Link from "next/link";
import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation/ids";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/config";
import { getOrganisationForAdmin, listTemplateOverrides, previewTemplate } from "@/lib/admin/queries";
import { emailTemplates, overridableTemplateCodes } from "@/emails";
import { StaffNav } from "../../../../staff/_components/staff-nav";
import { loadOr404 } from "../../../_components/load";
import { ClientMessages, STAFF_FORM_MESSAGES } from "@/app/_components/client-messages";
import { TemplateEditor } from "./_components/template-editor";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("adminTemplates");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ template?: string; locale?: string }> };

/** Email templates (PRODUCT.md §7): per template and language, the built-in text or the organisation's override. */
export default async function AdminTemplatesPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const sp = await searchParams;
  const user = await requireAdmin();
  const db = await getDb();
  const { organisation } = await loadOr404(() => getOrganisationForAdmin(db, user, id));
  const overrides = await listTemplateOverrides(db, user, id);
  const t = await getTranslations("adminTemplates");
  const code = overridableTemplateCodes.find((c) => c === sp.template) ?? null;
  const locale = isLocale(sp.locale) ? sp.locale : "fi";
  const override = code ? overrides.find((o) => o.template === code && o.locale === locale) : undefined;
  const def = code ? emailTemplates[code] : null;
  const current = code ? previewTemplate(code, locale, override ? { subject: override.subject, body: override.body } : null) : null;
  return (
    <>
      <StaffNav current="queue" admin />
      <p><Link href={`/admin/organisations/${id}`}>{t("back", { name: organisation.name })}</Link></p>
      <h1>{t("title")}</h1>
      <table className="stack-table">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("template")}</th>
            {(["fi", "sv", "en"] as const).map((l) => (
              <th scope="col" key={l}>{t(`lang.${l}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overridableTemplateCodes.map((c) => (
            <tr key={c}>
              <th scope="row">{t(`name.${c}`)}</th>
              {(["fi", "sv", "en"] as const).map((l) => (
                <td data-label={t(`lang.${l}`)} key={l}>
                  <Link href={`/admin/organisations/${id}/templates?template=${c}&locale=${l}`} aria-current={c === code && l === locale ? "page" : undefined}>
                    {overrides.some((o) => o.template === c && o.locale === l) ? t("overridden") : t("builtIn")}
                  </Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {code && def && (
        <section aria-labelledby="editor-heading">
          <h2 id="editor-heading">
            {t(`name.${code}`)} – {t(`lang.${locale}`)}
          </h2>
          {(code === "completed" || code === "rejected") && <p className="notice-box">{t("lockedBlock")}</p>}
          <p className="hint">{t("placeholders", { list: [...def.placeholders, ...(def.optional ?? []), "greeting"].map((p) => `{{${p}}}`).join(", ") })}</p>
          <ClientMessages namespaces={[...STAFF_FORM_MESSAGES, "adminTemplates"]}>
            <TemplateEditor
              key={`${code}-${locale}`}
              organisationId={id}
              template={code}
              locale={locale}
              initialSubject={override?.subject ?? def[locale].subject}
              initialBody={override?.body ?? def[locale].text}
              overridden={Boolean(override)}
              initialPreview={current?.rendered ?? null}
            />
          </ClientMessages>
        </section>
      )}
    </>
  );
}
