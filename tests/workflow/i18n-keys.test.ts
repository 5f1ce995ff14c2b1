import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { namespaces } from "@/lib/i18n/namespaces";

/**
 * Every literal message key the staff and admin pages use exists in all three languages, and the staff and
 * admin message files have exactly the same keys in fi, sv and en. (Pages cannot be rendered in vitest;
 * this catches the typical break — a missing key — without a browser.)
 */
const ROOTS = ["app/staff", "app/admin"];
const FILES = ["staff", "admin"];

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function lookup(messages: Record<string, unknown>, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, k) => (node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined), messages);
}

function keysOf(obj: unknown, prefix = ""): string[] {
  if (!obj || typeof obj !== "object") return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe("staff and admin messages", () => {
  const used: Array<{ file: string; ns: string; key: string; prefix: boolean }> = [];
  for (const file of ROOTS.flatMap((r) => walk(path.resolve(r)))) {
    const src = fs.readFileSync(file, "utf8");
    for (const [, v, ns] of src.matchAll(/const (\w+) = (?:await )?(?:getTranslations|useTranslations)\("(\w+)"\)/g)) {
      for (const m of src.matchAll(new RegExp(`\\b${v}(?:\\.has)?\\(\\s*([\`"])([^\`"]+)\\1`, "g"))) {
        const raw = m[2];
        const prefix = raw.includes("${");
        used.push({ file: path.relative(process.cwd(), file), ns, key: prefix ? raw.slice(0, raw.indexOf("${")).replace(/\.$/, "") : raw, prefix });
      }
    }
  }

  it("finds the pages", () => {
    expect(used.length).toBeGreaterThan(100);
  });

  for (const locale of ["fi", "sv", "en"] as const) {
    it(`has every used key in ${locale}`, () => {
      const missing = used
        .filter((u) => {
          const found = lookup(namespaces[locale] as Record<string, unknown>, u.key ? `${u.ns}.${u.key}` : u.ns);
          return u.prefix ? !found || typeof found !== "object" : typeof found !== "string";
        })
        .map((u) => `${u.file}: ${u.ns}.${u.key}`);
      expect([...new Set(missing)]).toEqual([]);
    });
  }

  it("fi, sv and en files have the same keys", () => {
    for (const f of FILES) {
      const read = (l: string) => {
        const p = path.resolve(`lib/i18n/messages/${l}/${f}.json`);
        return fs.existsSync(p) ? keysOf(JSON.parse(fs.readFileSync(p, "utf8"))).sort() : [];
      };
      expect(read("sv")).toEqual(read("fi"));
      expect(read("en")).toEqual(read("fi"));
    }
  });

  it("every staff and admin message is valid ICU in its language", () => {
    // Every placeholder gets a number: fine for plain arguments and for plurals alike.
    const anyValues = new Proxy({}, { get: () => 2, has: () => true }) as Record<string, number>;
    for (const f of FILES) {
      for (const l of ["fi", "sv", "en"]) {
        const p = path.resolve(`lib/i18n/messages/${l}/${f}.json`);
        if (!fs.existsSync(p)) continue;
        const json = JSON.parse(fs.readFileSync(p, "utf8"));
        for (const k of keysOf(json)) {
          const msg = lookup(json, k) as string;
          expect(() => new IntlMessageFormat(msg, l).format(anyValues), `${l}/${f}: ${k}`).not.toThrow();
        }
      }
    }
  });
});
