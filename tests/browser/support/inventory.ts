import fs from "node:fs";
import path from "node:path";

// What the app serves, generated rather than listed by hand (issue 9): every page.tsx and route.ts
// under app/ (with its dynamic segments), and every server action in the build's manifest. The
// matrix and the hostile-input tests compare their tables against these lists, so a new route or
// action without an entry fails a test that names it.

const root = path.resolve(import.meta.dirname, "../../..");
export type AppRoute = { kind: "page" | "route"; pattern: string; methods: string[]; file: string };
export type ServerAction = { id: string; key: string };

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export function appRoutes(): AppRoute[] {
  const out: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        // Private folders (_components) are not routes; route groups "(x)" add no URL segment.
        if (e.name.startsWith("_") || e.name.startsWith("@")) continue;
        walk(p, /^\(.*\)$/.test(e.name) ? segments : [...segments, e.name]);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(e.name) || /^route\.(ts|js)$/.test(e.name)) {
        const kind = e.name.startsWith("page") ? "page" : "route";
        const src = fs.readFileSync(p, "utf8");
        const methods =
          kind === "page"
            ? ["GET"]
            : METHODS.filter((m) => new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${m}\\b|export\\s*\\{[^}]*\\b${m}\\b`).test(src));
        out.push({ kind, pattern: `/${segments.join("/")}`, methods, file: path.relative(root, p) });
      }
    }
  };
  walk(path.join(root, "app"), []);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** "GET /staff/requests/[id]" — the key a matrix entry is listed under. */
export const routeKeys = (routes = appRoutes()) => routes.flatMap((r) => r.methods.map((m) => `${m} ${r.pattern}`));

export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  return Object.entries(manifest.node as Record<string, { exportedName: string; filename: string }>)
    .map(([id, v]) => ({ id, key: `${v.filename}#${v.exportedName}` }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Does a concrete path belong to a pattern ("/staff/requests/[id]" ← "/staff/requests/abc")? */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const re = pattern
    .split("/")
    .map((s) => (/^\[\.\.\..+\]$/.test(s) ? ".+" : /^\[.+\]$/.test(s) ? "[^/]+" : s.replace(/[.*+?^${}()|\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${re}$`).test(pathname.split("?")[0]);
}
