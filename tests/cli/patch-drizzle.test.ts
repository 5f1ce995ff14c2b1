import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { entityKind, is, SQL, sql, StringChunk, Param, Column, Table } from "drizzle-orm";
import { PgColumn, PgTable, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { isPatched, patchDrizzle, MARKER } from "@/lib/cli/patch-drizzle.mjs";

const root = path.resolve(__dirname, "../..");

// drizzle-orm 0.45's own check, as it was before the patch: the reference the cached one must agree with.
function isOriginal(value: unknown, type: any): boolean {
  if (!value || typeof value !== "object") return false;
  if (value instanceof type) return true;
  if (!Object.prototype.hasOwnProperty.call(type, entityKind)) throw new Error("not an entity");
  let cls = Object.getPrototypeOf(value).constructor;
  while (cls) {
    if (entityKind in cls && cls[entityKind] === type[entityKind]) return true;
    cls = Object.getPrototypeOf(cls);
  }
  return false;
}

// An object without a prototype makes both throw (a TypeError): the same outcome counts as agreement.
function outcome(check: () => boolean): boolean | "throws" {
  try {
    return check();
  } catch {
    return "throws";
  }
}

describe("drizzle's entity check, cached per prototype (lib/cli/patch-drizzle.mjs)", () => {
  it("is patched in this install", () => {
    expect(isPatched(root)).toBe(true);
  });

  it("answers exactly as drizzle's own check, asked twice, for every pair", () => {
    const things = pgTable("things", { id: uuid("id").primaryKey(), name: text("name") });
    // A class from "another copy of drizzle": the same entity kind, not the same class.
    class CopiedSql {
      static readonly [entityKind] = (SQL as any)[entityKind];
    }
    const values: unknown[] = [
      things, things.id, things.name, sql`select 1`, new StringChunk("x"), new Param(1), new CopiedSql(),
      {}, [], new Date(), "text", 3, null, undefined, Object.create(null),
    ];
    const classes = [SQL, StringChunk, Param, Column, PgColumn, Table, PgTable];
    for (let round = 0; round < 2; round++) {
      for (const v of values) for (const c of classes) expect(outcome(() => is(v, c)), `is ${c.name}`).toBe(outcome(() => isOriginal(v, c)));
    }
    expect(is(new CopiedSql(), SQL)).toBe(true);
    expect(is(things.id, PgColumn)).toBe(true);
    expect(is(things, PgColumn)).toBe(false);
  });

  it("still refuses a class that is not an entity", () => {
    class NotAnEntity {}
    expect(() => is({ a: 1 }, NotAnEntity as any)).toThrow(/doesn't look like a Drizzle entity/);
  });

  it("patches the known source once, and leaves an unknown one as it is", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "patch-drizzle-"));
    try {
      const pkg = path.join(dir, "node_modules", "drizzle-orm");
      fs.mkdirSync(pkg, { recursive: true });
      const original = fs.readFileSync(path.join(root, "node_modules/drizzle-orm/entity.js"), "utf8").replace(/\/\* omatieto[^]*?function isEntity\(value, type\) \{\n  if \(value instanceof type\) \{/, `function is(value, type) {\n  if (!value || typeof value !== "object") {\n    return false;\n  }\n  if (value instanceof type) {`);
      expect(original).not.toContain(MARKER);
      fs.writeFileSync(path.join(pkg, "entity.js"), original);
      fs.writeFileSync(path.join(pkg, "entity.cjs"), "function is(value, type) { return value instanceof type; }\n");
      expect(patchDrizzle(dir)).toEqual([path.join(pkg, "entity.cjs")]);
      const patched = fs.readFileSync(path.join(pkg, "entity.js"), "utf8");
      expect(patched).toContain(MARKER);
      expect(patchDrizzle(dir)).toEqual([path.join(pkg, "entity.cjs")]);
      expect(fs.readFileSync(path.join(pkg, "entity.js"), "utf8")).toBe(patched);
      expect(fs.readFileSync(path.join(pkg, "entity.cjs"), "utf8")).toBe("function is(value, type) { return value instanceof type; }\n");
      expect(isPatched(dir)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
