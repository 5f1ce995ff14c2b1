import { describe, expect, it } from "vitest";
import { breakLines } from "@/lib/reports/pdf-text";

// One point per character: easy to reason about.
const measure = (t: string) => t.length;

describe("line breaking for the report PDF", () => {
  it("breaks at spaces and keeps every word", () => {
    const lines = breakLines("aaa bbb ccc ddd", 8, measure);
    expect(lines.map((l) => l.text)).toEqual(["aaa bbb", "ccc ddd"]);
    expect(lines[0].width).toBe(7);
  });

  it("keeps explicit line breaks and empty lines", () => {
    expect(breakLines("a\n\nb", 10, measure).map((l) => l.text)).toEqual(["a", "", "b"]);
    expect(breakLines("", 10, measure)).toHaveLength(1);
  });

  it("breaks a word longer than the line between characters", () => {
    const lines = breakLines("x verylongaddress@example.fi y", 6, measure);
    expect(lines.map((l) => l.text).join("").replace(/ /g, "")).toBe("xverylongaddress@example.fiy");
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(6);
  });

  it("gives each line its words as drawn: the line's text in pieces, without its trailing spaces", () => {
    for (const text of ["aaa bbb ccc ddd", "a  b   c    d", " lead and trail  ", "tab\there and there", "x verylongaddress@example.fi y", "one\r\ntwo  \nthree"]) {
      for (const width of [3, 6, 9, 40]) {
        for (const l of breakLines(text, width, measure)) {
          if (l.words) expect(l.words.join(""), JSON.stringify([text, width])).toBe(l.text);
          if (l.text.includes("\t")) expect(l.words).toBeUndefined();
        }
      }
    }
  });
});
