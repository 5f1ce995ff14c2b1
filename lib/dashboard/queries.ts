import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { organisations, requests, users } from "../db/schema";
import { isStaffRole, roleIn } from "../auth/types";
import { addMonthsClamped } from "../deadlines";
import { endOfWeek } from "../queue/deadline-view";
import { recordAudit } from "../audit/queries";
import type { StaffActor } from "../workflow/types";
import type { Locale } from "../db/types";
import { exportHeader, exportLine, type ExportVariant } from "./csv";
export { EXPORT_COLUMNS, type ExportVariant } from "./csv";

const effectiveDue = sql`coalesce(${requests.extendedDueOn}, ${requests.dueOn})`;
/** The Helsinki calendar day a request was closed (deadlines are Helsinki dates, LEGAL.md §1). */
const closedOn = sql`(${requests.closedAt} at time zone 'Europe/Helsinki')::date`;

function orgsOf(actor: StaffActor, organisationId?: string): string[] {
  if (!isStaffRole(actor.role)) return [];
  return organisationId ? actor.organisationIds.filter((o) => o === organisationId) : actor.organisationIds;
}

export type DashboardStats = {
  open: number;
  dueThisWeek: number;
  overdue: number;
  closed: number;
  onTimePercent: number | null;
  medianDaysToClose: number | null;
  months: string[];
  perMonth: Array<{ month: string; type: string; count: number }>;
};

/**
 * The figures of PRODUCT.md §5 for the actor's organisations: open, due this week, overdue (now), and
 * over the last twelve months handled on time (closed on or before the effective due date, Helsinki),
 * median days from receipt to closing, and requests received per month and type.
 */
export async function getDashboardStats(db: DbOrTx, actor: StaffActor, opts: { today: string; organisationId?: string }): Promise<DashboardStats> {
  const orgs = orgsOf(actor, opts.organisationId);
  const months = Array.from({ length: 12 }, (_, i) => addMonthsClamped(`${opts.today.slice(0, 7)}-01`, i - 11).slice(0, 7));
  if (orgs.length === 0) return { open: 0, dueThisWeek: 0, overdue: 0, closed: 0, onTimePercent: null, medianDaysToClose: null, months, perMonth: [] };
  const since = `${months[0]}-01`;
  const scope = inArray(requests.organisationId, orgs);
  const [now] = await db
    .select({
      open: sql<number>`count(*)::int`,
      week: sql<number>`count(*) filter (where ${effectiveDue} between ${opts.today}::date and ${endOfWeek(opts.today)}::date)::int`,
      overdue: sql<number>`count(*) filter (where ${effectiveDue} < ${opts.today}::date)::int`,
    })
    .from(requests)
    .where(and(scope, isNull(requests.closedAt)));
  // Withdrawn requests were not handled by anyone: they count neither for nor against timeliness.
  const [closed] = await db
    .select({
      closed: sql<number>`count(*)::int`,
      onTime: sql<number>`count(*) filter (where ${closedOn} <= ${effectiveDue})::int`,
      median: sql<number | null>`percentile_cont(0.5) within group (order by (${closedOn} - ${requests.receivedOn}))`,
    })
    .from(requests)
    .where(and(scope, isNotNull(requests.closedAt), inArray(requests.status, ["completed", "rejected"]), sql`${closedOn} >= ${since}::date`));
  const perMonth = await db
    .select({
      month: sql<string>`to_char(${requests.receivedOn}, 'YYYY-MM')`,
      type: requests.type,
      count: sql<number>`count(*)::int`,
    })
    .from(requests)
    .where(and(scope, sql`${requests.receivedOn} >= ${since}::date`, sql`${requests.receivedOn} <= ${opts.today}::date`))
    .groupBy(sql`1`, requests.type)
    .orderBy(sql`1`, requests.type);
  const closedCount = Number(closed?.closed ?? 0);
  return {
    open: Number(now?.open ?? 0),
    dueThisWeek: Number(now?.week ?? 0),
    overdue: Number(now?.overdue ?? 0),
    closed: closedCount,
    onTimePercent: closedCount ? Math.round((Number(closed.onTime) / closedCount) * 1000) / 10 : null,
    medianDaysToClose: closed?.median === null || closed?.median === undefined ? null : Number(closed.median),
    months,
    perMonth: perMonth.map((r) => ({ month: String(r.month), type: r.type, count: Number(r.count) })),
  };
}

/**
 * The accountability export (Art. 5(2)): every request of the actor's organisations, one CSV line each,
 * streamed in keyset batches so a million rows never sit in memory. No subject names or addresses: the
 * reference identifies the case for an auditor. The export itself is audited per organisation.
 */
export async function* exportRequestsCsv(
  db: DbOrTx,
  actor: StaffActor,
  opts: { batch?: number; variant?: ExportVariant; locale?: Locale } = {},
): AsyncGenerator<string> {
  const variant = opts.variant ?? "machine";
  const locale = opts.locale ?? "fi";
  const orgs = orgsOf(actor);
  for (const organisationId of orgs) {
    await recordAudit(db, { organisationId, actorId: actor.id, actorRole: roleIn(actor, organisationId), action: "requests.exported", payload: { format: "csv", variant } });
  }
  yield exportHeader(variant, locale);
  if (orgs.length === 0) return;
  // Sorted by received date, then reference (id breaks ties): keyset pagination on that triple.
  let last: { receivedOn: string; reference: string; id: string } | null = null;
  for (;;) {
    const where: SQL[] = [inArray(requests.organisationId, orgs)];
    if (last) where.push(sql`(${requests.receivedOn}, ${requests.reference}, ${requests.id}) > (${last.receivedOn}::date, ${last.reference}, ${last.id}::uuid)`);
    const rows = await db
      .select({
        id: requests.id,
        reference: requests.reference,
        organisation: organisations.name,
        type: requests.type,
        status: requests.status,
        channel: requests.channel,
        receivedOn: requests.receivedOn,
        dueOn: requests.dueOn,
        extendedDueOn: requests.extendedDueOn,
        pausedDays: requests.pausedDays,
        requiredLevel: requests.requiredLevel,
        assignee: users.name,
        closedOn: sql<string | null>`to_char(${closedOn}, 'YYYY-MM-DD')`,
        rejectionGround: requests.rejectionGround,
        forwarded: requests.forwardedTo,
      })
      .from(requests)
      .innerJoin(organisations, eq(organisations.id, requests.organisationId))
      .leftJoin(users, eq(users.id, requests.assigneeId))
      .where(and(...where))
      .orderBy(asc(requests.receivedOn), asc(requests.reference), asc(requests.id))
      .limit(opts.batch ?? 2000);
    if (rows.length === 0) return;
    yield rows.map((r) => exportLine(r, variant, locale)).join("");
    const tail = rows[rows.length - 1];
    last = { receivedOn: tail.receivedOn, reference: tail.reference, id: tail.id };
  }
}
