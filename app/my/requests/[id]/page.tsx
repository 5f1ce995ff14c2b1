import Link from "next/link";
import { representativeRoleLabel } from "@/lib/representatives/messages";
import { isUuid } from "@/lib/validation/ids";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getMyRequest, markStaffMessagesRead } from "@/lib/requests/queries-subject";
import { subjectNextStep } from "@/lib/requests/next-step";
import { describeOutcome, outcomeMessages } from "@/lib/workflow/outcome-text";
import { formatEuros } from "@/lib/workflow/outcomes";
import { labelFor } from "@/lib/i18n/labels";
import { OutcomeView } from "@/app/_components/outcome-view";
import { ClientMessages, PORTAL_FORM_MESSAGES } from "@/app/_components/client-messages";
import { FeeAnswerForm } from "./_components/fee-answer-form";
import { formatDate } from "@/emails/labels";
import { currentLocale } from "../../_components/locale";
import { DueBadge } from "../../_components/due-badge";
import { MessageForm } from "./_components/message-form";
import { WithdrawForm } from "./_components/withdraw-form";
import { RequestDetailsView } from "./_components/request-details";
import { Timeline } from "./_components/timeline";
import { ReportsList } from "./_components/reports-list";
import { Pager, pageHref } from "@/app/_components/pager";
import { listRequestReports } from "@/lib/reports/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ filed?: string; bans?: string; consents?: string; messages?: string; events?: string }> };

/** The rejection reason the handler wrote, in the sentence that introduces it. */
function fillReason(template: string, reason: string | null | undefined): string {
  return template.replace("{reason}", reason?.trim() || "–");
}

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
  const data = await getMyRequest(db, user.id, id, { messages: sp.messages, events: sp.events });
  if (!data) notFound();
  await markStaffMessagesRead(db, user.id, id);
  // Released reports only, and only of this subject's request (the owner is in the query).
  const reports = await listRequestReports(db, { requestId: id, userId: user.id });
  const t = await getTranslations("portal.request");
  const tr = await getTranslations("requests");
  const tp = await getTranslations("representation");
  const locale = await currentLocale();
  const { request: r, organisation: org } = data;
  const feePending = data.fee?.status === "pending";
  const step = subjectNextStep({
    status: r.status,
    level: data.identityLevel,
    required: r.requiredLevel as 1 | 2 | 3,
    oidcAvailable: org.oidcAvailable,
    latestClaim: data.latestClaim,
    feePending,
  });
  const om = outcomeMessages(locale);
  const outcome = data.outcome ? describeOutcome(data.outcome, locale) : null;
  const due = r.extendedDueOn ?? r.dueOn;
  // The client components here: the fee answer, the message and withdrawal forms, the new-copy button.
  return (
    <ClientMessages namespaces={[...PORTAL_FORM_MESSAGES, "portal.request", "requests.outcomes.fee"]}>
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
      {r.status === "awaiting_verification" && r.authorityStatus === "pending" && (
        <section className="notice-box" aria-labelledby="awaiting">
          <h2 id="awaiting">{tp("pendingTitle")}</h2>
          <p>{tp("pendingBody", { name: r.subjectName })}</p>
        </section>
      )}
      {r.status === "awaiting_verification" && !r.authorityStatus && (
        <section className="notice-box" aria-labelledby="awaiting">
          <h2 id="awaiting">{t("awaitingTitle")}</h2>
          <p>{t("awaitingBody", { required: r.requiredLevel, current: data.identityLevel })}</p>
          {step === "claim_rejected" ? (
            <>
              <p style={{ whiteSpace: "pre-wrap" }}>{fillReason(om.nextStep.claim_rejected, data.latestClaim?.rejectionReason)}</p>
              <p>{om.nextStep.claim_rejected_next}</p>
            </>
          ) : step === "claim_pending" ? (
            <p>{om.nextStep.claim_pending}</p>
          ) : (
            step && <p>{t(`nextStep.${step}` as never)}</p>
          )}
          {step !== "claim_pending" && <p><Link href="/my/verify">{t("goVerify")}</Link></p>}
        </section>
      )}
      {r.status === "awaiting_subject" && (
        <section className="notice-box" aria-labelledby="next-step">
          <h2 id="next-step">{feePending ? om.fee.title : t("awaitingSubjectTitle")}</h2>
          {feePending && data.fee ? (
            <>
              <p>{om.fee.body.replace("{amount}", formatEuros(data.fee.amountCents, locale)).replace("{basis}", labelFor(locale, "feeBasis", data.fee.basis))}</p>
              <p style={{ whiteSpace: "pre-wrap" }}>{om.reasons.replace("{reasons}", data.fee.reasons)}</p>
              <p>{om.fee.until}</p>
              <p>{om.nextStep.answer_fee}</p>
              <FeeAnswerForm requestId={r.id} />
            </>
          ) : (
            <p>{om.nextStep.answer_question}</p>
          )}
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
            <dt>{tp("represented")}</dt>
            <dd>{r.subjectName}</dd>
            <dt>{t("representative")}</dt>
            <dd>
              {r.representativeName}
              {r.representativeRole && <> – {representativeRoleLabel(locale, r.representativeRole)}</>}
            </dd>
            {r.authorityStatus && (
              <>
                <dt>{tp("authority")}</dt>
                <dd>{tp(`authorityStatus.${r.authorityStatus}`)}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {r.pausedSince && data.open && <p className="notice-box">{t("paused")}</p>}

      <RequestDetailsView details={r.details} registerNames={data.registerNames} consentNames={data.consentNames} locale={locale} />

      {outcome && <OutcomeView outcome={outcome} />}
      {r.forwardedTo && (
        <dl className="facts">
          <dt>{t("forwardedTo")}</dt>
          <dd>{r.forwardedTo}</dd>
        </dl>
      )}
      {data.outcome?.overall === "no_data" && (
        <section aria-labelledby="registers-info">
          <h2 id="registers-info">{om.registersTitle}</h2>
          <ul>
            {data.registers.map((reg) => (
              <li key={reg.id}>
                <Link href={`/organisations/${org.slug}/privacy`}>{reg.names[locale]}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ReportsList reports={reports} locale={locale} requestId={r.id} />

      <Timeline
        entries={data.timeline}
        locale={locale}
        pager={<Pager page={data.timelinePages} kind="thread" label={t("timelinePages")} onFirstPage={!sp.events} href={(c) => pageHref(`/my/requests/${r.id}`, { messages: sp.messages }, "events", c, "timeline")} />}
      />

      <section aria-labelledby="messages">
        <h2 id="messages">{t("messages")}</h2>
        <Pager page={data.messagePages} kind="thread" label={t("messagePages")} onFirstPage={!sp.messages} href={(c) => pageHref(`/my/requests/${r.id}`, { events: sp.events }, "messages", c, "messages")} />
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
    </ClientMessages>
  );
}
