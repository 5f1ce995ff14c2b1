import { describe, expect, it } from "vitest";
import {
  computeEasterSunday,
  finnishHolidays,
  isHolidayCode,
  isWorkingDay,
  nextWorkingDay,
  type HolidayCode,
} from "@/lib/deadlines/holidays";

const dateOf = (year: number, code: HolidayCode) => finnishHolidays(year).find((h) => h.code === code)?.date;

describe("Easter (Gregorian computus)", () => {
  it.each([
    [2000, "2000-04-23"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"], // latest possible
    [2285, "2285-03-22"], // earliest possible
  ])("%i → %s", (year, easter) => {
    expect(computeEasterSunday(year)).toBe(easter);
    expect(dateOf(year, "easter_sunday")).toBe(easter);
  });
});

describe("finnishHolidays(2026)", () => {
  it("lists the movable feasts relative to Easter", () => {
    expect(dateOf(2026, "good_friday")).toBe("2026-04-03");
    expect(dateOf(2026, "easter_monday")).toBe("2026-04-06");
    expect(dateOf(2026, "ascension_day")).toBe("2026-05-14");
    expect(dateOf(2026, "whit_sunday")).toBe("2026-05-24");
  });
  it("puts Midsummer and All Saints' Day on the right weekend", () => {
    expect(dateOf(2026, "midsummer_eve")).toBe("2026-06-19");
    expect(dateOf(2026, "midsummer_day")).toBe("2026-06-20");
    expect(dateOf(2026, "all_saints_day")).toBe("2026-10-31");
    expect(dateOf(2025, "midsummer_eve")).toBe("2025-06-20");
    expect(dateOf(2025, "all_saints_day")).toBe("2025-11-01");
    expect(dateOf(2027, "midsummer_eve")).toBe("2027-06-25");
    expect(dateOf(2027, "all_saints_day")).toBe("2027-11-06");
  });
  it("has 15 sorted holidays with stable, unique codes", () => {
    const list = finnishHolidays(2026);
    expect(list).toHaveLength(15);
    expect(new Set(list.map((h) => h.code)).size).toBe(15);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    expect(list.every((h) => isHolidayCode(h.code))).toBe(true);
    expect(list[0]).toEqual({ date: "2026-01-01", code: "new_years_day" });
  });
});

describe("working days", () => {
  it("treats weekends and holidays as non-working", () => {
    expect(isWorkingDay("2026-03-05")).toBe(true); // Thursday
    expect(isWorkingDay("2026-03-07")).toBe(false); // Saturday
    expect(isWorkingDay("2026-04-06")).toBe(false); // Easter Monday
    expect(isWorkingDay("2026-12-24")).toBe(false); // Christmas Eve (default: counts)
    expect(isWorkingDay("2026-06-19")).toBe(false); // Midsummer Eve (default: counts)
  });
  it("lets settings exclude Midsummer Eve and Christmas Eve", () => {
    const opts = { exclude: ["midsummer_eve", "christmas_eve"] as HolidayCode[] };
    expect(finnishHolidays(2026, opts).map((h) => h.code)).not.toContain("midsummer_eve");
    expect(finnishHolidays(2026, opts)).toHaveLength(13);
    expect(isWorkingDay("2026-12-24", opts)).toBe(true);
    expect(isWorkingDay("2026-06-19", opts)).toBe(true);
    expect(nextWorkingDay("2026-06-19", opts)).toBe("2026-06-19");
    expect(nextWorkingDay("2026-06-19")).toBe("2026-06-22");
    // Excluding does not mutate the shared list.
    expect(finnishHolidays(2026)).toHaveLength(15);
  });
  it("supports extra non-working dates", () => {
    expect(isWorkingDay("2026-03-05", { extraDates: ["2026-03-05"] })).toBe(false);
    expect(nextWorkingDay("2026-03-05", { extraDates: ["2026-03-05"] })).toBe("2026-03-06");
  });
  it("nextWorkingDay returns the same day or the first working day after", () => {
    expect(nextWorkingDay("2026-03-05")).toBe("2026-03-05");
    expect(nextWorkingDay("2026-04-03")).toBe("2026-04-07");
    expect(nextWorkingDay("2026-12-24")).toBe("2026-12-28");
    expect(nextWorkingDay("2026-12-31")).toBe("2026-12-31");
    expect(nextWorkingDay("2027-01-01")).toBe("2027-01-04");
  });
});
