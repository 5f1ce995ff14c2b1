import type { OrganisationSettings } from "../db/types";

/**
 * The settings a new organisation starts with (PRODUCT.md §4, §5 defaults; LEGAL.md §1: the clock starts
 * at receipt). The organisation's admin changes them afterwards. A fresh object each call.
 */
export function defaultOrganisationSettings(): OrganisationSettings {
  return {
    clockStart: "receipt",
    pauseClock: true,
    identityLevels: {
      objection: 1,
      consent_withdrawal: 1,
      access: 2,
      rectification: 2,
      restriction: 2,
      portability: 2,
      erasure: 2,
    },
    specialCategoryReportLevel: 3,
    internalTargetDays: 21,
    reminderDays: [7, 2],
    reportLifetimeDays: 30,
    closedRequestRetentionYears: 3,
  };
}
