/**
 * The legal deadline of a data-subject request (LEGAL.md §1).
 *
 * GDPR Art. 12(3): answer "without undue delay and in any event within one month of receipt",
 * extendable once "by two further months where necessary". The month is counted as Reg. 1182/71
 * Art. 3(2)(c) counts it (same day number, clamped to the month's last day), and a period that ends
 * on a Saturday, Sunday or public holiday ends on the next working day (Art. 3(4)). While the
 * controller waits for the subject to resolve reasonable doubts about identity (Art. 12(6)) or to
 * specify the request (Recital 63), the clock is suspended (EDPB Guidelines 01/2022 v2).
 *
 * Everything here is pure: "now" is always a parameter, so the same inputs give the same dates in
 * tests, in the request handler and in the nightly reminder job.
 */
import {
  addDays,
  addMonthsClamped,
  compareDates,
  daysBetween,
  pickEarlierDate,
  type IsoDate,
} from "./calendar";
import { nextWorkingDay, type HolidayOptions } from "./holidays";

export const HELSINKI_TIME_ZONE = "Europe/Helsinki";

/** Default internal target ("without undue delay" makes one month a ceiling, not a goal). */
export const DEFAULT_TARGET_DAYS = 21;

const helsinkiFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: HELSINKI_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The calendar day an instant falls on in Helsinki. The period starts on the day of receipt as the
 * subject experiences it, so a portal submission at 2026-03-04T23:30:00Z (01:30 on 5 March in
 * Helsinki) is received on 2026-03-05, whatever the server's time zone.
 */
export function toHelsinkiDate(instant: Date): IsoDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("toHelsinkiDate needs a valid Date");
  }
  const parts = helsinkiFormatter.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export type DeadlineInput = {
  /** The Helsinki calendar day the clock starts (receipt, or verification if that setting is on). */
  receivedOn: IsoDate;
  /** Calendar days the clock has been paused so far (EDPB 01/2022); 0 when the setting is off. */
  pausedDays?: number;
  holidayOptions?: HolidayOptions;
};

export type Deadline = {
  /** One month after receipt (clamped) plus paused days, before the working-day shift. */
  baseDueOn: IsoDate;
  /** The legal limit: `baseDueOn`, or the next working day if that is a weekend or holiday. */
  dueOn: IsoDate;
};

function checkPausedDays(pausedDays: number): number {
  if (!Number.isInteger(pausedDays) || pausedDays < 0) {
    throw new RangeError(`pausedDays must be a whole number ≥ 0, got ${pausedDays}`);
  }
  return pausedDays;
}

/**
 * The one-month deadline. Paused days are added to the one-month date *before* the working-day
 * shift, as LEGAL.md §1 prescribes: received 2025-03-05, paused 10 days → 2025-04-05 + 10 =
 * 2025-04-15, a Tuesday, so due 2025-04-15.
 */
export function computeDeadline({ receivedOn, pausedDays = 0, holidayOptions = {} }: DeadlineInput): Deadline {
  const baseDueOn = addDays(addMonthsClamped(receivedOn, 1), checkPausedDays(pausedDays));
  return { baseDueOn, dueOn: nextWorkingDay(baseDueOn, holidayOptions) };
}

export type ExtendedDeadlineInput = DeadlineInput & {
  /**
   * `baseDueOn` as returned by `computeDeadline` with the same `pausedDays` (stored on the request
   * because the extension counts from it). Optional: derived from `receivedOn` when omitted.
   */
  baseDueOn?: IsoDate;
};

/**
 * The deadline after the one Art. 12(3) extension by two further months.
 *
 * It is the earlier of (receipt + 3 months) and (the one-month date before its working-day shift
 * + 2 months), each clamped to the month's end, then shifted to a working day. The two differ only
 * at month ends (31 Jan → 30 Apr vs 28 Apr); the earlier one is the safe reading.
 *
 * Pause — our choice: the pause suspends the clock for the whole period, so the paused days are
 * added once, to the earlier candidate computed from the *unpaused* dates, before the working-day
 * shift (the same rule as for the one-month date). This keeps the extension exactly "one month +
 * two months + paused days" and makes one more paused day move the limit by exactly one day; adding
 * months to an already-paused date would instead jump at month ends. Concretely the unpaused
 * one-month date is `baseDueOn - pausedDays`; if the given `baseDueOn` came from a later clock
 * start than `receivedOn`, the receipt + 3 months candidate still caps the result (fail-safe).
 */
