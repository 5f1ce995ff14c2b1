import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import type { RequestView } from "@/lib/workflow/view-queries";
import { isOpenStatus } from "@/lib/workflow/constants";
import { taskDoneAction, taskSkipAction } from "@/lib/workflow/actions";
import { ActionForm } from "../../../_components/action-form";
import { showDate } from "../../../_components/format";

/**
 * Manual tasks in the processors' systems (Art. 28) and notifications to recipients (Art. 19): the request
 * closes only when each is done or skipped with a reason.
 */
export async function TasksPanel({ view }: { view: RequestView }) {
  const t = await getTranslations("staffTasks");
  const l = await getTranslations("staffLabels");
  const locale = (await getLocale()) as Locale;
  const r = view.request;
  const open = isOpenStatus(r.status);
  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t("heading")}</h2>
      {view.tasks.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="cards">
          {view.tasks.map((task) => (
            <li key={task.id} className="card">
              <h3>{l.has(`taskAction.${task.action}`) ? l(`taskAction.${task.action}` as never) : task.action}</h3>
              <p>
                {/* The processor's name in the staff member's language; the stored title if it has none (issue 15). */}
                {task.processorNames?.[locale]?.trim() || task.title}
                {task.service && <span className="hint"> – {task.service[locale] ?? task.service.fi}</span>}
              </p>
              <p>
                <span className={`badge ${task.status === "open" ? "badge-amber" : "badge-green"}`}>{l(`taskStatus.${task.status}`)}</span>
                {task.doneAt && <> {showDate(task.doneAt, locale)}</>}
              </p>
              {task.skipReason && (
                <p>
                  {t("skipReason")}: {l.has(`skipReason.${task.skipReason}`) ? l(`skipReason.${task.skipReason}` as never) : task.skipReason}
                </p>
              )}
              {open && task.status === "open" && (
                <>
                  <ActionForm
                    name="taskDone"
                    action={taskDoneAction}
                    idPrefix={`done-${task.id}`}
                    submitLabel={t("done")}
                    successText={t("marked")}
                    fields={[
                      { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
                      { name: "taskId", label: "", kind: "hidden", defaultValue: task.id },
                    ]}
                  />
                  <details>
                    <summary>{t("skip")}</summary>
                    <ActionForm
                      name="taskSkip"
                      action={taskSkipAction}
                      idPrefix={`skip-${task.id}`}
                      secondary
                      submitLabel={t("skipSubmit")}
                      successText={t("skipped")}
                      fields={[
                        { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
                        { name: "taskId", label: "", kind: "hidden", defaultValue: task.id },
                        { name: "reason", label: t("skipReason"), hint: t("skipReasonHint"), kind: "textarea", rows: 2, required: true, maxLength: 2000 },
                      ]}
                    />
                  </details>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
