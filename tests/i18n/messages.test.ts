import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { namespaces } from "@/lib/i18n/namespaces";

function flatten(obj: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object") Object.assign(out, flatten(v, key));
    else out[key] = String(v);
  }
  return out;
}

const dir = path.join(process.cwd(), "lib/i18n/messages");

describe("translations", () => {
  it("every message file exists in fi, sv and en with the same keys", () => {
    const files = (l: string) => fs.readdirSync(path.join(dir, l)).sort();
    expect(files("sv")).toEqual(files("fi"));
    expect(files("en")).toEqual(files("fi"));
    for (const f of files("fi")) {
      const read = (l: string) => flatten(JSON.parse(fs.readFileSync(path.join(dir, l, f), "utf8")));
      const fi = Object.keys(read("fi")).sort();
      expect(Object.keys(read("sv")).sort(), `sv/${f}`).toEqual(fi);
      expect(Object.keys(read("en")).sort(), `en/${f}`).toEqual(fi);
    }
  });

  it("every message file is registered and no value is empty", () => {
    const registered = flatten(namespaces.fi);
    const onDisk = fs.readdirSync(path.join(dir, "fi")).flatMap((f) => Object.keys(flatten(JSON.parse(fs.readFileSync(path.join(dir, "fi", f), "utf8")))));
    for (const k of onDisk) expect(registered, k).toHaveProperty([k]);
    for (const l of ["fi", "sv", "en"] as const) {
      for (const [k, v] of Object.entries(flatten(namespaces[l]))) expect(v.trim(), `${l}:${k}`).not.toBe("");
    }
  });

  it("placeholders match across languages", () => {
    const fi = flatten(namespaces.fi);
    const ph = (s: string) => [...new Set(s.match(/\{\s*(\w+)\s*(?=[,}])/g) ?? [])].map((m) => m.replace(/[{\s]/g, "")).sort().join(",");
    for (const l of ["sv", "en"] as const) {
      const other = flatten(namespaces[l]);
      for (const [k, v] of Object.entries(fi)) expect(ph(other[k] ?? ""), `${l}:${k}`).toBe(ph(v));
    }
  });
});
