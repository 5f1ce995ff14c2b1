import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { labelFor } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/db/types";
import { REPRESENTATIVE_ROLES } from "@/lib/representatives/constants";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { toHelsinkiDate } from "@/lib/deadlines";
import { listQueueFilterOptions } from "@/lib/queue/queries";
import { getPersonSummary } from "@/lib/persons/queries";
import { intakeAction } from "@/lib/workflow/actions";
import { REQUEST_TYPES, RECTIFIABLE_FIELDS } from "@/lib/workflow/constants";
import { ERASURE_GROUNDS, OBJECTION_KINDS, RESTRICTION_GROUNDS } from "@/lib/requests/constants";
import { ActionForm, type FieldSpec } from "../_components/action-form";
import { StaffNav } from "../_components/staff-nav";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffIntake");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ person?: string }> };

/**
 * Intake on behalf (issue 4 §4): a request received by letter, email or in person is filed with its real
 * receipt date and channel; the deadline counts from that date. From a person's page the record is linked.
 */
export default async function IntakePage({ searchParams }: Props) {
  const user = await requireStaff();
  const { person: personId } = await searchParams;
  const db = await getDb();
  const { organisations } = await listQueueFilterOptions(db, user);
  const person = personId && /^[0-9a-f-]{36}$/i.test(personId) ? await getPersonSummary(db, user, personId).catch(() => null) : null;
  const t = await getTranslations("staffIntake");
  const l = await getTranslations("staffLabels");
  const locale = (await getLocale()) as Locale;
  const opt = (values: readonly string[], label: (v: string) => string) => [{ value: "", label: "–" }, ...values.map((v) => ({ value: v, label: label(v) }))];
  const fields: FieldSpec[] = [
    organisations.length > 1
      ? { name: "organisationId", label: t("organisation"), kind: "select", defaultValue: person?.organisationId ?? organisations[0]?.id, options: organisations.map((o) => ({ value: o.id, label: o.name })) }
      : { name: "organisationId", label: "", kind: "hidden", defaultValue: organisations[0]?.id ?? "" },
    ...(person ? [{ name: "personId", label: "", kind: "hidden" as const, defaultValue: person.id }] : []),
    { name: "type", label: t("type"), kind: "select", required: true, defaultValue: "access", options: REQUEST_TYPES.map((x) => ({ value: x, label: l(`type.${x}`) })) },
    {
      name: "channel",
      label: t("channel"),
      kind: "radio",
      required: true,
      defaultValue: "letter",
      options: (["letter", "in_person", "email"] as const).map((c) => ({ value: c, label: l(`channel.${c}`) })),
    },
    { name: "receivedOn", label: t("receivedOn"), hint: t("receivedOnHint"), kind: "date", required: true, defaultValue: toHelsinkiDate(new Date()) },
    { name: "subjectName", label: t("subjectName"), kind: "text", required: true, defaultValue: person?.name ?? "", maxLength: 200 },
    { name: "subjectEmail", label: t("subjectEmail"), hint: t("subjectEmailHint"), kind: "email", defaultValue: person?.email ?? "", maxLength: 254 },
    {
      name: "locale",
      label: t("locale"),
      hint: t("localeHint"),
      kind: "select",
      defaultValue: person?.locale ?? "fi",
      options: [
        { value: "fi", label: "Suomi" },
        { value: "sv", label: "Svenska" },
        { value: "en", label: "English" },
      ],
    },
    { name: "representativeName", label: t("representativeName"), hint: t("representativeHint"), kind: "text", maxLength: 200 },
    { name: "representativeRole", label: t("representativeRole"), kind: "select", defaultValue: "", options: opt(REPRESENTATIVE_ROLES, (v) => labelFor(locale, "representativeRole", v) ?? v) },
    { name: "authorityChecked", label: t("authorityChecked"), hint: t("authorityCheckedHint"), kind: "checkbox" },
    { name: "note", label: t("note"), hint: t("noteHint"), kind: "textarea", maxLength: 4000 },
    { name: "format", label: t("format"), hint: t("formatHint"), kind: "select", defaultValue: "", options: opt(["pdf", "json", "csv"], (v) => v.toUpperCase()) },
    { name: "erasureGround", label: t("erasureGround"), kind: "select", defaultValue: "", options: opt(ERASURE_GROUNDS, (v) => l(`erasureGround.${v}`)) },
    { name: "restrictionGround", label: t("restrictionGround"), kind: "select", defaultValue: "", options: opt(RESTRICTION_GROUNDS, (v) => l(`restrictionGround.${v}`)) },
    { name: "objectionKind", label: t("objectionKind"), kind: "select", defaultValue: "", options: opt(OBJECTION_KINDS, (v) => l(`objectionKind.${v}`)) },
    { name: "field", label: t("field"), kind: "select", defaultValue: "", options: opt(RECTIFIABLE_FIELDS, (v) => l(`field.${v}`)) },
    { name: "correctValue", label: t("correctValue"), kind: "text", maxLength: 500 },
  ];
  return (
    <>
      <StaffNav current="intake" admin={user.role === "admin"} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {person ? (
        <p className="notice-box">
          {t("forPerson", { name: person.name || "–" })} <Link href={`/staff/persons/${person.id}`}>{t("openRecord")}</Link>
        </p>
      ) : (
        <p className="hint">{t("noPerson")}</p>
      )}
      <ActionForm name="intake" action={intakeAction} idPrefix="intake" submitLabel={t("submit")} successText={t("filed")} fields={fields} />
    </>
  );
}
