import { addDays, daysLeft, daysOverdue, deadlineBadge, getWeekday, type DeadlineBadge } from "../deadlines";

export type DeadlineView = { daysLeft: number; badge: DeadlineBadge; daysOverdue: number };

/** The days-left badge of PRODUCT.md §5 for a request's effective due date, seen from Helsinki's today. */
export function viewDeadline(today: string, effectiveDue: string): DeadlineView {
  const left = daysLeft(today, effectiveDue);
  return { daysLeft: left, badge: deadlineBadge(left), daysOverdue: daysOverdue(left) };
}

/** Sunday of the ISO week containing `today`: "due this week" means today … that Sunday. */
export function endOfWeek(today: string): string {
  return addDays(today, 7 - getWeekday(today));
}
