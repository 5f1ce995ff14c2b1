import { describe, expect, it } from "vitest";
import {
  canExtend,
  computeDeadline,
  computeExtendedDeadline,
  computeTargetOn,
  daysLeft,
  daysOverdue,
  deadlineBadge,
  effectiveDueOn,
  pausedDaysBetween,
  toHelsinkiDate,
} from "@/lib/deadlines";
import { addMonthsClamped, compareDates, daysBetween, getWeekday } from "@/lib/deadlines/calendar";

// LEGAL.md §1 table: received (Helsinki) → due → extended due.
const VECTORS: Array<[received: string, due: string, extended: string, why: string]> = [
  ["2026-03-05", "2026-04-07", "2026-06-05", "5 Apr is Easter Sunday, 6 Apr Easter Monday"],
  ["2026-01-31", "2026-03-02", "2026-04-28", "no 31 Feb → 28 Feb, a Saturday; extension from 28 Feb"],
  ["2024-01-31", "2024-02-29", "2024-04-29", "leap year"],
  ["2026-08-31", "2026-09-30", "2026-11-30", "no 31 Sep"],
  ["2026-11-06", "2026-12-07", "2027-02-08", "6 Dec is Independence Day (a Sunday)"],
  ["2026-12-06", "2027-01-07", "2027-03-08", "6 Jan is Epiphany"],
  ["2026-11-25", "2026-12-28", "2027-02-25", "25–27 Dec: Christmas, St Stephen's, Sunday"],
  ["2026-05-14", "2026-06-15", "2026-08-14", "14 Jun is a Sunday"],
  ["2026-06-19", "2026-07-20", "2026-09-21", "19 Jul is a Sunday"],
  ["2025-12-24", "2026-01-26", "2026-03-24", "24 Jan is a Saturday"],
];

