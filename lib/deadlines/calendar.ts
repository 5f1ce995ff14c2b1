/**
 * Calendar arithmetic on ISO dates ("YYYY-MM-DD").
 *
 * Legal deadlines are counted in whole calendar days (GDPR Art. 12(3) read with Reg. 1182/71
 * Art. 3), so they are handled as plain dates with no time of day and no time zone. Everything here
 * works on year/month/day integers or on `Date.UTC` values, never on local-time `Date` methods:
 * that way the result cannot depend on the server's time zone or on a daylight-saving change.
 * Turning an instant into the Helsinki calendar day is done once, in `toHelsinkiDate` (compute.ts).
 */

export type IsoDate = string;

export type DateParts = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Is the year a Gregorian leap year? */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Does the year/month/day triple name a real calendar day? (e.g. 2001-02-29 does not) */
export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= getDaysInMonth(year, month)
  );
}

/** Is the string a well-formed ISO date naming a day that exists? */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isValidDateParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Split an ISO date into integers; throws RangeError on anything that is not a real day. */
export function parseIsoDate(value: IsoDate): DateParts {
  const m = ISO_DATE.exec(value);
  const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!parts || !isValidDateParts(parts.year, parts.month, parts.day)) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
  return parts;
}

/** Build an ISO date from integers (zero-padded). */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidDateParts(year, month, day)) throw new RangeError(`Invalid date ${year}-${month}-${day}`);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 (a pure day count, via UTC so no DST or zone offset can creep in). */
function toDayNumber(value: IsoDate): number {
  const { year, month, day } = parseIsoDate(value);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date `days` calendar days later (negative: earlier). */
export function addDays(value: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs whole days, got ${days}`);
  return fromDayNumber(toDayNumber(value) + days);
}

/**
 * The same day number `months` months later; if that day does not exist in the target month, the
 * last day of that month (31 Jan + 1 month → 28 Feb, or 29 Feb in a leap year). This is how
 * Reg. 1182/71 Art. 3(2)(c) counts a period in months and what LEGAL.md §1 requires.
 */
export function addMonthsClamped(value: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonthsClamped needs whole months, got ${months}`);
  const { year, month, day } = parseIsoDate(value);
  const zeroBased = year * 12 + (month - 1) + months;
  const y = Math.floor(zeroBased / 12);
  const m = zeroBased - y * 12 + 1;
  return formatIsoDate(y, m, Math.min(day, getDaysInMonth(y, m)));
}

/** ISO weekday: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export function getWeekday(value: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = toDayNumber(value);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Is the date a Saturday or Sunday? */
export function isWeekend(value: IsoDate): boolean {
  return getWeekday(value) >= 6;
}

/** -1 if a is before b, 0 if the same day, 1 if after (usable as an Array.sort comparator). */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The earlier of two dates. */
export function pickEarlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** The later of two dates. */
export function pickLaterDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}
