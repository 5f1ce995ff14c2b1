import type { OrganisationSettings } from "../db/types";
import { DEFAULT_IDENTITY_LEVELS } from "../requests/constants";

/** Paused requests: chase the subject after this many days, then tell staff (issue 11; admin-editable). */
export const DEFAULT_PAUSE_REMINDER_DAYS = 7;
export const DEFAULT_PAUSE_STAFF_DAYS = 14;

/**
 * The settings a new organisation starts with (PRODUCT.md §4, §5 defaults; LEGAL.md §1: the clock starts
 * at receipt). The organisation's admin changes them afterwards. A fresh object each call.
 */
export function defaultOrganisationSettings(): OrganisationSettings {
  return {
    clockStart: "receipt",
    pauseClock: true,
    identityLevels: { ...DEFAULT_IDENTITY_LEVELS },
    specialCategoryReportLevel: 3,
    internalTargetDays: 21,
    reminderDays: [7, 2],
    reportLifetimeDays: 30,
    closedRequestRetentionYears: 3,
  };
}
