import { describe, expect, it } from "vitest";
import { findKept, keep, MAX_ENTRIES } from "@/lib/organisations/org-cache";

describe("an instance's memory of organisations' rarely changing data", () => {
  it("serves a value only under the version it was kept under", () => {
    const db = {};
    keep(db, "org-1", "v1", "staff", ["a"]);
    expect(findKept(db, "org-1", "v1", "staff")).toEqual(["a"]);
    expect(findKept(db, "org-1", "v2", "staff")).toBeUndefined();
    expect(findKept(db, "org-2", "v1", "staff")).toBeUndefined();
    expect(findKept(db, "org-1", "v1", "processors")).toBeUndefined();
    keep(db, "org-1", "v2", "staff", ["a", "b"]);
    expect(findKept(db, "org-1", "v1", "staff")).toBeUndefined();
    expect(findKept(db, "org-1", "v2", "staff")).toEqual(["a", "b"]);
  });

  it("keeps nothing without a version, and nothing across database handles", () => {
    const one = {};
    const other = {};
    expect(keep(one, "org-1", null, "staff", ["a"])).toEqual(["a"]);
    expect(findKept(one, "org-1", null, "staff")).toBeUndefined();
    keep(one, "org-1", "v1", "staff", ["a"]);
    expect(findKept(other, "org-1", "v1", "staff")).toBeUndefined();
  });

  it("keeps falsy values too (an organisation without staff)", () => {
    const db = {};
    keep(db, "org-1", "v1", "staff", []);
    keep(db, "org-1", "v1", "count", 0);
    expect(findKept(db, "org-1", "v1", "staff")).toEqual([]);
    expect(findKept(db, "org-1", "v1", "count")).toBe(0);
  });

  it("is bounded: the entry kept longest ago goes first", () => {
    const db = {};
    for (let i = 0; i < MAX_ENTRIES; i++) keep(db, `org-${i}`, "v", "staff", i);
    keep(db, "org-0", "v", "staff", 0); // kept again: now the newest
    keep(db, "org-new", "v", "staff", "new");
    expect(findKept(db, "org-0", "v", "staff")).toBe(0);
    expect(findKept(db, "org-1", "v", "staff")).toBeUndefined();
    expect(findKept(db, "org-new", "v", "staff")).toBe("new");
    expect(findKept(db, `org-${MAX_ENTRIES - 1}`, "v", "staff")).toBe(MAX_ENTRIES - 1);
  });
});
