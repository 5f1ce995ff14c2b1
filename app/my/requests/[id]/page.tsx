import Link from "next/link";
import { isUuid } from "@/lib/validation/ids";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getMyRequest, markStaffMessagesRead } from "@/lib/requests/queries-subject";
import { nextVerificationStep } from "@/lib/requests/levels";
import { formatDate } from "@/emails/labels";
import { OmbudsmanContact } from "@/app/_components/ombudsman";
import { currentLocale } from "../../_components/locale";
import { DueBadge } from "../../_components/due-badge";
import { MessageForm } from "./_components/message-form";
import { WithdrawForm } from "./_components/withdraw-form";
import { RequestDetailsView } from "./_components/request-details";
import { Timeline } from "./_components/timeline";
import { ReportsList } from "./_components/reports-list";
import { listRequestReports } from "@/lib/reports/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ filed?: string; bans?: string; consents?: string }> };

/**
 * One request of the subject (issue 3 §4). The query has the owner in its WHERE: another person's id
 * gives the same "not found" as an id that does not exist.
 */
export default async function MyRequestPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const sp = await searchParams;
  const db = await getDb();
  const data = await getMyRequest(db, user.id, id);
  if (!data) notFound();
  await markStaffMessagesRead(db, user.id, id);
  // Released reports only, and only of this subject's request (the owner is in the query).
  const reports = await listRequestReports(db, { requestId: id, userId: user.id });
  const t = await getTranslations("portal.request");
  const tr = await getTranslations("requests");
  const locale = await currentLocale();
  const { request: r, organisation: org } = data;
  const step = nextVerificationStep(data.identityLevel, r.requiredLevel as 1 | 2 | 3, org.oidcAvailable);
  const due = r.extendedDueOn ?? r.dueOn;
  return (
    <>
      <h1>
        {tr(`types.${r.type}`)} {r.reference}
      </h1>
      {sp.filed && (
        <div className="notice-box" role="status">
          <p>{t("filed")}</p>
          {Number(sp.bans) > 0 && <p>{t("filedBans")}</p>}
          {Number(sp.consents) > 0 && <p>{t("filedConsents", { count: Number(sp.consents) })}</p>}
        </div>
      )}
      {r.status === "awaiting_verification" && (
        <section className="notice-box" aria-labelledby="awaiting">
          <h2 id="awaiting">{t("awaitingTitle")}</h2>
          <p>{t("awaitingBody", { required: r.requiredLevel, current: data.identityLevel })}</p>
          {step && <p>{t(`nextStep.${step}`)}</p>}
          <p><Link href="/my/verify">{t("goVerify")}</Link></p>
        </section>
      )}
      <h2>{t("facts")}</h2>
      <dl className="facts">
        <dt>{t("reference")}</dt>
        <dd>{r.reference}</dd>
        <dt>{t("organisation")}</dt>
        <dd>{org.name}</dd>
        <dt>{t("type")}</dt>
        <dd>{tr(`types.${r.type}`)} ({tr(`typeArticles.${r.type}`)})</dd>
        <dt>{t("status")}</dt>
        <dd>{tr(`status.${r.status}`)}</dd>
        <dt>{t("received")}</dt>
        <dd>{formatDate(r.receivedAt, locale)} ({t("channel")}: {t(`channels.${r.channel}`)})</dd>
        <dt>{r.extendedDueOn ? t("originalDue") : t("due")}</dt>
        <dd>
          {data.clockPending ? t("clockPending") : formatDate(r.dueOn, locale)}
          {!data.clockPending && data.open && !r.extendedDueOn && <> <DueBadge dueOn={due} /></>}
        </dd>
        {r.extendedDueOn && (
          <>
            <dt>{t("extendedDue")}</dt>
            <dd>
              {formatDate(r.extendedDueOn, locale)} {data.open && <DueBadge dueOn={r.extendedDueOn} />}
            </dd>
            {r.extensionReason && (
              <>
                <dt>{t("extensionReason")}</dt>
                <dd style={{ whiteSpace: "pre-wrap" }}>{r.extensionReason}</dd>
              </>
            )}
          </>
        )}
        {r.representativeName && (
          <>
            <dt>{t("representative")}</dt>
            <dd>{r.representativeName}</dd>
          </>
        )}
      </dl>
      {r.pausedSince && data.open && <p className="notice-box">{t("paused")}</p>}

      <RequestDetailsView details={r.details} registerNames={data.registerNames} consentNames={data.consentNames} locale={locale} />

      {(r.status === "completed" || r.status === "rejected" || r.forwardedTo) && (
        <section aria-labelledby="decision">
          <h2 id="decision">{r.status === "rejected" ? t("rejectedTitle") : t("decision")}</h2>
          <dl className="facts">
            {r.rejectionGround && (
              <>
                <dt>{t("rejectionGround")}</dt>
                <dd>{t.has(`grounds.${r.rejectionGround}` as never) ? t(`grounds.${r.rejectionGround}` as never) : r.rejectionGround}</dd>
              </>
            )}
            {r.forwardedTo && (
              <>
                <dt>{t("forwardedTo")}</dt>
                <dd>{r.forwardedTo}</dd>
              </>
            )}
          </dl>
          {r.decisionReasons && (
            <>
              <h3>{t("decisionReasons")}</h3>
              <p style={{ whiteSpace: "pre-wrap" }}>{r.decisionReasons}</p>
            </>
          )}
          {r.status === "rejected" && (
            <>
              <h3>{t("complaintTitle")}</h3>
              <p>{t("complaintBody")}</p>
              <OmbudsmanContact />
              <h3>{t("judicialTitle")}</h3>
              <p>{t("judicialBody")}</p>
            </>
          )}
        </section>
      )}

      <ReportsList reports={reports} locale={locale} />

      <Timeline entries={data.timeline} locale={locale} />

      <section aria-labelledby="messages">
        <h2 id="messages">{t("messages")}</h2>
        {data.messages.length === 0 ? (
          <p>{t("noMessages")}</p>
        ) : (
          <ol style={{ listStyle: "none", padding: 0 }}>
            {data.messages.map((m) => (
              <li key={m.id} className="card" style={{ marginBottom: "0.75rem" }}>
                <p style={{ margin: 0, fontWeight: 600 }}>
                  {m.fromStaff ? t("fromStaff", { organisation: org.name }) : t("fromYou")} ·{" "}
                  <time dateTime={m.createdAt.toISOString()}>{formatDate(m.createdAt, locale)}</time>
                </p>
                <p style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{m.body}</p>
              </li>
            ))}
          </ol>
        )}
        <MessageForm requestId={r.id} />
      </section>

      {data.open && <WithdrawForm requestId={r.id} />}
    </>
  );
}