describe("calendar helpers", () => {
  it("clamps month ends", () => {
    expect(addMonthsClamped("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsClamped("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsClamped("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonthsClamped("2026-03-31", -1)).toBe("2026-02-28");
  });
  it("knows weekdays and day differences", () => {
    expect(getWeekday("2026-03-05")).toBe(4); // Thursday
    expect(getWeekday("2026-04-05")).toBe(7); // Sunday
    expect(daysBetween("2025-03-06", "2025-03-16")).toBe(10);
    expect(daysBetween("2026-03-29", "2026-03-30")).toBe(1); // across the EU DST change
    expect(compareDates("2026-01-01", "2025-12-31")).toBe(1);
  });
});

describe("computeDeadline / computeExtendedDeadline (LEGAL.md §1 table)", () => {
  it.each(VECTORS)("received %s → due %s, extended %s (%s)", (received, due, extended) => {
    const deadline = computeDeadline({ receivedOn: received });
    expect(deadline.baseDueOn).toBe(addMonthsClamped(received, 1));
    expect(deadline.dueOn).toBe(due);
    expect(computeExtendedDeadline({ receivedOn: received, baseDueOn: deadline.baseDueOn, pausedDays: 0 })).toBe(
      extended,
    );
    // baseDueOn is optional.
    expect(computeExtendedDeadline({ receivedOn: received })).toBe(extended);
  });

  it("keeps the pre-shift one-month date for 31 Jan", () => {
    expect(computeDeadline({ receivedOn: "2026-01-31" }).baseDueOn).toBe("2026-02-28");
  });

  it("applies holiday exclusions from settings", () => {
    // received 2026-11-24 → 2026-12-24 (Thu): Christmas Eve, Christmas, St Stephen's, Sunday → 28 Dec.
    expect(computeDeadline({ receivedOn: "2026-11-24" }).dueOn).toBe("2026-12-28");
    expect(computeDeadline({ receivedOn: "2026-11-24", holidayOptions: { exclude: ["christmas_eve"] } }).dueOn).toBe(
      "2026-12-24",
    );
  });
});

describe("Helsinki calendar day", () => {
  it("2026-03-04T23:30:00Z is received on 2026-03-05", () => {
    const receivedOn = toHelsinkiDate(new Date("2026-03-04T23:30:00Z"));
    expect(receivedOn).toBe("2026-03-05");
    expect(computeDeadline({ receivedOn }).dueOn).toBe("2026-04-07");
  });
  it("handles summer time (UTC+3)", () => {
    expect(toHelsinkiDate(new Date("2026-06-30T20:59:59Z"))).toBe("2026-06-30");
    expect(toHelsinkiDate(new Date("2026-06-30T21:00:00Z"))).toBe("2026-07-01");
  });
});

describe("pause (EDPB 01/2022)", () => {
  it("received 2025-03-05, asked 2025-03-06, answered 2025-03-16 → 10 days → due 2025-04-15", () => {
    const paused = pausedDaysBetween(new Date("2025-03-06T09:15:00+02:00"), new Date("2025-03-16T18:40:00+02:00"));
    expect(paused).toBe(10);
    const deadline = computeDeadline({ receivedOn: "2025-03-05", pausedDays: paused });
    expect(deadline).toEqual({ baseDueOn: "2025-04-15", dueOn: "2025-04-15" });
    // Extension: 2025-06-05 + 10 days = 2025-06-15 (Sun) → Mon 16 June.
    expect(
      computeExtendedDeadline({ receivedOn: "2025-03-05", baseDueOn: deadline.baseDueOn, pausedDays: paused }),
    ).toBe("2025-06-16");
  });
  it("counts Helsinki days, never negative", () => {
    // 23:30Z on 6 March is already 7 March in Helsinki.
    expect(pausedDaysBetween(new Date("2025-03-06T23:30:00Z"), new Date("2025-03-08T08:00:00Z"))).toBe(1);
    expect(pausedDaysBetween(new Date("2025-03-06T10:00:00Z"), new Date("2025-03-06T15:00:00Z"))).toBe(0);
    expect(pausedDaysBetween(new Date("2025-03-08T10:00:00Z"), new Date("2025-03-06T15:00:00Z"))).toBe(0);
  });
  it("each paused day moves the extended date by one day before the shift", () => {
    expect(computeExtendedDeadline({ receivedOn: "2026-01-31", pausedDays: 1 })).toBe("2026-04-29");
  });
  it("rejects a negative or fractional pause", () => {
    expect(() => computeDeadline({ receivedOn: "2025-03-05", pausedDays: -1 })).toThrow(RangeError);
    expect(() => computeDeadline({ receivedOn: "2025-03-05", pausedDays: 1.5 })).toThrow(RangeError);
  });
});

describe("canExtend", () => {
  it("allows one extension on or before the first due date", () => {
    expect(canExtend({ today: "2026-04-01", dueOn: "2026-04-07" })).toBe(true);
    expect(canExtend({ today: "2026-04-07", dueOn: "2026-04-07", extendedDueOn: null })).toBe(true);
    expect(canExtend({ today: "2026-04-08", dueOn: "2026-04-07" })).toBe(false);
    expect(canExtend({ today: "2026-04-01", dueOn: "2026-04-07", extendedDueOn: "2026-06-05" })).toBe(false);
  });
});

describe("days left and badges", () => {
  it.each([
    [10, "green"],
    [30, "green"],
    [9, "amber"],
    [5, "amber"],
    [4, "red"],
    [0, "red"],
    [-1, "overdue"],
    [-3, "overdue"],
  ] as const)("%i days left → %s", (left, badge) => {
    expect(deadlineBadge(left)).toBe(badge);
  });
  it("counts days overdue", () => {
    expect(daysOverdue(-3)).toBe(3);
    expect(daysOverdue(0)).toBe(0);
  });
  it("counts days left to the effective due date", () => {
    expect(daysLeft("2026-04-07", "2026-04-07")).toBe(0);
    expect(daysLeft("2026-04-10", "2026-04-07")).toBe(-3);
    expect(effectiveDueOn({ dueOn: "2026-04-07", extendedDueOn: null })).toBe("2026-04-07");
    expect(effectiveDueOn({ dueOn: "2026-04-07", extendedDueOn: "2026-06-05" })).toBe("2026-06-05");
    expect(daysLeft("2026-04-10", effectiveDueOn({ dueOn: "2026-04-07", extendedDueOn: "2026-06-05" }))).toBe(56);
  });
});

describe("computeTargetOn", () => {
  it("is receipt + 21 days, shifted forward to a working day", () => {
    expect(computeTargetOn("2026-03-02")).toBe("2026-03-23"); // Monday stays
    expect(computeTargetOn("2026-03-05")).toBe("2026-03-26"); // Thursday stays
    expect(computeTargetOn("2026-03-07")).toBe("2026-03-30"); // Sat 28 Mar → Mon 30 Mar
    expect(computeTargetOn("2026-03-13")).toBe("2026-04-07"); // Good Friday 3 Apr → Easter → Tue 7 Apr
  });
  it("honours a custom number of days", () => {
    expect(computeTargetOn("2026-03-05", 14)).toBe("2026-03-19");
    expect(computeTargetOn("2026-03-20", 14)).toBe("2026-04-07"); // Fri 3 Apr is Good Friday → Tue 7 Apr
  });
});
