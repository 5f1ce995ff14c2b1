import Link from "next/link";
import { DEFAULT_PAUSE_REMINDER_DAYS, DEFAULT_PAUSE_STAFF_DAYS } from "@/lib/organisations/default-settings";

/** "2026-12-24" → "24.12.2026", the form people type (the field accepts both). */
const toFinnishDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${Number(d)}.${Number(m)}.${y}`);
import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation/ids";
import { getLocale, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { getOrganisationForAdmin } from "@/lib/admin/queries";
import { organisationAction, settingsAction } from "@/lib/admin/actions";
import { REQUEST_TYPES } from "@/lib/workflow/constants";
import { ActionForm, type FieldSpec } from "../../../staff/_components/action-form";
import { StaffNav } from "../../../staff/_components/staff-nav";
import { loadOr404 } from "../../_components/load";
import { OidcSection } from "./_components/oidc-section";
import { RegistersSection } from "./_components/registers-section";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("adminOrganisation");
  return { title: t("title") };
}

/** An organisation's details and the settings of PRODUCT.md §8, and its registers. */
export default async function AdminOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const user = await requireAdmin();
  const { organisation: o, registers, hasOidcSecret } = await loadOr404(async () => getOrganisationForAdmin(await getDb(), user, id));
  const t = await getTranslations("adminOrganisation");
  const l = await getTranslations("staffLabels");
  const ti = await getTranslations("noticeImport");
  const locale = (await getLocale()) as Locale;
  const s = o.settings;
  const hidden: FieldSpec = { name: "organisationId", label: "", kind: "hidden", defaultValue: o.id };
  const levelOptions = ["1", "2", "3"].map((v) => ({ value: v, label: t(`level.${v}`) }));
  const text = (name: string, value: string | null, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, label: t(`field.${name}`), kind: "text", defaultValue: value ?? "", ...extra });

  return (
    <>
      <StaffNav current="queue" admin />
      <p><Link href="/admin">{t("back")}</Link></p>
      <h1>{o.name}</h1>
      <p>
        <Link href={`/admin/organisations/${o.id}/staff`}>{t("staffLink")}</Link> · <Link href={`/admin/organisations/${o.id}/templates`}>{t("templatesLink")}</Link>
      </p>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t("settings")}</h2>
        <ActionForm
          name="settings"
          action={settingsAction}
          idPrefix="settings"
          submitLabel={t("save")}
          successText={t("saved")}
          fields={[
            hidden,
            {
              name: "clockStart",
              label: t("clockStart"),
              hint: t("clockStartHint"),
              kind: "radio",
              defaultValue: s.clockStart,
              options: [
                { value: "receipt", label: t("clockReceipt") },
                { value: "verification", label: t("clockVerification") },
              ],
            },
            { name: "pauseClock", label: t("pauseClock"), hint: t("pauseClockHint"), kind: "checkbox", defaultChecked: s.pauseClock },
            ...REQUEST_TYPES.map(
              (type): FieldSpec => ({ name: `levels.${type}`, label: t("levelFor", { type: l(`type.${type}`) }), kind: "select", defaultValue: String(s.identityLevels[type] ?? 2), options: levelOptions }),
            ),
            { name: "specialCategoryReportLevel", label: t("specialLevel"), hint: t("specialLevelHint"), kind: "select", defaultValue: String(s.specialCategoryReportLevel), options: levelOptions },
            { name: "internalTargetDays", label: t("targetDays"), hint: t("targetDaysHint"), kind: "text", defaultValue: String(s.internalTargetDays), maxLength: 2 },
            { name: "reminderDays", label: t("reminderDays"), hint: t("reminderDaysHint"), kind: "text", defaultValue: s.reminderDays.join(", "), maxLength: 20 },
            { name: "reportLifetimeDays", label: t("reportLifetime"), hint: t("reportLifetimeHint"), kind: "text", defaultValue: String(s.reportLifetimeDays), maxLength: 3 },
            { name: "holidayExclude.midsummer_eve", label: t("holidayExcludeMidsummer"), kind: "checkbox", defaultChecked: s.holidayExclude?.includes("midsummer_eve") ?? false },
            { name: "holidayExclude.christmas_eve", label: t("holidayExcludeChristmas"), hint: t("holidayExcludeHint"), kind: "checkbox", defaultChecked: s.holidayExclude?.includes("christmas_eve") ?? false },
            { name: "closureDates", label: t("closureDates"), hint: t("closureDatesHint"), kind: "textarea", rows: 2, defaultValue: (s.closureDates ?? []).map(toFinnishDate).join(", ") },
            { name: "pauseReminderDays", label: t("pauseReminderDays"), hint: t("pauseReminderDaysHint"), kind: "text", defaultValue: String(s.pauseReminderDays ?? DEFAULT_PAUSE_REMINDER_DAYS), maxLength: 2 },
            { name: "pauseStaffDays", label: t("pauseStaffDays"), hint: t("pauseStaffDaysHint"), kind: "text", defaultValue: String(s.pauseStaffDays ?? DEFAULT_PAUSE_STAFF_DAYS), maxLength: 2 },
            { name: "closedRequestRetentionYears", label: t("requestRetention"), hint: t("requestRetentionHint"), kind: "text", defaultValue: String(s.closedRequestRetentionYears), maxLength: 2 },
          ]}
        />
      </section>

      <RegistersSection organisationId={o.id} registers={registers} locale={locale} />
      <p><Link href={`/admin/registers/import?organisation=${o.id}`}>{ti("importLink")}</Link></p>

      <OidcSection organisationId={o.id} issuer={o.oidcIssuer} clientId={o.oidcClientId} hasSecret={hasOidcSecret} />

      <section aria-labelledby="org-heading">
        <h2 id="org-heading">{t("details")}</h2>
        <ActionForm
          name="organisation"
          action={organisationAction}
          idPrefix="org"
          submitLabel={t("save")}
          successText={t("saved")}
          fields={[
            hidden,
            text("name", o.name, { required: true }),
            text("businessId", o.businessId),
            text("streetAddress", o.streetAddress, { required: true }),
            text("postalCode", o.postalCode, { required: true }),
            text("city", o.city, { required: true }),
            text("contactName", o.contactName, { required: true, hint: t("contactHint") }),
            text("contactEmail", o.contactEmail, { required: true, kind: "email" }),
            text("contactPhone", o.contactPhone),
            text("dpoName", o.dpoName),
            text("dpoEmail", o.dpoEmail, { kind: "email" }),
          ]}
        />
      </section>
    </>
  );
}
