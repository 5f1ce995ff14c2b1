import { describe, expect, it } from "vitest";
import { historyRows } from "@/lib/reports/pdf";
import type { ReportHead } from "@/lib/reports/report-data";

const head = (history: ReportHead["history"]) => ({ locale: "fi", history }) as ReportHead;
const at = (h: number) => `2026-03-0${h}T10:00:00.000Z`;

describe("the report's history lines", () => {
  it("shows a run of the same step once, with its first and last time", () => {
    const rows = historyRows(
      head([
        { at: at(1), action: "request_filed", label: "Pyyntö vastaanotettu" },
        { at: at(2), action: "report_generated", label: "Selvitys laadittu" },
        { at: at(3), action: "report_generated", label: "Selvitys laadittu" },
        { at: at(4), action: "report_generated", label: "Selvitys laadittu" },
        { at: at(5), action: "status_completed", label: "Tila: valmis" },
      ]),
    );
    expect(rows.map((r) => r[1])).toEqual(["Pyyntö vastaanotettu", "Selvitys laadittu", "Tila: valmis"]);
    expect(rows[1][0]).toBe("2.3.2026 klo 12.00 – 4.3.2026 klo 12.00");
    expect(rows[0][0]).toBe("1.3.2026 klo 12.00");
  });

  it("keeps a step that comes back after another one", () => {
    const rows = historyRows(
      head([
        { at: at(1), action: "a", label: "A" },
        { at: at(2), action: "b", label: "B" },
        { at: at(3), action: "a", label: "A" },
      ]),
    );
    expect(rows.map((r) => r[1])).toEqual(["A", "B", "A"]);
  });
});
