import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { organisations, remindersSent, requests } from "../db/schema";
import { daysBetween, toHelsinkiDate } from "../deadlines";
import { enqueueEmail } from "../mail/queries";
import { formatDate, requestTypeLabels } from "@/emails";
import { staffRequestUrl } from "../workflow/urls";
import { listRequestRecipients } from "../organisations/staff-queries";
import { emailSubject } from "../workflow/load-queries";

import { DEFAULT_PAUSE_REMINDER_DAYS, DEFAULT_PAUSE_STAFF_DAYS } from "../organisations/default-settings";
export { DEFAULT_PAUSE_REMINDER_DAYS, DEFAULT_PAUSE_STAFF_DAYS };

/** Which pause reminders a pause of `days` calendar days has earned (pure; both once reached). */
export function pauseReminderKinds(days: number, subjectAfter: number, staffAfter: number): Array<"paused_subject" | "paused_staff"> {
  const out: Array<"paused_subject" | "paused_staff"> = [];
  if (days >= subjectAfter) out.push("paused_subject");
  if (days >= staffAfter) out.push("paused_staff");
  return out;
}

export type PauseReminderRun = { subjects: number; staff: number };

/**
 * Paused requests are not forgotten (issue 11): after `pauseReminderDays` the subject is chased by email
 * (only a link: what is needed stays in the portal), after `pauseStaffDays` the handler (or, unassigned,
 * the organisation's staff) is told. Each goes once per pause: the claim is an INSERT … ON CONFLICT DO
 * NOTHING on reminders_sent keyed by the day the pause began, in the transaction of the emails — several
 * instances, or a rerun after a crash, never send one twice; a new pause earns new reminders.
 */
export async function runPauseReminders(db: Db, today: string): Promise<PauseReminderRun> {
  const run: PauseReminderRun = { subjects: 0, staff: 0 };
  const orgs = await db.select({ id: organisations.id, name: organisations.name, settings: organisations.settings }).from(organisations);
  for (const org of orgs) {
    const subjectAfter = org.settings.pauseReminderDays ?? DEFAULT_PAUSE_REMINDER_DAYS;
    const staffAfter = org.settings.pauseStaffDays ?? DEFAULT_PAUSE_STAFF_DAYS;
    const paused = await db
      .select()
      .from(requests)
      .where(
        and(
          eq(requests.organisationId, org.id),
          isNull(requests.closedAt),
          isNotNull(requests.pausedSince),
          sql`(${requests.pausedSince} at time zone 'Europe/Helsinki')::date <= ${today}::date - ${Math.min(subjectAfter, staffAfter)}::int`,
        ),
      )
      .orderBy(asc(requests.pausedSince), asc(requests.id));
    for (const r of paused) {
      const since = toHelsinkiDate(r.pausedSince!);
      for (const kind of pauseReminderKinds(daysBetween(since, today), subjectAfter, staffAfter)) {
        const sent = await db.transaction(async (tx) => {
          const claim = await tx.insert(remindersSent).values({ requestId: r.id, kind, dueOn: since }).onConflictDoNothing().returning({ id: remindersSent.requestId });
          if (claim.length === 0) return false;
          if (kind === "paused_subject") return emailSubject(tx, r, "paused_reminder");
          const to = await listRequestRecipients(tx, r);
          for (const h of to) {
            await enqueueEmail(tx, {
              template: "staff_paused",
              locale: h.locale,
              to: h.email,
              organisationId: org.id,
              requestId: r.id,
              vars: {
                organisationName: org.name,
                reference: r.reference,
                requestTypeLabel: requestTypeLabels[h.locale][r.type],
                pausedSince: formatDate(since, h.locale),
                requestUrl: staffRequestUrl(r.id),
                recipientName: h.name ?? "",
              },
            });
          }
          return to.length > 0;
        });
        if (sent) run[kind === "paused_subject" ? "subjects" : "staff"]++;
      }
    }
  }
  return run;
}
