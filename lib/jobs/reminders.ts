import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { rowsOf } from "../db/client";
import { jobRuns, organisations, remindersSent, requests } from "../db/schema";
import { addDays, daysLeft, toHelsinkiDate } from "../deadlines";
import { enqueueEmail } from "../mail/queries";
import { formatDate, requestTypeLabels } from "@/emails";
import { endOfWeek } from "../queue/deadline-view";
import { staffQueueUrl, staffRequestUrl } from "../workflow/urls";
import { runPauseReminders } from "./pause-reminders";
import { listRequestRecipients as recipientsFor } from "../organisations/staff-queries";

const effectiveDue = sql<string>`coalesce(${requests.extendedDueOn}, ${requests.dueOn})`;

/** Which reminder a request is due for today: the nearest threshold reached, or overdue. */
export function reminderKind(left: number, reminderDays: number[]): string | null {
  if (left < 0) return "overdue";
  const reached = [...reminderDays].filter((d) => d >= 0 && left <= d).sort((a, b) => a - b);
  return reached.length ? `due_${reached[0]}` : null;
}

export type ReminderRun = { claimed: number; emails: number };

/**
 * Reminders to handlers (PRODUCT.md §5): 7 and 2 days before the due date (the organisation's
 * `reminderDays`) and once overdue, each exactly once per due date. The claim is an INSERT … ON CONFLICT
 * DO NOTHING on reminders_sent's primary key in the same transaction as the emails, so several app
 * instances (or a rerun after a crash) never send one twice. A day the job missed is caught up: the
 * nearest threshold already reached is sent. Paused requests wait: their due date is still moving.
 */
export async function runReminders(db: Db, today: string): Promise<ReminderRun> {
  const run: ReminderRun = { claimed: 0, emails: 0 };
  const orgs = await db.select({ id: organisations.id, name: organisations.name, settings: organisations.settings }).from(organisations);
  for (const org of orgs) {
    // Nobody reads a reminder on a closure day; the next run catches up with the nearest threshold.
    if (org.settings.closureDates?.includes(today)) continue;
    const days = org.settings.reminderDays?.length ? org.settings.reminderDays : [7, 2];
    const horizon = addDays(today, Math.max(0, ...days));
    // Served by the open-requests index on (organisation_id, effective due, id).
    const candidates = await db
      .select()
      .from(requests)
      .where(and(eq(requests.organisationId, org.id), isNull(requests.closedAt), isNull(requests.pausedSince), sql`${effectiveDue} <= ${horizon}::date`))
      .orderBy(asc(effectiveDue), asc(requests.id));
    for (const r of candidates) {
      const due = r.extendedDueOn ?? r.dueOn;
      const left = daysLeft(today, due);
      const kind = reminderKind(left, days);
      if (!kind) continue;
      const sent = await db.transaction(async (tx) => {
        const claim = await tx.insert(remindersSent).values({ requestId: r.id, kind, dueOn: due }).onConflictDoNothing().returning({ id: remindersSent.requestId });
        if (claim.length === 0) return null;
        const to = await recipientsFor(tx, r);
        for (const rcpt of to) {
          const common = {
            organisationName: org.name,
            reference: r.reference,
            requestTypeLabel: requestTypeLabels[rcpt.locale][r.type],
            dueDate: formatDate(due, rcpt.locale),
            requestUrl: staffRequestUrl(r.id),
            recipientName: rcpt.name ?? "",
          };
          await enqueueEmail(tx, {
            template: kind === "overdue" ? "staff_overdue" : "staff_due_soon",
            locale: rcpt.locale,
            to: rcpt.email,
            organisationId: org.id,
            requestId: r.id,
            vars: kind === "overdue" ? { ...common, daysOverdue: String(-left) } : { ...common, daysLeft: String(left) },
          });
        }
        return to.length;
      });
      if (sent === null) continue;
      run.claimed++;
      run.emails += sent;
    }
  }
  return run;
}

