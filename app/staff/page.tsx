import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { toHelsinkiDate } from "@/lib/deadlines";
import { listQueue, listQueueFilterOptions } from "@/lib/queue/queries";
import { listMyInvitations } from "@/lib/admin/queries";
import { parseQueueFilters, queueSearch } from "@/lib/queue/schema";
import { REQUEST_STATUSES, REQUEST_TYPES } from "@/lib/workflow/constants";
import { DeadlineBadge } from "./_components/deadline-badge";
import { StaffNav } from "./_components/staff-nav";
import { showDate } from "./_components/format";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffQueue");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The request queue (PRODUCT.md §5): the staff member's organisations only, filtered by a plain GET
 * form (works without JavaScript), sorted by the effective due date, keyset-paginated.
 */
export default async function StaffQueuePage({ searchParams }: Props) {
  const user = await requireStaff();
  const filters = parseQueueFilters(await searchParams);
  const db = await getDb();
  const today = toHelsinkiDate(new Date());
  const [page, options, invitations] = await Promise.all([listQueue(db, user, filters, { today }), listQueueFilterOptions(db, user), listMyInvitations(db, user)]);
  const t = await getTranslations("staffQueue");
  const l = await getTranslations("staffLabels");
  const locale = await getLocale();
  const orgName = new Map(options.organisations.map((o) => [o.id, o.name]));
  const multiOrg = options.organisations.length > 1;

  return (
    <>
      <StaffNav current="queue" admin={user.role === "admin"} />
      <h1>{t("title")}</h1>
      {invitations.length > 0 && (
        <p className="notice-box">
          <Link href="/staff/invitations">{t("invitationsWaiting", { count: invitations.length })}</Link>
        </p>
      )}
      <p className="lead">{t("lead")}</p>
      <form method="get" action="/staff" className="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t("filters")}</h2>
        <div style={{ display: "flex", flexWrap: "wrap", gap: "0 1.5rem" }}>
          <div className="field">
            <label htmlFor="f-status">{t("status")}</label>
            <select id="f-status" name="status" defaultValue={filters.status}>
              <option value="open">{t("open")}</option>
              <option value="all">{t("all")}</option>
              {REQUEST_STATUSES.map((s) => (
                <option key={s} value={s}>{l(`status.${s}`)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-type">{t("type")}</label>
            <select id="f-type" name="type" defaultValue={filters.type ?? ""}>
              <option value="">{t("any")}</option>
              {REQUEST_TYPES.map((x) => (
                <option key={x} value={x}>{l(`type.${x}`)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-assignee">{t("assignee")}</label>
            <select id="f-assignee" name="assignee" defaultValue={filters.assignee ?? ""}>
              <option value="">{t("any")}</option>
              <option value="me">{t("me")}</option>
              <option value="unassigned">{t("unassigned")}</option>
              {options.staff.map((s) => (
                <option key={s.id} value={s.id}>{s.name ?? s.email}</option>
              ))}
            </select>
          </div>
          {multiOrg && (
            <div className="field">
              <label htmlFor="f-org">{t("organisation")}</label>
              <select id="f-org" name="org" defaultValue={filters.org ?? ""}>
                <option value="">{t("any")}</option>
                {options.organisations.map((o) => (
                  <option key={o.id} value={o.id}>{o.name}</option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="f-due">{t("due")}</label>
            <select id="f-due" name="due" defaultValue={filters.due ?? ""}>
              <option value="">{t("any")}</option>
              <option value="overdue">{t("overdue")}</option>
              <option value="this_week">{t("thisWeek")}</option>
            </select>
          </div>
        </div>
        <button type="submit">{t("apply")}</button> <Link href="/staff">{t("reset")}</Link>
      </form>

      <h2 id="results-heading">{t("results")}</h2>
      {page.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="stack-table" aria-labelledby="results-heading">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colReference")}</th>
              <th scope="col">{t("colType")}</th>
              <th scope="col">{t("colSubject")}</th>
              <th scope="col">{t("colStatus")}</th>
              <th scope="col">{t("colAssignee")}</th>
              <th scope="col">{t("colReceived")}</th>
              <th scope="col">{t("colDue")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.id}>
                <td data-label={t("colReference")}>
                  <Link href={`/staff/requests/${r.id}`}>{r.reference}</Link>
                  {r.unreadFromSubject && (
                    <div className="badge badge-amber" data-marker="unread-from-subject">
                      {t("unreadFromSubject")}
                    </div>
                  )}
                  {multiOrg && <div className="hint">{orgName.get(r.organisationId)}</div>}
                </td>
                <td data-label={t("colType")}>{l(`type.${r.type}`)}</td>
                <td data-label={t("colSubject")}>{r.subjectName}</td>
                <td data-label={t("colStatus")}>
                  {l(`status.${r.status}`)}
                  {r.pausedSince && <div className="hint">{t("paused")}</div>}
                </td>
                <td data-label={t("colAssignee")}>{r.assigneeName ?? t("unassigned")}</td>
                <td data-label={t("colReceived")}>{showDate(r.receivedOn, locale)}</td>
                <td data-label={t("colDue")}>
                  {showDate(r.effectiveDue, locale)}
                  {r.extendedDueOn && <span className="hint"> ({t("extended")})</span>}
                  <br />
                  {r.status === "completed" || r.status === "rejected" || r.status === "withdrawn" ? null : <DeadlineBadge today={today} due={r.effectiveDue} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t("pagination")} className="pagination">
        {filters.cursor && <Link href={`/staff${queueSearch(filters)}`}>{t("first")}</Link>}{" "}
        {page.nextCursor && (
          <Link href={`/staff${queueSearch(filters, page.nextCursor)}`} rel="next">
            {t("next")}
          </Link>
        )}
      </nav>
    </>
  );
}
