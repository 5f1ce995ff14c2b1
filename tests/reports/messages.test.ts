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
});
