import { getLocale, getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/workflow/view-queries";
import { showDateTime } from "../../../_components/format";
import { Pager, pageHref } from "@/app/_components/pager";
import { auditActionLabel } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/db/types";

/**
 * The request's audit events in order (the hash-chained trail, Art. 5(2)): what happened, when, by whom.
 * The latest page first (issue 13); "received" opens the oldest page.
 */
export async function Timeline({ view, pages }: { view: RequestView; pages: { messages?: string; notes?: string; events?: string } }) {
  const t = await getTranslations("staffTimeline");
  const locale = (await getLocale()) as Locale;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t("heading")}</h2>
      <Pager page={view.timelinePages} kind="thread" label={t("pages")} onFirstPage={!pages.events} href={(c) => pageHref(`/staff/requests/${view.request.id}`, pages, "events", c, "timeline-heading")} />
      <ol>
        {!view.timelinePages.next && (
          <li>
            {showDateTime(view.request.receivedAt, locale)} – {t("received")}
          </li>
        )}
        {view.timeline.map((e) => (
          <li key={e.id}>
            {showDateTime(e.at, locale)} – {auditActionLabel(locale, e.action)}
            {e.actorName ? ` (${e.actorName})` : e.actorRole === "subject" ? ` (${t("subject")})` : e.actorRole === "system" ? ` (${t("system")})` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