/**
 * Claim a once-per-Helsinki-day job for a key: a conditional UPDATE of job_runs (after making sure the
 * row exists) succeeds for exactly one caller per day, on both databases and across instances.
 */
async function claimDaily(db: DbOrTx, name: string, today: string): Promise<boolean> {
  await db.insert(jobRuns).values({ name }).onConflictDoNothing();
  // last_run_at holds the Helsinki midnight that starts the day processed (not the wall clock), so the
  // claim depends only on `today` and stays correct when a run is late or repeated.
  const res = await db.execute(sql`
    update job_runs set last_run_at = (${today}::date)::timestamp at time zone 'Europe/Helsinki'
    where name = ${name}
      and (last_run_at is null or last_run_at < (${today}::date)::timestamp at time zone 'Europe/Helsinki')
    returning name`);
  return rowsOf(res).length > 0;
}

export type DigestRun = { organisations: number; emails: number };

/**
 * The daily digest (PRODUCT.md §7): to every handler of each organisation with open requests, the counts
 * (open, due this week, overdue) and one line per open request — references and dates only, no names.
 */
export async function runDailyDigest(db: Db, today: string, opts: { maxLines?: number } = {}): Promise<DigestRun> {
  const run: DigestRun = { organisations: 0, emails: 0 };
  const orgs = await db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const weekEnd = endOfWeek(today);
  for (const org of orgs) {
    const [counts] = await db
      .select({
        open: sql<number>`count(*)::int`,
        week: sql<number>`count(*) filter (where ${effectiveDue} between ${today}::date and ${weekEnd}::date)::int`,
        overdue: sql<number>`count(*) filter (where ${effectiveDue} < ${today}::date)::int`,
      })
      .from(requests)
      .where(and(eq(requests.organisationId, org.id), isNull(requests.closedAt)));
    if (!counts || Number(counts.open) === 0) continue;
    if (!(await claimDaily(db, `digest:${org.id}`, today))) continue;
    run.organisations++;
    const lines = await db
      .select({ reference: requests.reference, due: effectiveDue })
      .from(requests)
      .where(and(eq(requests.organisationId, org.id), isNull(requests.closedAt)))
      .orderBy(asc(effectiveDue), asc(requests.id))
      .limit(opts.maxLines ?? 30);
    const handlers = await recipientsFor(db, { organisationId: org.id, assigneeId: null });
    await db.transaction(async (tx) => {
      for (const h of handlers) {
        const overdueWord = { fi: "myöhässä", sv: "försenad", en: "overdue" }[h.locale];
        await enqueueEmail(tx, {
          template: "staff_daily_digest",
          locale: h.locale,
          to: h.email,
          organisationId: org.id,
          vars: {
            organisationName: org.name,
            openCount: String(counts.open),
            dueThisWeekCount: String(counts.week),
            overdueCount: String(counts.overdue),
            portalUrl: staffQueueUrl(),
            recipientName: h.name ?? "",
            digestLines: lines
              .map((l) => `- ${l.reference} · ${formatDate(String(l.due), h.locale)}${String(l.due) < today ? ` (${overdueWord})` : ""}`)
              .join("\n"),
          },
        });
        run.emails++;
      }
    });
  }
  return run;
}

/**
 * What the in-process worker calls every few minutes (lib/jobs/workers.ts): reminders and pause reminders
 * each time (they are idempotent), the digest once a Helsinki day from 07:00 on.
 */
export async function runScheduledReminders(db: Db, now: Date = new Date()) {
  const today = toHelsinkiDate(now);
  const reminders = await runReminders(db, today);
  const paused = await runPauseReminders(db, today);
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Helsinki", hour: "2-digit", hourCycle: "h23" }).format(now));
  const digest = hour >= 7 ? await runDailyDigest(db, today) : { organisations: 0, emails: 0 };
  return { reminders, paused, digest };
}