export function computeExtendedDeadline({
  receivedOn,
  baseDueOn,
  pausedDays = 0,
  holidayOptions = {},
}: ExtendedDeadlineInput): IsoDate {
  const paused = checkPausedDays(pausedDays);
  const oneMonthOn = baseDueOn ? addDays(baseDueOn, -paused) : addMonthsClamped(receivedOn, 1);
  const threeMonthsOn = addMonthsClamped(receivedOn, 3);
  const oneMonthPlusTwoOn = addMonthsClamped(oneMonthOn, 2);
  const earlier = pickEarlierDate(threeMonthsOn, oneMonthPlusTwoOn);
  return nextWorkingDay(addDays(earlier, paused), holidayOptions);
}

/**
 * The internal target date: receipt + `days` calendar days (organisation setting
 * `internalTargetDays`, default 21), moved forward to a working day like the legal limit so that
 * the target never asks staff to finish on a weekend or holiday. It is a goal, not the legal limit;
 * a setting larger than a month can put it after `dueOn`, which the caller should cap if it matters.
 */
export function computeTargetOn(
  receivedOn: IsoDate,
  days: number = DEFAULT_TARGET_DAYS,
  holidayOptions: HolidayOptions = {},
): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  return nextWorkingDay(addDays(receivedOn, days), holidayOptions);
}

/**
 * Art. 12(3): the extension is decided and notified, with reasons, within the first month, and
 * only once. So it is allowed while no extension exists and `today` is on or before the (shifted)
 * first due date — the deadline runs to the end of that day, Helsinki time.
 */
export function canExtend({
  today,
  dueOn,
  extendedDueOn,
}: {
  today: IsoDate;
  dueOn: IsoDate;
  extendedDueOn?: IsoDate | null;
}): boolean {
  return !extendedDueOn && compareDates(today, dueOn) <= 0;
}

/**
 * Whole calendar days a pause lasted, counted on Helsinki calendar days: asked on 2025-03-06,
 * answered on 2025-03-16 → 10 days. A pause that starts and ends on the same day adds nothing;
 * a reversed pair (clock skew) counts as 0 rather than shortening the deadline.
 */
export function pausedDaysBetween(pausedSince: Date, resumedAt: Date): number {
  return Math.max(0, daysBetween(toHelsinkiDate(pausedSince), toHelsinkiDate(resumedAt)));
}

/**
 * Days left until the deadline (0 on the due day itself, since the deadline is the end of that
 * day; negative once it has passed).
 */
export function daysLeft(today: IsoDate, effectiveDueOn: IsoDate): number {
  return daysBetween(today, effectiveDueOn);
}

export type DeadlineBadge = "green" | "amber" | "red" | "overdue";

/** Colour of the deadline badge: ≥ 10 green, 5–9 amber, 0–4 red, negative overdue. */
export function deadlineBadge(daysLeftCount: number): DeadlineBadge {
  if (daysLeftCount < 0) return "overdue";
  if (daysLeftCount < 5) return "red";
  if (daysLeftCount < 10) return "amber";
  return "green";
}

/** Days overdue for an "overdue" badge (= -daysLeft), 0 when not overdue. */
export function daysOverdue(daysLeftCount: number): number {
  return daysLeftCount < 0 ? -daysLeftCount : 0;
}

/** The date that binds now: the extended due date once the one extension is granted. */
export function effectiveDueOn(request: { dueOn: IsoDate; extendedDueOn?: IsoDate | null }): IsoDate {
  return request.extendedDueOn ?? request.dueOn;
}
