import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { appRoutes, matchesPattern, routeKeys, serverActions } from "./support/inventory";
import { ROLES, closeRoles, signInRoles, type Sessions } from "./support/roles";
import { ORG_X, ORG_Y, REG_Y, REF_A, SPECIAL_A, expandRouteTable, routeTable, type RouteCtx } from "./support/route-table";
import { expectCell, requestRoute } from "./support/route-check";
import { ACTIONS, type ActionCtx } from "./support/action-table";
import { actionIds, deniedRoles, expectActionDenied, expectActionPositive, makeActionCtx, prepareFixtures } from "./support/controls";

// Issue 9: the authorisation matrix over EVERY route and server action. The lists come from the app/
// tree and the build's server-action manifest (support/inventory.ts); the expectations from
// support/route-table.ts and support/action-table.ts. A route or action without an entry fails a test
// that names it. Roles: anonymous, subject A (X), subject B (Y), staff before TOTP, staff of X without
// the special-category permission, staff of X, admin of X, admin of Y.

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let s: Sessions;
const rctx: RouteCtx = { reportA: "" };
let actx: ActionCtx;
const ids = actionIds();

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
  s = await signInRoles(browser, app, smtp);
  const f = await prepareFixtures(app, s);
  rctx.reportA = f.reportA;
  actx = makeActionCtx(app, s, f.openA, [f.reportA]);
}, 400_000);
afterAll(async () => {
  await closeRoles(s ?? {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

describe("every route is in the matrix", () => {
  const table = routeTable({ reportA: "r" });
  it("finds the routes in app/", () => expect(appRoutes().length).toBeGreaterThan(30));
  it.each(routeKeys())("%s has a matrix entry", (key) => {
    expect(table[key], `no matrix entry for ${key}: add it to tests/browser/support/route-table.ts`).toBeDefined();
  });
  it("every matrix entry is a route of app/, and every case URL matches its pattern", () => {
    const keys = new Set(routeKeys());
    for (const [key, e] of Object.entries(table)) {
      expect(keys.has(key), `stale matrix entry ${key}`).toBe(true);
      for (const c of e.cases) expect(matchesPattern(key.split(" ")[1], c.path), `${c.path} is not ${key}`).toBe(true);
    }
  });
});

describe("routes × roles", () => {
  // Built lazily: the report id is known only after beforeAll.
  const cases = expandRouteTable(routeTable({ reportA: "REPORT" }));
  it.each(cases.map((c, i) => [`${c.role} ${c.method ?? "GET"} ${c.path.replace("REPORT", "<A's report>")} [${c.marker}] → ${c.cell}`, i] as const))("%s", async (_name, i) => {
    const c = { ...cases[i], path: cases[i].path.replace("REPORT", rctx.reportA) };
    const r = await requestRoute(app, c, s[c.role]?.cookie);
    expectCell(app, c.cell, c, r, c.role);
  });
});

describe("the report download over HTTP, with real sessions and A's real report", () => {
  const get = (role: keyof Sessions, accept = "application/json") =>
    fetch(`${app.url}/reports/${rctx.reportA}/download`, { headers: { accept, ...(s[role] ? { cookie: s[role]!.cookie } : {}) }, redirect: "manual" });
  it("subject A downloads her report: an attachment, never cached, with her own data", async () => {
    const res = await get("subjectA");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="omatieto-${REF_A}.json"`);
    const text = await res.text();
    expect(text).toContain("Virtanen");
    expect(text).toContain(SPECIAL_A); // A is at level 3: her special-category notes are hers to read
    expect(() => JSON.parse(text)).not.toThrow();
  });
  it("subject B and Y's admin get 404, anonymous is sent to sign-in, staff before TOTP gets nothing", async () => {
    for (const role of ["subjectB", "adminY", "staffPreMfa"] as const) {
      const res = await get(role);
      expect(res.status, role).toBe(404);
      expect(await res.text()).not.toContain("Virtanen");
    }
    const anon = await get("anon");
    expect([302, 303, 307]).toContain(anon.status);
    expect(new URL(anon.headers.get("location")!, app.url).pathname).toBe("/sign-in");
  });
  it("staff of X without the special-category permission do not get A's special-category notes", async () => {
    const res = await get("staffNoSpecial");
    expect(res.status).toBeLessThan(500);
    expect(await res.text()).not.toContain(SPECIAL_A);
    expect([403, 404]).toContain(res.status);
  });
  it("a malformed report id is a 404 in the reader's language, never a 500", async () => {
    const res = await fetch(`${app.url}/reports/not-a-uuid/download`, { headers: { cookie: s.subjectA!.cookie, accept: "text/html" }, redirect: "manual" });
    expect(res.status).toBe(404);
    const sv = await fetch(`${app.url}/reports/not-a-uuid/download`, { headers: { cookie: "NEXT_LOCALE=sv", accept: "text/html" }, redirect: "manual" });
    expect(sv.status).toBe(404);
    expect(await sv.text()).toContain("Redogörelsen hittades inte");
  });
});

describe("filing across organisations", () => {
  it("a subject filing with another organisation by id gets none of its records back", async () => {
    const res = await fetch(`${app.url}/api/v1/requests`, {
      method: "POST",
      headers: { cookie: s.subjectA!.cookie, "content-type": "application/json", origin: app.url },
      body: JSON.stringify({ type: "access", organisationId: ORG_Y, registerIds: [REG_Y], formats: ["pdf"], confirmDuplicate: true }),
    });
    // Filing is allowed (anyone may ask), but no record of B is attached and nothing of B is returned.
    expect([201, 400, 403, 404, 429]).toContain(res.status);
    expect(await res.text()).not.toContain("Wallin");
  });
});

describe("every server action is in the matrix", () => {
  const manifest = serverActions();
  it("finds the actions in the build", () => expect(manifest.length).toBeGreaterThan(40));
  it.each(manifest.map((a) => a.key))("%s has a matrix entry", (key) => {
    expect(ACTIONS[key], `no matrix entry for the server action ${key}: add it to tests/browser/support/action-table.ts`).toBeDefined();
  });
  it("every matrix entry is an action of the build", () => {
    for (const key of Object.keys(ACTIONS)) expect(ids.has(key), `stale action entry ${key}`).toBe(true);
  });
});

/** What X's and Y's staff see of requests, staff and people: the denials must leave it unchanged. */
async function visibleState() {
  const text = async (role: "adminX" | "adminY" | "staffX", path: string) => (await fetch(`${app.url}${path}`, { headers: { cookie: s[role]!.cookie } })).text();
  const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[0]).sort().join(" ");
  return {
    // The accountability export: status, assignee, due dates, pauses, closing, rejection, forwarding.
    exportX: await text("adminX", "/staff/export"),
    exportY: await text("adminY", "/staff/export"),
    staffX: all(await text("adminX", `/admin/organisations/${ORG_X}/staff`), /[\w.+-]+@[\w-]+\.[\w.]+/g),
    staffY: all(await text("adminY", `/admin/organisations/${ORG_Y}/staff`), /[\w.+-]+@[\w-]+\.[\w.]+/g),
    personsX: all(await text("staffX", "/staff/persons"), /\/staff\/persons\/[0-9a-f-]{36}/g),
    personsY: all(await text("adminY", "/staff/persons"), /\/staff\/persons\/[0-9a-f-]{36}/g),
  };
}

describe("server actions × roles: the wrong roles never succeed", () => {
  let before: Awaited<ReturnType<typeof visibleState>>;
  it("(what staff see before the denials)", async () => {
    before = await visibleState();
    expect(before.exportX).toContain(REF_A);
  });
  const cells = Object.entries(ACTIONS).flatMap(([key, e]) => deniedRoles(e).map((role) => [`${role} → ${key}`, key, role] as const));
  it.each(cells)("%s is refused", async (_n, key, role) => {
    if (!ids.has(key)) return; // reported by the inventory test above
    await expectActionDenied(app, s, actx, key, ids.get(key)!, role);
  });
  it("the denials changed no request, staff membership or person record", async () => {
    const after = await visibleState();
    for (const k of Object.keys(before) as Array<keyof typeof before>) expect(after[k], `${k} changed`).toBe(before[k]);
  });
});

describe("server actions: the allowed role succeeds (positive control)", () => {
  it.each(Object.keys(ACTIONS))("%s", async (key) => {
    if (!ids.has(key)) return;
    await expectActionPositive(app, s, actx, key, ids.get(key)!);
  });
});

it("the matrix roles are the eight of the issue", () => expect(ROLES).toHaveLength(8));
