import type { FieldSpec } from "../../_components/action-form";
import type { Locale } from "@/lib/db/types";
import { fieldValueLabel, labelOptions, type LabelKind } from "@/lib/i18n/labels";

type T = (key: string) => string;
type Values = Partial<Record<string, string | number | boolean | string[] | null>>;

/** The fields of the person form, labelled in the reader's language, filled with the record's values. */
export function personFieldSpecs(t: T, values: Values = {}, locale: Locale = "fi"): FieldSpec[] {
  const v = (k: string) => {
    const x = values[k];
    if (x === null || x === undefined) return "";
    return Array.isArray(x) ? x.join(", ") : String(x);
  };
  const text = (name: string, kind: FieldSpec["kind"] = "text", extra: Partial<FieldSpec> = {}): FieldSpec => ({
    name,
    label: t(`field.${name}`),
    kind,
    defaultValue: v(name),
    ...extra,
  });
  /** A coded field is a select of labelled options (issue 12); a stored value outside the table stays selectable. */
  const coded = (name: string, kind: LabelKind): FieldSpec => {
    const options = [{ value: "", label: "–" }, ...labelOptions(locale, kind).map((o) => ({ value: o.code, label: o.label }))];
    const current = v(name);
    if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: fieldValueLabel(locale, name, current) ?? current });
    return { name, label: t(`field.${name}`), kind: "select", defaultValue: current, options };
  };
  const check = (name: string): FieldSpec => ({ name, label: t(`field.${name}`), kind: "checkbox", defaultChecked: Boolean(values[name]) });
  return [
    text("firstName", "text", { maxLength: 100 }),
    text("lastName", "text", { maxLength: 100 }),
    text("birthDate", "date", { hint: t("hint.birthDate") }),
    text("birthYear", "text", { hint: t("hint.birthYear"), maxLength: 4 }),
    { name: "identityCode", label: t("field.identityCode"), kind: "text", hint: t("hint.identityCode"), maxLength: 11 },
    coded("gender", "gender"),
    coded("motherTongue", "language"),
    {
      name: "serviceLanguage",
      label: t("field.serviceLanguage"),
      kind: "select",
      defaultValue: v("serviceLanguage"),
      options: [
        { value: "", label: "–" },
        { value: "fi", label: "suomi / finska / Finnish" },
        { value: "sv", label: "ruotsi / svenska / Swedish" },
        { value: "en", label: "englanti / engelska / English" },
      ],
    },
    coded("workingLifeStatus", "workingLifeStatus"),
    text("email", "email", { maxLength: 254 }),
    text("phone", "text", { maxLength: 50 }),
    text("streetAddress", "text", { maxLength: 200 }),
    text("postalCode", "text", { maxLength: 20 }),
    text("city", "text", { maxLength: 100 }),
    text("subjectGroups", "text", { hint: t("hint.subjectGroups"), maxLength: 500 }),
    text("relationshipStart", "date"),
    text("relationshipEnd", "date", { hint: t("hint.relationshipEnd") }),
    coded("relationshipState", "relationshipState"),
    check("directMarketingBan"),
    check("researchBan"),
    check("profilingBan"),
  ];
}
