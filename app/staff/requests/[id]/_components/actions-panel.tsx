import { getLocale, getTranslations } from "next-intl/server";
import { canExtend, computeExtendedDeadline } from "@/lib/deadlines";
import type { RequestView } from "@/lib/workflow/view-queries";
import { INFO_REASONS, REJECTION_GROUNDS } from "@/lib/workflow/constants";
import { allowedActions } from "@/lib/workflow/action-rules";
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

/**
 * The status actions of PRODUCT.md §5, each a form in a disclosure so the page stays scannable. Only
 * the actions lib/workflow/action-rules.ts allows in the request's status are shown; the queries refuse
 * the others with the same table.
 */
export async function ActionsPanel({ view, actorId, today }: { view: RequestView; actorId: string; today: string }) {
  const t = await getTranslations("staffActions");
  const l = await getTranslations("staffLabels");
  const locale = await getLocale();
  const r = view.request;
  const can = new Set(allowedActions(r));
  const open = can.has("assign");
  const hidden = { name: "requestId", label: "", kind: "hidden" as const, defaultValue: r.id };
  const openTasks = view.tasks.filter((x) => x.status === "open").length;
  const extendable = open && canExtend({ today, dueOn: r.dueOn, extendedDueOn: r.extendedDueOn });
  const wouldBe = computeExtendedDeadline({ receivedOn: r.receivedOn, baseDueOn: r.baseDueOn, pausedDays: r.pausedDays });

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t("heading")}</h2>
      {can.has("reopen") && (
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
      {!open && !can.has("reopen") && <p>{t("closedNote")}</p>}
      {/* Always visible, not in a disclosure: the result message must stay on screen after the re-render. */}
      {open && <h3>{t("assign")}</h3>}
      {open && (
        <div>
          <ActionForm
            name="assign"
            action={assignAction}
            idPrefix="assign-me"
            closed={r.assigneeId === actorId}
            submitLabel={t("assignToMe")}
            successText={t("assigned")}
            fields={[hidden, { name: "assigneeId", label: "", kind: "hidden", defaultValue: actorId }]}
          />
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
        </div>
      )}

      {/* "The subject has answered" only while the request waits for them; an answer in the portal resumes by itself. */}
      {can.has("resume") && (
        <>
          <h3>{t("resume")}</h3>
          <ActionForm name="resume" action={resumeAction} idPrefix="resume" submitLabel={t("resumeSubmit")} successText={t("resumed")} fields={[hidden]}>
            <p>{t("resumeHelp")}</p>
          </ActionForm>
        </>
      )}

      {can.has("askInfo") && (
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
                ? [{ name: "pauseClock", label: t("pauseClock"), hint: t("pauseClockHint"), kind: "checkbox" as const, defaultChecked: !r.pausedSince }]
                : []),
            ]}
          />
        </details>
      )}

      {can.has("extend") && (
        <details>
          <summary>{t("extend")}</summary>
          <ActionForm
            name="extend"
            action={extendAction}
            idPrefix="extend"
            closed={!extendable}
            submitLabel={t("extendSubmit")}
            successText={t("extended")}
            fields={[hidden, { name: "reason", label: t("extendReason"), hint: t("extendReasonHint"), kind: "textarea", required: true, maxLength: 4000 }]}
          >
            <p>{extendable ? t("extendHelp", { date: showDate(wouldBe, locale) }) : r.extendedDueOn ? t("alreadyExtended") : !open ? t("closedNote") : t("extendTooLate")}</p>
          </ActionForm>
        </details>
      )}

      {can.has("complete") && (
        <details>
          <summary>{t("complete")}</summary>
          {open && openTasks > 0 && <p className="form-error">{t("openTasksWarning", { count: openTasks })}</p>}
          <ActionForm
            name="complete"
            action={completeAction}
            idPrefix="complete"
            submitLabel={t("completeSubmit")}
            successText={t("completed")}
            fields={[hidden, { name: "summary", label: t("completeSummary"), hint: t("completeSummaryHint"), kind: "textarea", maxLength: 4000 }]}
          />
        </details>
      )}

      {can.has("reject") && (
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
      )}

      {can.has("forward") && (
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
      )}
    </section>
  );
}
