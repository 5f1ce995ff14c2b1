import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import fi from "@/lib/i18n/messages/fi/reports.json";
import sv from "@/lib/i18n/messages/sv/reports.json";
import en from "@/lib/i18n/messages/en/reports.json";
import { fill, formatDateTime, labelOf, reportMessages } from "@/lib/reports/messages";

function leaves(obj: unknown, prefix = ""): Array<[string, string]> {
  if (typeof obj === "string") return [[prefix, obj]];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe("reports messages", () => {
  it("fi, sv and en have exactly the same keys, no dots in keys, and every message parses as ICU", () => {
    const keys = (m: unknown) => leaves(m).map(([k]) => k).sort();
    expect(keys(sv)).toEqual(keys(fi));
    expect(keys(en)).toEqual(keys(fi));
    for (const [locale, messages] of Object.entries({ fi, sv, en })) {
      for (const [key, text] of leaves(messages)) {
        expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
      }
    }
  });

  it("fills placeholders, labels dotted and underscored audit codes alike, and formats Helsinki times", () => {
    const m = reportMessages("sv");
    expect(fill(m.page, { n: 3 })).toBe("Sida 3");
    expect(labelOf(m.actions, "request.assigned")).toBe(m.actions.request_assigned);
    expect(labelOf(m.actions, "request_filed")).toBe(m.actions.request_filed);
    expect(labelOf(m.actions, "something.new")).toBe(m.actions.other);
    // 23:30 UTC on 4 March is 01:30 on 5 March in Helsinki (LEGAL.md §1).
    expect(formatDateTime("2026-03-04T23:30:00Z", "fi")).toBe("5.3.2026 klo 01.30");
    expect(formatDateTime("2026-07-01T09:05:00Z", "en")).toBe("1 July 2026, 12:05");
    expect(formatDateTime("2026-07-01T09:05:00Z", "sv")).toBe("1.7.2026 kl. 12.05");
  });

  it("formats Helsinki times across the daylight-saving changes as the tz database does", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki", year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    // Every 10 minutes over the two days around each change (29 March, 25 October 2026), each day's first time fresh.
    for (const start of [Date.parse("2026-03-28T00:00:00Z"), Date.parse("2026-10-24T00:00:00Z")]) {
      for (let ms = start; ms < start + 2 * 86_400_000; ms += 600_000) {
        const p = Object.fromEntries(intl.formatToParts(ms).map((x) => [x.type, x.value]));
        expect(formatDateTime(new Date(ms), "fi"), new Date(ms).toISOString()).toBe(`${Number(p.day)}.${Number(p.month)}.${p.year} klo ${p.hour}.${p.minute}`);
      }
    }
  });
});
