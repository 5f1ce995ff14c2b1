import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import { formatDate } from "@/emails/labels";
import { NewCopyButton } from "./new-copy-button";

type ReportRow = { id: string; format: string; status: string; expiresAt: Date | null };

/** Released reports of the request (PRODUCT.md §6): downloaded here, never emailed. */
export async function ReportsList({ reports, locale, requestId }: { reports: ReportRow[]; locale: Locale; requestId: string }) {
  if (reports.length === 0) return null;
  // Nothing downloadable any more: the subject may ask for a new copy of the same answer.
  const allExpired = reports.every((r) => r.status === "expired");
  const t = await getTranslations("portal.request");
  return (
    <section aria-labelledby="reports">
      <h2 id="reports">{t("reports")}</h2>
      <ul>
        {reports.map((r) => (
          <li key={r.id}>
            {r.status === "ready" ? (
              <>
                {/* A route handler streams the file: a plain link, so nothing prefetches (and counts) it. */}
                <a href={`/reports/${r.id}/download`}>{t("reportDownload", { format: r.format.toUpperCase() })}</a>
                {r.expiresAt && <> – {t("reportUntil", { date: formatDate(r.expiresAt, locale) })}</>}
              </>
            ) : r.status === "expired" ? (
              <>{r.format.toUpperCase()}: {t("reportExpired")}</>
            ) : (
              <>{r.format.toUpperCase()}: {t("reportPreparing")}</>
            )}
          </li>
        ))}
      </ul>
      {allExpired && <NewCopyButton requestId={requestId} />}
    </section>
  );
}
