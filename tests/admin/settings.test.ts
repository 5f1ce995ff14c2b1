/**
 * Settings (issue 10 item 5): validation with translated codes, holiday exceptions that move the
 * internal target and reminders but never the legal deadline (LEGAL.md §1), saved per organisation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, type Org } from "../workflow/fixtures";
import { reason } from "../support/refusal";
import type { DbHandle } from "@/lib/db/client";
import { organisations } from "@/lib/db/schema";
import { updateSettings } from "@/lib/admin/queries";
import { settingsSchema } from "@/lib/admin/schema";
import { datesFor } from "@/lib/deadlines";
import fi from "@/lib/i18n/messages/fi/staff.json";
import sv from "@/lib/i18n/messages/sv/staff.json";
import en from "@/lib/i18n/messages/en/staff.json";
import errorsFi from "@/lib/i18n/messages/fi/errors.json";

let h: DbHandle;
let x: Org;
let y: Org;
beforeAll(async () => {
  h = await createTestDb();
  x = await createOrg(h.db, "STX");
  y = await createOrg(h.db, "STY");
});
afterAll(async () => h?.close());

const form = (organisationId: string, over: Record<string, string> = {}) => ({
  organisationId, clockStart: "receipt", pauseClock: "on",
  levels: { access: "2", rectification: "2", erasure: "3", restriction: "2", objection: "1", consent_withdrawal: "1", portability: "2" },
  specialCategoryReportLevel: "3", internalTargetDays: "21", reminderDays: "7, 2", reportLifetimeDays: "30", closedRequestRetentionYears: "3",
  ...over,
});

describe("validation", () => {
  it.each([
    ["internalTargetDays", "0", "number_range"],
    ["reportLifetimeDays", "abc", "number_range"],
    ["reminderDays", "seven", "reminder_days_format"],
    ["closureDates", "24.13.2026", "closure_dates_format"],
    ["pauseReminderDays", "0", "number_range"],
    ["pauseStaffDays", "91", "number_range"],
    ["closureDates", "2026-02-30", "closure_dates_format"],
    ["clockStart", "whenever", "required"],
  ])("%s = %j is refused with %s, which every language translates", (field, value, code) => {
    const r = settingsSchema.safeParse(form(x.id, { [field]: value }));
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toContain(code);
    const known = (m: { staffErrors: Record<string, string> }) => code in m.staffErrors || code in errorsFi.errors;
    expect([fi, sv, en].every(known)).toBe(true);
  });
  it("an identity level outside 1–3 is refused", () => {
    expect(settingsSchema.safeParse(form(x.id, { levels: { ...form(x.id).levels, erasure: "4" } } as never)).success).toBe(false);
  });
});

describe("saving", () => {
  it("closure days typed as d.m.yyyy are stored as ISO dates; the pause reminder days are saved", async () => {
    const input = settingsSchema.parse(form(y.id, { closureDates: "24.12.2026; 2026-12-31", pauseReminderDays: "5", pauseStaffDays: "10" }));
    expect(input.closureDates).toEqual(["2026-12-24", "2026-12-31"]);
    await updateSettings(h.db, y.admin, input);
    const [org] = await h.db.select().from(organisations).where(eq(organisations.id, y.id));
    expect(org.settings).toMatchObject({ closureDates: ["2026-12-24", "2026-12-31"], pauseReminderDays: 5, pauseStaffDays: 10 });
  });

  it("saves levels, closures and the public holidays worked, for the admin's organisation only", async () => {
    const input = settingsSchema.parse({ ...form(x.id, { closureDates: "2026-12-31, 2026-12-30 2026-12-30" }), holidayExclude: { christmas_eve: "on" } });
    const changed = await updateSettings(h.db, x.admin, input);
    expect(changed).toEqual(expect.arrayContaining(["identityLevels", "closureDates", "holidayExclude"]));
    const [org] = await h.db.select().from(organisations).where(eq(organisations.id, x.id));
    expect(org.settings).toMatchObject({ closureDates: ["2026-12-30", "2026-12-31"], holidayExclude: ["christmas_eve"], identityLevels: { erasure: 3 } });
    expect(await reason(updateSettings(h.db, y.admin, input))).toBe("not_found");
    expect(await reason(updateSettings(h.db, x.staff, input))).toBe("forbidden");
  });
});

describe("holiday exceptions in the deadline (LEGAL.md §1)", () => {
  const base = { internalTargetDays: 21 };
  it("a closure moves the internal target, never the legal deadline", () => {
    const plain = datesFor(base, "2026-12-01");
    const closed = datesFor({ ...base, closureDates: ["2026-12-22"] }, "2026-12-01");
    expect(plain.targetOn).toBe("2026-12-22");
    expect(closed.targetOn).toBe("2026-12-23");
    expect(closed.dueOn).toBe(plain.dueOn);
  });
  it("Christmas Eve counted as a working day (a setting) ends the legal period on it", () => {
    expect(datesFor(base, "2026-11-24").dueOn).toBe("2026-12-28");
    expect(datesFor({ ...base, holidayExclude: ["christmas_eve"] }, "2026-11-24").dueOn).toBe("2026-12-24");
  });
});
