import { describe, expect, it } from "vitest";
import { pickMessages } from "@/lib/i18n/pick";
import { namespaces } from "@/lib/i18n/namespaces";

describe("pickMessages", () => {
  const messages = { a: { x: "1", y: { z: "2" } }, b: { c: "3", d: "4" }, e: "5" };

  it("keeps only the named namespaces, nested ones as just that part", () => {
    expect(pickMessages(messages, ["a"])).toEqual({ a: { x: "1", y: { z: "2" } } });
    expect(pickMessages(messages, ["b.c", "a.y"])).toEqual({ a: { y: { z: "2" } }, b: { c: "3" } });
    expect(pickMessages(messages, ["a.y", "a", "e"])).toEqual({ a: { x: "1", y: { z: "2" } }, e: "5" });
  });

  it("never changes the messages it picks from, and gives the same object for the same set", () => {
    const before = JSON.stringify(messages);
    const one = pickMessages(messages, ["b.c", "b.d", "a"]);
    pickMessages(messages, ["b", "b.c"]);
    expect(JSON.stringify(messages)).toBe(before);
    expect(pickMessages(messages, ["a", "b.d", "b.c"])).toBe(one);
  });

  it("refuses a namespace that does not exist (a typo would leave a client component without its text)", () => {
    expect(() => pickMessages(messages, ["nope"])).toThrow(/nope/);
    expect(() => pickMessages(namespaces.fi, ["portal.nav", "portal.nope"])).toThrow(/portal\.nope/);
  });
});
