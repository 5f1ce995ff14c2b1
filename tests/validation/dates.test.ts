import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/validation/dates";
import { intakeSchema } from "@/lib/workflow/intake-schema";
import { personFieldsSchema } from "@/lib/persons/schema";
import { coerceFieldValue } from "@/lib/workflow/field-values";

// Issue 12 item 7: a date typed the Finnish way is accepted by the shared preprocessor, form and server alike.
describe("dates as people type them", () => {
  it("reads d.m.yyyy, dd.mm.yyyy and yyyy-mm-dd", () => {
    expect(toIsoDate("5.3.1980")).toBe("1980-03-05");
    expect(toIsoDate(" 05.03.1980 ")).toBe("1980-03-05");
    expect(toIsoDate("1980-03-05")).toBe("1980-03-05");
    expect(toIsoDate("1980-3-5")).toBe("1980-03-05");
    expect(toIsoDate("5/3/1980")).toBeNull();
    expect(toIsoDate("maaliskuu")).toBeNull();
  });

  it("the person form and rectification accept 5.3.1980 and refuse a day that does not exist", () => {
    const ok = personFieldsSchema.safeParse({ firstName: "Aino", lastName: "Virtanen", birthDate: "5.3.1980" });
    expect(ok.success && ok.data.birthDate).toBe("1980-03-05");
    const bad = personFieldsSchema.safeParse({ firstName: "Aino", lastName: "Virtanen", birthDate: "31.2.1980" });
    expect(bad.success).toBe(false);
    expect(coerceFieldValue("birthDate", "5.3.1980")).toBe("1980-03-05");
    expect(coerceFieldValue("birthDate", "31.2.1980")).toBeUndefined();
  });

  it("intake's received date accepts d.m.yyyy", () => {
    const r = intakeSchema.safeParse({ organisationId: "x", type: "access", channel: "letter", receivedOn: "2.1.2026", subjectName: "Aino", locale: "fi" });
    const issues = r.success ? [] : r.error.issues.filter((i) => i.path[0] === "receivedOn");
    expect(issues).toEqual([]);
  });
});
