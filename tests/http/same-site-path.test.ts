import { describe, expect, it } from "vitest";
import { toSameSitePath } from "@/lib/http/same-site-path";

// Finding 11: the language switcher's `back` may only lead to a path on this site.
const base = "https://omatieto.example";

describe("toSameSitePath", () => {
  it.each([
    "/",
    "/my/requests",
    "/organisations/tkl/privacy?x=1#top",
    "/sign-in/check-email",
  ])("keeps the same-site path %s", (back) => {
    expect(toSameSitePath(back, base)).toBe(back);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "\t/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/evil.example",
    "https://evil.example",
    "http://omatieto.example/",
    "https:evil.example",
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "/my//../evil",
    "///evil.example",
    "evil.example",
    " /evil",
    "",
    "/" + "a".repeat(2001),
  ])("turns %j into /", (back) => {
    expect(toSameSitePath(back, base)).toBe("/");
  });

  it("ignores what is not a string", () => {
    expect(toSameSitePath(undefined, base)).toBe("/");
    expect(toSameSitePath(null, base)).toBe("/");
  });
});
