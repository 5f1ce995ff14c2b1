/**
 * Issue 9, finding 5: the per-IP limits trusted the first X-Forwarded-For value, which any client can
 * set. The client IP now comes only from getClientIp() (lib/http/client-ip.ts), whose header the
 * server entry sets from the socket or the configured trusted proxy hops. This guard keeps any other
 * module from reading the forgeable headers again; the server entry (lib/cli) is where hops are parsed.
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const ALLOWED = [path.join("lib", "cli") + path.sep, path.join("lib", "http") + path.sep];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx|mjs|js)$/.test(e.name) ? [rel] : [];
  });
}

describe("client IP source", () => {
  it("no module outside the server entry and lib/http reads X-Forwarded-For or X-Real-IP", () => {
    const offenders = [...sources("lib"), ...sources("app"), "proxy.ts"]
      .filter((f) => fs.existsSync(path.join(root, f)) && !ALLOWED.some((a) => f.startsWith(a)))
      .filter((f) => /x-forwarded-for|x-real-ip/i.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
