import { getLocale, getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/workflow/view-queries";
import type { Locale } from "@/lib/db/types";
import { showDate } from "../../../_components/format";
import { fieldKey } from "../../../_components/labels";
import { fieldValueLabel, labelFor } from "@/lib/i18n/labels";

/** What the subject asked for, per request type (PRODUCT.md §3). */
export async function DetailsPanel({ view }: { view: RequestView }) {
  const t = await getTranslations("staffDetails");
  const l = await getTranslations("staffLabels");
  const locale = (await getLocale()) as Locale;
  const d = view.request.details;
  const regName = (id: string) => view.registers.find((r) => r.id === id)?.notice[locale]?.name ?? t("unknownRegister");
  const registersText = (ids: string[]) => (ids.length ? ids.map(regName).join(", ") : t("allRegisters"));
  const personName = (id: string) => {
    const p = view.persons.find((x) => x.id === id);
    return p ? [p.firstName, p.lastName].filter(Boolean).join(" ") || t("record") : t("record");
  };

  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t("heading")}</h2>
      {d.type === "access" && (
        <dl className="facts">
          <dt>{t("registers")}</dt>
          <dd>{registersText(d.registerIds)}</dd>
          <dt>{t("formats")}</dt>
          <dd>{d.formats.map((f) => f.toUpperCase()).join(", ")}</dd>
          {d.note && (
            <>
              <dt>{t("note")}</dt>
              <dd>{d.note}</dd>
            </>
          )}
        </dl>
      )}
      {d.type === "portability" && (
        <dl className="facts">
          <dt>{t("registers")}</dt>
          <dd>{registersText(d.registerIds)}</dd>
          <dt>{t("formats")}</dt>
          <dd>{d.formats.map((f) => f.toUpperCase()).join(", ")}</dd>
        </dl>
      )}
      {d.type === "rectification" && (
        <table className="stack-table">
          <caption className="visually-hidden">{t("itemsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("record")}</th>
              <th scope="col">{t("field")}</th>
              <th scope="col">{t("current")}</th>
              <th scope="col">{t("requested")}</th>
              <th scope="col">{t("decision")}</th>
            </tr>
          </thead>
          <tbody>
            {d.items.map((i, n) => (
              <tr key={n}>
                <td data-label={t("record")}>{personName(i.personId)}</td>
                <td data-label={t("field")}>{l.has(`field.${fieldKey(i.field)}`) ? l(`field.${fieldKey(i.field)}` as never) : i.field}</td>
                <td data-label={t("current")}>{fieldValueLabel(locale, i.field, i.currentValue) ?? "–"}</td>
                <td data-label={t("requested")}>
                  {fieldValueLabel(locale, i.field, i.correctValue) ?? ""}
                  {i.statement && (
                    <div>
                      {t("statement")}: {i.statement}
                    </div>
                  )}
                </td>
                <td data-label={t("decision")}>
                  {i.decision ? l(`itemDecision.${i.decision}`) : t("undecided")}
                  {i.decisionReason && <div className="hint">{i.decisionReason}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d.type === "erasure" && (
        <dl className="facts">
          <dt>{t("scope")}</dt>
          <dd>{d.scope === "everything" ? t("everything") : d.categories.map((c) => (l.has(`category.${c}`) ? l(`category.${c}` as never) : c)).join(", ")}</dd>
          <dt>{t("ground")}</dt>
          <dd>{l.has(`erasureGround.${d.ground}`) ? l(`erasureGround.${d.ground}` as never) : d.ground}</dd>
          {d.explanation && (
            <>
              <dt>{t("explanation")}</dt>
              <dd>{d.explanation}</dd>
            </>
          )}
          {d.plan && (
            <>
              <dt>{t("plan")}</dt>
              <dd>
                <ul>
                  {d.plan.map((p) => (
                    <li key={p.category}>
                      {l.has(`category.${p.category}`) ? l(`category.${p.category}` as never) : p.category}: {l(`erasureAction.${p.action}`)}
                      {p.exception && <> ({l(`exception.${p.exception}` as never)})</>}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
      {d.type === "restriction" && (
        <dl className="facts">
          <dt>{t("ground")}</dt>
          <dd>{l(`restrictionGround.${d.ground}`)}</dd>
          <dt>{t("explanation")}</dt>
          <dd>{d.explanation}</dd>
          <dt>{t("registers")}</dt>
          <dd>{registersText(d.registerIds)}</dd>
        </dl>
      )}
      {d.type === "objection" && (
        <dl className="facts">
          <dt>{t("objectionKind")}</dt>
          <dd>{l(`objectionKind.${d.kind}`)}</dd>
          {d.personalSituation && (
            <>
              <dt>{t("personalSituation")}</dt>
              <dd>{d.personalSituation}</dd>
            </>
          )}
          <dt>{t("registers")}</dt>
          <dd>{registersText(d.registerIds)}</dd>
        </dl>
      )}
      {d.type === "consent_withdrawal" && (
        <ul>
          {view.consents.map((c) => (
            <li key={c.id}>
              <strong>{labelFor(locale, "consentPurpose", c.purpose)}</strong>: {c.description} ({t("given", { date: showDate(c.givenAt, locale) })})
              {c.withdrawnAt && <> – {t("withdrawnOn", { date: showDate(c.withdrawnAt, locale) })}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
