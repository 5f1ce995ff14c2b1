import { describe, expect, it } from "vitest";
import { hetuChecksumChar, maskHetu, validateHetu, type HetuError } from "@/lib/identity/hetu";

const TODAY = "2026-03-05";

describe("validateHetu — LEGAL.md §5 valid codes", () => {
  it.each([
    ["131052-308T", "1952-10-13", false],
    ["010594Y9021", "1994-05-01", true],
    ["020502E902X", "2002-05-02", true],
    ["010101A123N", "2001-01-01", false],
  ] as const)("%s is valid (born %s, temporary %s)", (code, birthDate, temporary) => {
    expect(validateHetu(code, TODAY)).toEqual({ ok: true, birthDate, temporary, normalised: code });
  });

  it("accepts lower case and surrounding whitespace, normalising them", () => {
    expect(validateHetu("  131052-308t \n", TODAY)).toEqual({
      ok: true,
      birthDate: "1952-10-13",
      temporary: false,
      normalised: "131052-308T",
    });
    expect(validateHetu("020502e902x", TODAY)).toMatchObject({ ok: true, normalised: "020502E902X" });
  });

  it("accepts a Date as today (Helsinki day)", () => {
    expect(validateHetu("131052-308T", new Date("2026-03-04T23:30:00Z")).ok).toBe(true);
  });
});

describe("validateHetu — LEGAL.md §5 invalid codes", () => {
  it.each([
    ["311299-999A", "checksum"], // check should be E
    ["290200A9876", "checksum"], // 29 Feb 2000 exists; check is wrong
    ["150360+123K", "checksum"],
    ["310201A123X", "date"], // no 31 Feb (the wrong check is not reached)
    ["131052Z308T", "century_sign"], // no such sign
    ["131052-308U", "checksum"],
    ["290201A9014", "date"], // no 29 Feb 2001
    ["131052A308T", "future"], // born 2052
  ] as const)("%s → %s", (code, error) => {
    expect(validateHetu(code, TODAY)).toEqual({ ok: false, error });
  });

  it("311299-999 has check character E", () => {
    expect(hetuChecksumChar("311299999")).toBe("E");
    expect(validateHetu("311299-999E", TODAY)).toMatchObject({ ok: true, temporary: true, birthDate: "1999-12-31" });
  });
});

describe("validateHetu — one error per kind of mistake", () => {
  const withCheck = (head: string, sign: string, zzz: string) =>
    `${head}${sign}${zzz}${hetuChecksumChar(`${head}${zzz}`)}`;

  it.each([
    ["", "format"],
    ["131052-308", "format"],
    ["131052-308TT", "format"],
    ["13105a-308T", "format"],
    ["131052-3O8T", "format"],
    ["131052 308T", "format"],
    ["131052-308!", "format"],
    ["131052*308T", "century_sign"],
    ["320152-308T", "date"],
    ["001352-308T", "date"],
    [withCheck("010101", "A", "000"), "individual_number"],
    [withCheck("010101", "A", "001"), "individual_number"],
    ["131052-308G", "checksum"], // G is never a check character
  ] as [string, HetuError][])("%j → %s", (code, error) => {
    expect(validateHetu(code, TODAY)).toEqual({ ok: false, error });
  });

  it("accepts every century sign", () => {
    for (const sign of ["-", "Y", "X", "W", "V", "U"]) {
      expect(validateHetu(`131052${sign}308T`, TODAY)).toMatchObject({ ok: true, birthDate: "1952-10-13" });
    }
    for (const sign of ["A", "B", "C", "D", "E", "F"]) {
      expect(validateHetu(withCheck("010101", sign, "123"), TODAY)).toMatchObject({ ok: true, birthDate: "2001-01-01" });
    }
    expect(validateHetu(withCheck("010199", "+", "123"), TODAY)).toMatchObject({ ok: true, birthDate: "1899-01-01" });
  });

  it("flags 900–999 as temporary, 002–899 as permanent", () => {
    expect(validateHetu(withCheck("010101", "A", "002"), TODAY)).toMatchObject({ ok: true, temporary: false });
    expect(validateHetu(withCheck("010101", "A", "899"), TODAY)).toMatchObject({ ok: true, temporary: false });
    expect(validateHetu(withCheck("010101", "A", "900"), TODAY)).toMatchObject({ ok: true, temporary: true });
    expect(validateHetu(withCheck("010101", "A", "999"), TODAY)).toMatchObject({ ok: true, temporary: true });
  });

  it("a birth date of today is not in the future; tomorrow is", () => {
    expect(validateHetu(withCheck("050326", "A", "123"), TODAY).ok).toBe(true);
    expect(validateHetu(withCheck("060326", "A", "123"), TODAY)).toEqual({ ok: false, error: "future" });
  });
});

describe("maskHetu", () => {
  it("keeps the birth date and century sign only", () => {
    expect(maskHetu("131052-308T")).toBe("131052-****");
    expect(maskHetu(" 020502e902x ")).toBe("020502E****");
  });
  it("hides malformed input entirely", () => {
    expect(maskHetu("131052-30")).toBe("***********");
  });
});
