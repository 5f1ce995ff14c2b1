import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addMonthsClamped, compareDates, daysBetween, formatIsoDate } from "@/lib/deadlines/calendar";
import { isWorkingDay } from "@/lib/deadlines/holidays";
import { computeDeadline, computeExtendedDeadline } from "@/lib/deadlines/compute";

// A random receipt day between 2000-01-01 and 2100-12-31.
const START = "2000-01-01";
const SPAN = daysBetween(START, "2100-12-31");
const receiptDate = fc.integer({ min: 0, max: SPAN }).map((n) => addDays(START, n));

describe("deadline properties", () => {
  it("dueOn is a working day on or after the one-month date, less than a week later", () => {
    fc.assert(
      fc.property(receiptDate, fc.integer({ min: 0, max: 60 }), (receivedOn, pausedDays) => {
        const oneMonth = addMonthsClamped(receivedOn, 1);
        const { baseDueOn, dueOn } = computeDeadline({ receivedOn, pausedDays });
        expect(baseDueOn).toBe(addDays(oneMonth, pausedDays));
        expect(compareDates(dueOn, oneMonth)).toBeGreaterThanOrEqual(0);
        expect(isWorkingDay(dueOn)).toBe(true);
        const shift = daysBetween(baseDueOn, dueOn);
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThan(7);
      }),
      { numRuns: 1000 },
    );
  });

  it("the extended due date is a working day, ≥ dueOn and ≤ receipt + 3 months + a few days", () => {
    fc.assert(
      fc.property(receiptDate, (receivedOn) => {
        const { baseDueOn, dueOn } = computeDeadline({ receivedOn });
        const extended = computeExtendedDeadline({ receivedOn, baseDueOn });
        expect(isWorkingDay(extended)).toBe(true);
        expect(compareDates(extended, dueOn)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(addMonthsClamped(receivedOn, 3), extended)).toBeLessThan(7);
      }),
      { numRuns: 1000 },
    );
  });

  it("the one-month date keeps the day number or is the month's last day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate());
        const received = formatIsoDate(y, m, day);
        const oneMonth = addMonthsClamped(received, 1);
        const [, , od] = oneMonth.split("-").map(Number);
        const lastOfNext = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
        expect(od).toBe(Math.min(day, lastOfNext));
      }),
      { numRuns: 500 },
    );
  });
});
