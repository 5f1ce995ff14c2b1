import { getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/workflow/view-queries";
import { ERASURE_ACTIONS, ERASURE_EXCEPTIONS, isOpenStatus } from "@/lib/workflow/constants";
import { ERASURE_CATEGORIES } from "@/lib/workflow/erasure-categories";
import { consentAction, erasureAction, objectionAction, rectificationAction, restrictAction } from "@/lib/workflow/actions";
import { ActionForm, type FieldSpec } from "../../../_components/action-form";
import { RestrictionLifting } from "../../../_components/restriction-lifting";
import { ReportsBox } from "./reports-box";
import { fieldKey } from "../../../_components/labels";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import { fieldLabelKind, fieldValueLabel, labelOptions } from "@/lib/i18n/labels";

/** Fulfilment that changes the register data (PRODUCT.md §3), one form per request type. */
export async function FulfilmentPanel({ view }: { view: RequestView }) {
  const t = await getTranslations("staffFulfilment");
  const l = await getTranslations("staffLabels");
  const r = view.request;
  const d = r.details;
  const open = isOpenStatus(r.status);
  const hidden: FieldSpec = { name: "requestId", label: "", kind: "hidden", defaultValue: r.id };
  const locale = (await getLocale()) as Locale;
  /** The value to write: a select of labelled options where the field holds a code (issue 12), else text. */
  const valueField = (name: string, field: string, value: string): FieldSpec => {
    const kind = fieldLabelKind(field);
    if (!kind) return { name, label: t("valueToWrite"), hint: t("valueToWriteHint"), kind: "text", defaultValue: value, maxLength: 500 };
    const options = labelOptions(locale, kind).map((o) => ({ value: o.code, label: o.label }));
    // What the subject typed may be free text rather than a code: keep it selectable as written.
    if (!options.some((o) => o.value === value)) options.unshift({ value, label: fieldValueLabel(locale, field, value) ?? value });
    return { name, label: t("valueToWrite"), kind: "select", defaultValue: value, options };
  };
  const cat = (c: string) => (l.has(`category.${c}`) ? l(`category.${c}` as never) : c);

  let body: React.ReactNode = null;
  if (d.type === "access" || d.type === "portability") {
    body = <ReportsBox view={view} />;
  } else if (d.type === "rectification") {
    const undecided = d.items.map((i, n) => ({ i, n })).filter((x) => !x.i.decision);
    body = (
      <ActionForm
        name="rectification"
        action={rectificationAction}
        idPrefix="rect"
        closed={undecided.length === 0}
        submitLabel={t("rectifySubmit")}
        successText={t("rectified")}
        fields={[
          hidden,
          ...undecided.flatMap(({ i, n }): FieldSpec[] => [
            {
              name: `items.${n}.decision`,
              label: t("itemDecision", { n: n + 1, field: l.has(`field.${fieldKey(i.field)}`) ? l(`field.${fieldKey(i.field)}` as never) : i.field }),
              kind: "radio",
              options: [
                { value: "accepted", label: l("itemDecision.accepted") },
                { value: "rejected", label: l("itemDecision.rejected") },
              ],
            },
            ...(i.correctValue ? [valueField(`items.${n}.value`, i.field, i.correctValue)] : []),
            { name: `items.${n}.reason`, label: t("itemReason"), hint: t("itemReasonHint"), kind: "textarea", rows: 2, maxLength: 2000 },
          ]),
        ]}
      >
        <p>{undecided.length === 0 ? t("allDecided") : t("rectifyHelp")}</p>
        {undecided.length > 0 && view.persons.some((p) => p.restricted) && <p className="form-error">{t("restrictedWarning")}</p>}
      </ActionForm>
    );
  } else if (d.type === "erasure") {
    const present = new Set(view.persons.flatMap((p) => p.categories));
    const listed = d.scope === "everything" ? ERASURE_CATEGORIES.filter((c) => present.has(c)) : ERASURE_CATEGORIES.filter((c) => d.categories.includes(c));
    body = (
      <ActionForm
        name="erasure"
        action={erasureAction}
        idPrefix="erase"
        closed={view.done.erasure || view.persons.length === 0}
        submitLabel={t("eraseSubmit")}
        successText={t("erased")}
        fields={[
          hidden,
          ...listed.flatMap((c, n): FieldSpec[] => [
            { name: `plan.${n}.category`, label: "", kind: "hidden", defaultValue: c },
            {
              name: `plan.${n}.action`,
              label: `${cat(c)}${present.has(c) ? "" : ` (${t("noData")})`}`,
              kind: "select",
              defaultValue: "erase",
              options: ERASURE_ACTIONS.map((a) => ({ value: a, label: l(`erasureAction.${a}`) })),
            },
            {
              name: `plan.${n}.exception`,
              label: t("exceptionFor", { category: cat(c) }),
              kind: "select",
              defaultValue: "",
              options: [{ value: "", label: t("noException") }, ...ERASURE_EXCEPTIONS.map((e) => ({ value: e, label: l(`exception.${e}`) }))],
            },
          ]),
          { name: "confirmed", label: t("eraseConfirm"), kind: "checkbox" },
        ]}
      >
        <p>{view.done.erasure ? t("erasureDone") : view.persons.length === 0 ? t("noRecords") : t("erasureHelp")}</p>
      </ActionForm>
    );
  } else if (d.type === "restriction") {
    body = (
      <>
        <ActionForm name="restrict" action={restrictAction} idPrefix="restrict" closed={view.done.restriction} submitLabel={t("restrictSubmit")} successText={t("restricted")} fields={[hidden]}>
          <p>{view.done.restriction ? t("restrictionDone") : t("restrictHelp")}</p>
        </ActionForm>
        {view.persons
          .filter((p) => p.restricted)
          .map((p) => (
            <RestrictionLifting key={p.id} personId={p.id} requestId={r.id} name={[p.firstName, p.lastName].filter(Boolean).join(" ")} />
          ))}
      </>
    );
  } else if (d.type === "objection") {
    body = (
      <ActionForm
        name="objection"
        action={objectionAction}
        idPrefix="objection"
        closed={view.done.objection}
        submitLabel={t("objectionSubmit")}
        successText={t("objectionDecided")}
        fields={[
          hidden,
          {
            name: "decision",
            label: t("objectionDecision"),
            kind: "radio",
            required: true,
            defaultValue: d.kind === "legitimate_interest" ? undefined : "upheld",
            options: (d.kind === "legitimate_interest" ? (["upheld", "dismissed"] as const) : (["upheld"] as const)).map((x) => ({ value: x, label: l(`objectionDecision.${x}`) })),
          },
          { name: "reasons", label: t("objectionReasons"), hint: t("objectionReasonsHint"), kind: "textarea", required: true, maxLength: 4000 },
        ]}
      >
        <p>{view.done.objection ? t("objectionDone") : d.kind === "legitimate_interest" ? t("objectionHelpLegitimate") : t("objectionHelpAbsolute")}</p>
      </ActionForm>
    );
  } else if (d.type === "consent_withdrawal") {
    const pending = view.consents.filter((c) => !c.withdrawnAt).length;
    body = (
      <ActionForm name="consent" action={consentAction} idPrefix="consent" closed={pending === 0} submitLabel={t("consentSubmit")} successText={t("consentsWithdrawn")} fields={[hidden]}>
        <p>{pending === 0 ? t("consentsDone") : t("consentHelp", { count: pending })}</p>
      </ActionForm>
    );
  }

  return (
    <section aria-labelledby="fulfilment-heading">
      <h2 id="fulfilment-heading">{t("heading")}</h2>
      {open || d.type === "restriction" ? body : <p>{t("closed")}</p>}
    </section>
  );
}
