import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listMyRequests } from "@/lib/requests/queries-subject";
import { linkRecordsByEmail } from "@/lib/identity/queries";
import { formatDate } from "@/emails/labels";
import { currentLocale } from "../_components/locale";
import { DueBadge } from "../_components/due-badge";
import { Pager, pageHref } from "@/app/_components/pager";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("portal.myRequests");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * My requests (issue 3 §4), newest first, a page at a time (issue 13: a subject with thousands of
 * requests gets the same page as one with three). The first visit also links records by email (level 2,
 * PRODUCT.md §4).
 */
export default async function MyRequestsPage({ searchParams }: Props) {
  const user = await requireUser();
  const sp = await searchParams;
  const db = await getDb();
  const linked = await linkRecordsByEmail(db, user);
  const page = await listMyRequests(db, user.id, { cursor: sp.cursor });
  const rows = page.rows;
  const t = await getTranslations("portal.myRequests");
  const tr = await getTranslations("requests");
  const tp = await getTranslations("representation");
  const locale = await currentLocale();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {linked.linked.length > 0 && <p className="notice-box" role="status">{t("linkedNotice", { count: linked.linked.length })}</p>}
      <p>
        <Link className="button" href="/my/requests/new">{t("newRequest")}</Link>{" "}
        <Link className="button secondary" href="/my/requests/represent">{tp("newLink")}</Link>
      </p>
      {rows.length === 0 ? (
        !sp.cursor && <p>{t("empty")}</p>
      ) : (
        <table className="stack-table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reference")}</th>
              <th scope="col">{t("organisation")}</th>
              <th scope="col">{t("type")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("received")}</th>
              <th scope="col">{t("due")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td data-label={t("reference")}>
                  <Link href={`/my/requests/${r.id}`}>{r.reference}</Link>
                  {r.unread > 0 && <> <span className="badge badge-amber">{t("unread", { count: r.unread })}</span></>}
                </td>
                <td data-label={t("organisation")}>{r.organisationName}</td>
                <td data-label={t("type")}>{tr(`types.${r.type}`)}</td>
                <td data-label={t("status")}>{tr(`status.${r.status}`)}</td>
                <td data-label={t("received")}>{formatDate(r.receivedOn, locale)}</td>
                <td data-label={t("due")}>
                  {formatDate(r.extendedDueOn ?? r.dueOn, locale)}
                  {r.extendedDueOn && <> ({t("extended")})</>}
                  {!r.closedAt && r.status !== "awaiting_verification" && <> <DueBadge dueOn={r.extendedDueOn ?? r.dueOn} /></>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} kind="time" label={t("pages")} onFirstPage={!sp.cursor} href={(c) => pageHref("/my/requests", {}, "cursor", c)} />
    </>
  );
}
