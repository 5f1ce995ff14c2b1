import { getLocale, getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/workflow/view-queries";
import { FEE_BASES, isOpenStatus } from "@/lib/workflow/constants";
import { feeAction, noDataAction } from "@/lib/workflow/actions";
import { getDb } from "@/lib/db/client";
import { latestFee, loadOutcome } from "@/lib/workflow/queries";
import { describeOutcome } from "@/lib/workflow/outcome-text";
import { formatEuros } from "@/lib/workflow/outcomes";
import { labelFor } from "@/lib/i18n/labels";
import { isLocale } from "@/lib/i18n/config";
import type { Locale } from "@/lib/db/types";
import { OutcomeView } from "@/app/_components/outcome-view";
import { ActionForm } from "../../../_components/action-form";

/**
 * The decision side of a request (issue 11 §1, §3, §4): a fee to ask (Art. 12(5), 15(3)), the answer
 * "no data held" for an access request with no records, and — once closed — the outcome exactly as
 * the subject reads it (in the subject's language), remedies included.
 */
export async function OutcomePanel({ view }: { view: RequestView }) {
  const t = await getTranslations("staffOutcome");
  const uiLocale = await getLocale();
  const locale: Locale = isLocale(uiLocale) ? uiLocale : "fi";
  const r = view.request;
  const open = isOpenStatus(r.status);
  const db = await getDb();
  const fee = await latestFee(db, r.id);
  // `view.request` is already scoped to the actor's organisations (getRequestView).
  const outcome = await loadOutcome(db, r);
  const hidden = { name: "requestId", label: "", kind: "hidden" as const, defaultValue: r.id };
  const amount = fee ? formatEuros(fee.amountCents, locale) : "";
  return (
    <section aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{t("heading")}</h2>
      {fee?.status === "pending" && <p className="notice-box">{t("feePending", { amount })}</p>}
      {fee?.status === "accepted" && <p>{t("feeAccepted", { amount })}</p>}
      {fee?.status === "declined" && <p>{t("feeDeclined", { amount })}</p>}
      {open && r.status !== "awaiting_verification" && fee?.status !== "pending" && (
        <details>
          <summary>{t("feeTitle")}</summary>
          <p className="hint">{t("feeLead")}</p>
          <ActionForm
            name="fee"
            action={feeAction}
            idPrefix="fee"
            submitLabel={t("feeSubmit")}
            successText={t("feeAsked")}
            fields={[
              hidden,
              { name: "basis", label: t("basis"), kind: "radio", required: true, options: FEE_BASES.map((b) => ({ value: b, label: labelFor(locale, "feeBasis", b) })) },
              { name: "amount", label: t("amount"), hint: t("amountHint"), kind: "text", required: true, maxLength: 12 },
              { name: "reasons", label: t("reasons"), kind: "textarea", required: true, maxLength: 4000 },
            ]}
          />
        </details>
      )}
      {open && r.type === "access" && view.persons.length === 0 && (
        <details>
          <summary>{t("noDataTitle")}</summary>
          <p className="hint">{t("noDataLead")}</p>
          <ActionForm
            name="noData"
            action={noDataAction}
            idPrefix="no-data"
            submitLabel={t("noDataSubmit")}
            successText={t("noDataDone")}
            fields={[
              hidden,
              { name: "summary", label: t("noDataSummary"), kind: "textarea", maxLength: 4000 },
              { name: "confirmed", label: t("noDataConfirm"), kind: "checkbox" },
            ]}
          />
        </details>
      )}
      {outcome && (
        <>
          <h3>{t("outcomeTitle")}</h3>
          <OutcomeView outcome={describeOutcome(outcome, r.locale as Locale)} id="staff-outcome" />
        </>
      )}
    </section>
  );
}
