import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/workflow/view-queries";
import { GATHERING_ACTIONS } from "@/lib/workflow/task-actions";
import { isActionAllowed } from "@/lib/workflow/action-rules";
import { generateReportAction, releaseReportAction } from "@/lib/workflow/actions";
import { ActionForm } from "../../../_components/action-form";
import { showDate, showDateTime } from "../../../_components/format";

/**
 * Access (Art. 15) and portability (Art. 20): generate the report, review it (and, for access, redact or
 * withhold case notes first), then release it to the subject. Completion waits for a released report.
 */
export async function ReportsBox({ view }: { view: RequestView }) {
  const t = await getTranslations("staffReports");
  const locale = await getLocale();
  const r = view.request;
  const d = r.details;
  const formats = d.type === "access" ? ["pdf", "json"] : ["json", "csv"];
  const asked = d.type === "access" || d.type === "portability" ? (d.formats as string[]) : [];
  // Release waits for data-gathering tasks ("fetch the data from Clara") unless a reason is written.
  const gathering = view.tasks.some((task) => task.status === "open" && (GATHERING_ACTIONS as readonly string[]).includes(task.action));
  return (
    <div>
      <p>{d.type === "access" ? t("accessHelp") : t("portabilityHelp")}</p>
      {d.type === "access" && (
        <p>
          <Link href={`/staff/requests/${r.id}/review`}>{t("reviewLink")}</Link>
        </p>
      )}
      {view.reports.length > 0 && (
        <table className="stack-table">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("created")}</th>
              <th scope="col">{t("format")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("released")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {view.reports.map((rep) => (
              <tr key={rep.id}>
                <td data-label={t("created")}>{showDateTime(rep.createdAt, locale)}</td>
                <td data-label={t("format")}>{rep.format.toUpperCase()}</td>
                <td data-label={t("status")}>
                  {t(`statusValue.${rep.status}` as never)}
                  {rep.status === "generating" && <progress max={100} value={rep.progress} aria-label={t("progress")} />}
                </td>
                <td data-label={t("released")}>
                  {rep.releasedAt ? t("releasedOn", { date: showDate(rep.releasedAt, locale), expires: showDate(rep.expiresAt, locale) }) : t("notReleased")}
                  {rep.downloadCount > 0 && <div className="hint">{t("downloads", { count: rep.downloadCount })}</div>}
                </td>
                <td data-label={t("actions")}>
                  {rep.status === "ready" && (!rep.containsSpecial || view.canReadSpecial) && <a href={`/reports/${rep.id}/download`}>{t("download")}</a>}
                  {rep.status === "ready" && rep.containsSpecial && !view.canReadSpecial && <div className="hint">{t("specialNoAccess")}</div>}
                  {rep.status === "ready" && !rep.releasedAt && isActionAllowed("releaseReport", r) && (!rep.containsSpecial || view.canReadSpecial) && (
                    <ActionForm
                      name="releaseReport"
                      action={releaseReportAction}
                      idPrefix={`release-${rep.id}`}
                      submitLabel={t("release")}
                      successText={t("releasedNow")}
                      fields={[
                        { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
                        { name: "reportId", label: "", kind: "hidden", defaultValue: rep.id },
                        ...(gathering
                          ? [{ name: "overrideReason", label: t("overrideReason"), hint: t("overrideReasonHint"), kind: "textarea" as const, rows: 3, maxLength: 2000 }]
                          : []),
                      ]}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isActionAllowed("generateReport", r) && (
        <ActionForm
          name="generateReport"
          action={generateReportAction}
          idPrefix="report"
          submitLabel={t("generate")}
          successText={t("generated")}
          fields={[
            { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
            {
              name: "formats",
              label: t("format"),
              hint: t("formatHint", { asked: asked.map((f) => f.toUpperCase()).join(", ") || "–" }),
              kind: "checkboxes",
              required: true,
              defaultValues: asked.length ? asked.filter((f) => formats.includes(f)) : [formats[0]],
              options: formats.map((f) => ({ value: f, label: f.toUpperCase() })),
            },
          ]}
        />
      )}
    </div>
  );
}
