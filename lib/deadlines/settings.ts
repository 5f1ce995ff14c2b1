/**
 * An organisation's holiday settings as options of the deadline functions (LEGAL.md §1). Pure.
 *
 * The legal limit moves only for Finnish public holidays (Reg. 1182/71 Art. 3(4)); the organisation
 * may drop the debated ones (Midsummer Eve, Christmas Eve) from that list. Its own closures (e.g. a
 * Christmas Eve closure in a year it counts as a working day, or a closure between the holidays) are
 * not public holidays: they never extend the legal limit, only the internal target.
 */
import type { OrganisationSettings } from "../db/types";
import { computeDeadline, computeTargetOn, DEFAULT_TARGET_DAYS } from "./compute";
import { isHolidayCode, type HolidayOptions } from "./holidays";
import type { IsoDate } from "./calendar";

type HolidaySettings = Pick<OrganisationSettings, "holidayExclude" | "closureDates"> | null | undefined;

/** Options for the legal deadline: public holidays, less the ones the organisation does not count. */
export function legalHolidayOptions(settings: HolidaySettings): HolidayOptions {
  return { exclude: (settings?.holidayExclude ?? []).filter(isHolidayCode) };
}

/** Options for the internal target (and reminders): the legal ones plus the organisation's closures. */
export function targetHolidayOptions(settings: HolidaySettings): HolidayOptions {
  return { ...legalHolidayOptions(settings), extraDates: settings?.closureDates ?? [] };
}

/** Due dates of a request received on `receivedOn`; the target never lies after the legal limit. */
export function datesFor(settings: (HolidaySettings & { internalTargetDays?: number }) | null | undefined, receivedOn: IsoDate, pausedDays = 0) {
  const { baseDueOn, dueOn } = computeDeadline({ receivedOn, pausedDays, holidayOptions: legalHolidayOptions(settings) });
  const target = computeTargetOn(receivedOn, (settings?.internalTargetDays ?? DEFAULT_TARGET_DAYS) + pausedDays, targetHolidayOptions(settings));
  return { receivedOn, baseDueOn, dueOn, targetOn: target > dueOn ? dueOn : target };
}
