import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import type { TimelineEntry } from "@/lib/requests/timeline";
import { formatDate } from "@/emails/labels";

/**
 * The request's history from its audit events, only the subject-safe ones (lib/requests/timeline.ts):
 * the latest page, with `pager` leading to earlier events.
 */
export async function Timeline({ entries, locale, pager }: { entries: TimelineEntry[]; locale: Locale; pager?: ReactNode }) {
  const t = await getTranslations("portal.request");
  const time = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale === "sv" ? "sv-FI" : "fi-FI", { timeZone: "Europe/Helsinki", hour: "2-digit", minute: "2-digit" });
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t("timeline")}</h2>
      {pager}
      <ol>
        {entries.map((e) => {
          const key = `events.${e.action.replace(/\./g, "_")}`;
          const due = typeof e.facts.extendedDueOn === "string" ? e.facts.extendedDueOn : typeof e.facts.dueOn === "string" ? e.facts.dueOn : null;
          return (
            <li key={e.id}>
              <time dateTime={e.at.toISOString()}>
                {formatDate(e.at, locale)} {time.format(e.at)}
              </time>{" "}
              – {t.has(key as never) ? t(key as never) : t("otherEvent")}
              {due && <> ({t("eventFacts.dueOn", { date: formatDate(due, locale) })})</>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
