import Link from "next/link";
import { isUuid } from "@/lib/validation/ids";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { toHelsinkiDate } from "@/lib/deadlines";
import { labelFor } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/db/types";
import { ActionError } from "@/lib/errors";
import { getRequestView } from "@/lib/workflow/queries";
import { isOpenStatus } from "@/lib/workflow/constants";
import { DeadlineBadge } from "../../_components/deadline-badge";
import { StaffNav } from "../../_components/staff-nav";
import { showDate, showDateTime } from "../../_components/format";
import { ActionsPanel } from "./_components/actions-panel";
import { IdentityPanel } from "./_components/identity-panel";
import { AuthorityPanel } from "./_components/authority-panel";
import { representativeRoleLabel } from "@/lib/representatives/messages";
import { DetailsPanel } from "./_components/details-panel";
import { FulfilmentPanel } from "./_components/fulfilment-panel";
import { TasksPanel } from "./_components/tasks-panel";
import { OutcomePanel } from "./_components/outcome-panel";
import { Conversation } from "./_components/conversation";
import { Timeline } from "./_components/timeline";

export const dynamic = "force-dynamic";

type PageParams = { messages?: string; notes?: string; events?: string };
type Props = { params: Promise<{ id: string }>; searchParams: Promise<PageParams> };

async function load(id: string, pages: PageParams) {
  const user = await requireStaff();
  if (!isUuid(id)) notFound();
  try {
    return { user, view: await getRequestView(await getDb(), user, id, pages) };
  } catch (e) {
    // Another organisation's request is "not found", exactly like a missing one.
    if (e instanceof ActionError && e.code === "not_found") notFound();
    throw e;
  }
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata() {
  const t = await getTranslations("staffRequest");
  return { title: t("metaTitle") };
}

/** One request for a handler (PRODUCT.md §5): facts, identity, details, fulfilment, tasks, conversation, timeline. */
export default async function StaffRequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = await searchParams;
  // Only the three list cursors: nothing else of the URL is carried into the page links.
  const pages: PageParams = { messages: one(raw.messages), notes: one(raw.notes), events: one(raw.events) };
  const { user, view } = await load(id, pages);
  const { request: r } = view;
  const t = await getTranslations("staffRequest");
  const l = await getTranslations("staffLabels");
  const locale = await getLocale();
  const today = toHelsinkiDate(new Date());
  const open = isOpenStatus(r.status);
  const effective = r.extendedDueOn ?? r.dueOn;

  return (
    <>
      <StaffNav current="queue" admin={user.role === "admin"} />
      <p>
        <Link href="/staff">{t("backToQueue")}</Link>
      </p>
      <h1>
        {r.reference}: {l(`type.${r.type}`)}
      </h1>
      <dl className="facts">
        <dt>{t("status")}</dt>
        <dd>{l(`status.${r.status}`)}</dd>
        <dt>{t("organisation")}</dt>
        <dd>{view.organisation?.name}</dd>
        <dt>{t("subject")}</dt>
        <dd>
          {r.subjectName}
          {r.subjectEmail && <> · {r.subjectEmail}</>}
        </dd>
        {r.representativeName && (
          <>
            <dt>{t("representative")}</dt>
            <dd>
              {r.representativeName}
              {r.representativeRole && <> ({representativeRoleLabel(locale as Locale, r.representativeRole)})</>}
            </dd>
          </>
        )}
        <dt>{t("channel")}</dt>
        <dd>
          {l(`channel.${r.channel}`)} · {t("language")}: {labelFor(locale as Locale, "locale", r.locale)}
        </dd>
        <dt>{t("received")}</dt>
        <dd>{showDateTime(r.receivedAt, locale)}</dd>
        <dt>{t("target")}</dt>
        <dd>{showDate(r.targetOn, locale)}</dd>
        <dt>{t("dueDate")}</dt>
        <dd>
          {showDate(r.dueOn, locale)}
          {!r.extendedDueOn && open && <> <DeadlineBadge today={today} due={r.dueOn} /></>}
        </dd>
        {r.extendedDueOn && (
          <>
            <dt>{t("extendedDue")}</dt>
            <dd>
              {showDate(r.extendedDueOn, locale)} {open && <DeadlineBadge today={today} due={effective} />}
              <div className="hint">
                {t("extendedOn", { date: showDate(r.extendedAt, locale) })}: {r.extensionReason}
              </div>
            </dd>
          </>
        )}
        {(r.pausedSince || r.pausedDays > 0) && (
          <>
            <dt>{t("clock")}</dt>
            <dd>
              {r.pausedSince ? t("pausedSince", { date: showDate(r.pausedSince, locale) }) : null}
              {r.pausedDays > 0 && <div>{t("pausedDays", { count: r.pausedDays })}</div>}
            </dd>
          </>
        )}
        <dt>{t("assignee")}</dt>
        <dd>{view.assignee?.name ?? view.assignee?.email ?? t("unassigned")}</dd>
        {r.closedAt && (
          <>
            <dt>{t("closed")}</dt>
            <dd>{showDateTime(r.closedAt, locale)}</dd>
          </>
        )}
        {r.forwardedTo && (
          <>
            <dt>{t("forwardedTo")}</dt>
            <dd>{r.forwardedTo}</dd>
          </>
        )}
        {r.rejectionGround && (
          <>
            <dt>{t("rejectionGround")}</dt>
            <dd>{l(`rejectionGround.${r.rejectionGround}` as never)}</dd>
          </>
        )}
        {r.decisionReasons && (
          <>
            <dt>{t("decisionReasons")}</dt>
            <dd style={{ whiteSpace: "pre-wrap" }}>{r.decisionReasons}</dd>
          </>
        )}
      </dl>

      {/* Keyed by request: forms keep their result messages across re-renders of one request only. */}
      <div key={r.id}>
        <AuthorityPanel request={r} actor={user} />
        <IdentityPanel view={view} />
        <DetailsPanel view={view} />
        <FulfilmentPanel view={view} />
        <TasksPanel view={view} />
        <OutcomePanel view={view} />
        <ActionsPanel view={view} actorId={user.id} today={today} />
        <Conversation view={view} pages={pages} />
        <Timeline view={view} pages={pages} />
      </div>
    </>
  );
}
