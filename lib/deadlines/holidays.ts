/**
 * Finnish public holidays and working days (LEGAL.md §1).
 *
 * Why: when the last day of the GDPR Art. 12(3) period falls on a Saturday, Sunday or public
 * holiday, the period ends at the end of the next working day (Reg. 1182/71 Art. 3(4), as the EDPB
 * applies it in Guidelines 01/2022). "Public holiday" means the holidays of the member state where
 * the act is to be done, so this list is Finland's.
 *
 * The list is data rather than logic because whether Midsummer Eve and Christmas Eve count is
 * debated: the default follows the Act on computing time limits (150/1930), which treats them as
 * non-working days, and an organisation setting can drop them through `exclude`.
 */
import { addDays, formatIsoDate, getWeekday, isWeekend, parseIsoDate, type IsoDate } from "./calendar";

export const HOLIDAY_CODES = [
  "new_years_day",
  "epiphany",
  "good_friday",
  "easter_sunday",
  "easter_monday",
  "may_day",
  "ascension_day",
  "whit_sunday",
  "midsummer_eve",
  "midsummer_day",
  "all_saints_day",
  "independence_day",
  "christmas_eve",
  "christmas_day",
  "st_stephens_day",
] as const;

/** Stable identifier of a holiday (safe to store in settings and to translate in the UI). */
export type HolidayCode = (typeof HOLIDAY_CODES)[number];

export type Holiday = { date: IsoDate; code: HolidayCode };

export type HolidayOptions = {
  /** Holidays that do NOT count as non-working days for this organisation (e.g. "christmas_eve"). */
  exclude?: readonly HolidayCode[];
  /** Extra non-working dates (ISO), e.g. a one-off public holiday decided by law. */
  extraDates?: readonly IsoDate[];
};

/** Is the string one of the known holiday codes? (for validating settings) */
export function isHolidayCode(value: string): value is HolidayCode {
  return (HOLIDAY_CODES as readonly string[]).includes(value);
}

/**
 * Easter Sunday by the Gregorian computus (the "anonymous Gregorian algorithm", Meeus/Jones/Butcher).
 * Finland's movable feasts (Good Friday … Whit Sunday) all hang off this date.
 */
export function computeEasterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

/** The first date in [from, from + 6] with the given ISO weekday (1 = Mon … 7 = Sun). */
function findWeekdayOnOrAfter(from: IsoDate, isoWeekday: number): IsoDate {
  const offset = (isoWeekday - getWeekday(from) + 7) % 7;
  return addDays(from, offset);
}

const cache = new Map<number, readonly Holiday[]>();

/** Every Finnish public holiday of a year, before any organisation exclusions. */
function buildHolidays(year: number): readonly Holiday[] {
  const easter = computeEasterSunday(year);
  const fixed = (month: number, day: number) => formatIsoDate(year, month, day);
  const list: Holiday[] = [
    { date: fixed(1, 1), code: "new_years_day" },
    { date: fixed(1, 6), code: "epiphany" },
    { date: addDays(easter, -2), code: "good_friday" },
    { date: easter, code: "easter_sunday" },
    { date: addDays(easter, 1), code: "easter_monday" },
    { date: fixed(5, 1), code: "may_day" },
    { date: addDays(easter, 39), code: "ascension_day" },
    { date: addDays(easter, 49), code: "whit_sunday" },
    // Midsummer Eve is the Friday 19–25 June, Midsummer Day the Saturday 20–26 June.
    { date: findWeekdayOnOrAfter(fixed(6, 19), 5), code: "midsummer_eve" },
    { date: findWeekdayOnOrAfter(fixed(6, 20), 6), code: "midsummer_day" },
    // All Saints' Day is the Saturday between 31 October and 6 November.
    { date: findWeekdayOnOrAfter(fixed(10, 31), 6), code: "all_saints_day" },
    { date: fixed(12, 6), code: "independence_day" },
    { date: fixed(12, 24), code: "christmas_eve" },
    { date: fixed(12, 25), code: "christmas_day" },
    { date: fixed(12, 26), code: "st_stephens_day" },
  ];
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return Object.freeze(list.map((h) => Object.freeze(h)));
}

/**
 * Finnish public holidays of `year`, sorted by date, without the codes in `options.exclude`.
 * `options.extraDates` are not listed here (they have no code); they only affect `isWorkingDay`.
 */
export function finnishHolidays(year: number, options: HolidayOptions = {}): Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Year outside the Gregorian range this module supports: ${year}`);
  }
  let all = cache.get(year);
  if (!all) {
    all = buildHolidays(year);
    cache.set(year, all);
  }
  const excluded = new Set(options.exclude ?? []);
  return all.filter((h) => !excluded.has(h.code)).map((h) => ({ ...h }));
}

/** The holiday falling on `date` (after exclusions), or null. */
export function findHoliday(date: IsoDate, options: HolidayOptions = {}): Holiday | null {
  const { year } = parseIsoDate(date);
  return finnishHolidays(year, options).find((h) => h.date === date) ?? null;
}

/**
 * A working day is neither a Saturday, a Sunday, a Finnish public holiday (after exclusions) nor
 * one of `options.extraDates`. Saturdays and Sundays are never working days, whatever the options:
 * Reg. 1182/71 Art. 3(4) names them explicitly.
 */
export function isWorkingDay(date: IsoDate, options: HolidayOptions = {}): boolean {
  if (isWeekend(date)) return false;
  if (options.extraDates?.includes(date)) return false;
  return findHoliday(date, options) === null;
}

/**
 * `date` itself if it is a working day, otherwise the first working day after it
 * (Reg. 1182/71 Art. 3(4): a period ending on a non-working day ends on the next working day).
 */
export function nextWorkingDay(date: IsoDate, options: HolidayOptions = {}): IsoDate {
  let current = date;
  // Finland never has more than a handful of consecutive non-working days; the bound only guards
  // against a misconfigured `extraDates` list.
  for (let i = 0; i < 366; i++) {
    if (isWorkingDay(current, options)) return current;
    current = addDays(current, 1);
  }
  throw new RangeError(`No working day within a year after ${date}: check the holiday settings`);
}
