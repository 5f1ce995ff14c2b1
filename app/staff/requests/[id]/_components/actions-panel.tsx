import { getLocale, getTranslations } from "next-intl/server";
import { canExtend, computeExtendedDeadline } from "@/lib/deadlines";
import type { RequestView } from "@/lib/workflow/view-queries";
import { INFO_REASONS, isOpenStatus, REJECTION_GROUNDS } from "@/lib/workflow/constants";
import {
  askInfoAction,
  assignAction,
  completeAction,
  extendAction,
  forwardAction,
  rejectAction,
  reopenAction,
  resumeAction,
} from "@/lib/workflow/actions";
import { ActionForm } from "../../../_components/action-form";
import { showDate } from "../../../_components/format";

/** The status actions of PRODUCT.md §5, each a form in a disclosure so the page stays scannable. */
export async function ActionsPanel({ view, actorId, today }: { view: RequestView; actorId: string; today: string }) {
  const t = await getTranslations("staffActions");
  const l = await getTranslations("staffLabels");
  const locale = await getLocale();
  const r = view.request;
  const open = isOpenStatus(r.status);
  const hidden = { name: "requestId", label: "", kind: "hidden" as const, defaultValue: r.id };
  const openTasks = view.tasks.filter((x) => x.status === "open").length;
  const extendable = open && canExtend({ today, dueOn: r.dueOn, extendedDueOn: r.extendedDueOn });
  const wouldBe = computeExtendedDeadline({ receivedOn: r.receivedOn, baseDueOn: r.baseDueOn, pausedDays: r.pausedDays });

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t("heading")}</h2>
      {!open && (
        <details>
          <summary>{t("reopen")}</summary>
          <ActionForm
            name="reopen"
            action={reopenAction}
            idPrefix="reopen"
            submitLabel={t("reopenSubmit")}
            successText={t("reopened")}
            fields={[hidden, { name: "reason", label: t("reopenReason"), kind: "textarea", required: true, maxLength: 2000 }]}
          />
        </details>
      )}
      {open && (
        <>
          <details open={!r.assigneeId}>
            <summary>{t("assign")}</summary>
            {r.assigneeId !== actorId && (
              <ActionForm name="assign" action={assignAction} idPrefix="assign-me" submitLabel={t("assignToMe")} successText={t("assigned")} fields={[hidden, { name: "assigneeId", label: "", kind: "hidden", defaultValue: actorId }]} />
            )}
            <ActionForm
              name="assign"
              action={assignAction}
              idPrefix="assign"
              secondary
              submitLabel={t("assignSubmit")}
              successText={t("assigned")}
              fields={[
                hidden,
                {
                  name: "assigneeId",
                  label: t("assignee"),
                  kind: "select",
                  defaultValue: r.assigneeId ?? "",
                  options: [{ value: "", label: t("nobody") }, ...view.handlers.map((h) => ({ value: h.id, label: h.name ?? h.email }))],
                },
              ]}
            />
          </details>

          {r.status === "awaiting_subject" ? (
            <details open>
              <summary>{t("resume")}</summary>
              <ActionForm name="resume" action={resumeAction} idPrefix="resume" submitLabel={t("resumeSubmit")} successText={t("resumed")} fields={[hidden]}>
                <p>{t("resumeHelp")}</p>
              </ActionForm>
            </details>
          ) : (
            <details>
              <summary>{t("askInfo")}</summary>
              <ActionForm
                name="askInfo"
                action={askInfoAction}
                idPrefix="ask"
                submitLabel={t("askInfoSubmit")}
                successText={t("askedInfo")}
                fields={[
                  hidden,
                  { name: "reason", label: t("askReason"), kind: "radio", required: true, options: INFO_REASONS.map((x) => ({ value: x, label: l(`infoReason.${x}`) })) },
                  { name: "message", label: t("askMessage"), hint: t("askMessageHint"), kind: "textarea", required: true, maxLength: 4000 },
                  ...(view.organisation?.settings.pauseClock
                    ? [{ name: "pauseClock", label: t("pauseClock"), hint: t("pauseClockHint"), kind: "checkbox" as const, defaultChecked: true }]
                    : []),
                ]}
              />
            </details>
          )}

          <details>
            <summary>{t("extend")}</summary>
            {extendable ? (
              <ActionForm
                name="extend"
                action={extendAction}
                idPrefix="extend"
                submitLabel={t("extendSubmit")}
                successText={t("extended")}
                fields={[hidden, { name: "reason", label: t("extendReason"), hint: t("extendReasonHint"), kind: "textarea", required: true, maxLength: 4000 }]}
              >
                <p>{t("extendHelp", { date: showDate(wouldBe, locale) })}</p>
              </ActionForm>
            ) : (
              <p>{r.extendedDueOn ? t("alreadyExtended") : t("extendTooLate")}</p>
            )}
          </details>

          <details>
            <summary>{t("complete")}</summary>
            {openTasks > 0 && <p className="form-error">{t("openTasksWarning", { count: openTasks })}</p>}
            <ActionForm
              name="complete"
              action={completeAction}
              idPrefix="complete"
              submitLabel={t("completeSubmit")}
              successText={t("completed")}
              fields={[hidden, { name: "summary", label: t("completeSummary"), hint: t("completeSummaryHint"), kind: "textarea", maxLength: 4000 }]}
            />
          </details>

          <details>
            <summary>{t("reject")}</summary>
            <ActionForm
              name="reject"
              action={rejectAction}
              idPrefix="reject"
              submitLabel={t("rejectSubmit")}
              successText={t("rejected")}
              fields={[
                hidden,
                { name: "ground", label: t("rejectGround"), kind: "select", required: true, defaultValue: "", options: [{ value: "", label: t("choose") }, ...REJECTION_GROUNDS.map((g) => ({ value: g, label: l(`rejectionGround.${g}`) }))] },
                { name: "reasons", label: t("rejectReasons"), hint: t("rejectReasonsHint"), kind: "textarea", required: true, maxLength: 4000 },
                { name: "justification", label: t("rejectJustification"), hint: t("rejectJustificationHint"), kind: "textarea", rows: 6, maxLength: 8000 },
                { name: "acknowledged", label: t("rejectAcknowledge"), kind: "checkbox" },
              ]}
            >
              <p className="notice-box" role="note">
                <strong>{t("rejectWarningTitle")}</strong> {t("rejectWarning")}
              </p>
            </ActionForm>
          </details>

          <details>
            <summary>{t("forward")}</summary>
            <ActionForm
              name="forward"
              action={forwardAction}
              idPrefix="forward"
              submitLabel={t("forwardSubmit")}
              successText={t("forwarded")}
              fields={[
                hidden,
                { name: "controller", label: t("forwardController"), hint: t("forwardControllerHint"), kind: "text", required: true, maxLength: 300 },
                { name: "message", label: t("forwardMessage"), hint: t("forwardMessageHint"), kind: "textarea", required: true, maxLength: 4000 },
              ]}
            />
          </details>
        </>
      )}
    </section>
  );
}
