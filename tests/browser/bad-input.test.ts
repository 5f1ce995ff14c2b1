import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import postgres from "postgres";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { closeRoles, signInRoles, type Sessions } from "./support/roles";
import { appRoutes, routeKeys, serverActions as manifestActions } from "./support/inventory";
import { routeTable } from "./support/route-table";
import { ACTIONS, type ActionCtx } from "./support/action-table";
import { actionIds, expectActionPositive, expectRoutePositive, makeActionCtx, prepareFixtures } from "./support/controls";
import { escapeFlight } from "./support/server-action";

// Issue 6 §4: every server action and route handler gets random and hostile input (huge strings,
// wrong types, unicode, SQL and HTML fragments) from anonymous, subject and staff callers: the answer
// is a 4xx or a typed error, never a 500, and nothing half-stored. Issue 9: first a POSITIVE CONTROL —
// for each route and action one valid call by the right role succeeds — so "no 500" cannot pass
// because nothing ran. A route or action without a positive control fails a test that names it.
const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constantFrom("' or 1=1 --", "'); drop table requests; --", "<script>alert(1)</script>", "\u0000", "🦄".repeat(500), "ä".repeat(100_000), "../../etc/passwd", "{{reference}}", "__proto__"),
  fc.uuid(),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(hostileString, tie("value"), { maxKeys: 4 })),
})).value;

type Action = { id: string; name: string };
function serverActions(): Action[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
  return Object.entries(manifest.node as Record<string, { exportedName: string; filename: string }>)
    // Sign-out would end the hostile callers' sessions; the language switcher only sets a cookie.
    .filter(([, v]) => !["signOutAction", "changeLocale"].includes(v.exportedName))
    .map(([id, v]) => ({ id, name: `${v.filename}#${v.exportedName}` }));
}

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let roles: Sessions;
let reportA = "";
let openA = "";
let actx: ActionCtx | undefined;
/** The hostile callers: anonymous, a subject, a staff member with the second factor, an admin. */
const who: Record<string, { cookie: string } | null> = { anon: null };

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
  roles = await signInRoles(browser, app, smtp);
  ({ reportA, openA } = await prepareFixtures(app, roles));
  who.subject = roles.subjectA;
  who.staff = roles.staffX;
  who.admin = roles.adminX;
}, 400_000);
afterAll(async () => {
  await closeRoles(roles ?? {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

describe("positive controls: one valid call per route succeeds", () => {
  const table = routeTable({ reportA: "REPORT" });
  it("finds the routes in app/", () => expect(appRoutes().length).toBeGreaterThan(30));
  it.each(routeKeys())("%s", async (key) => {
    expect(table[key], `no positive control for ${key}: add it to tests/browser/support/route-table.ts`).toBeDefined();
    const entry = { ...table[key], cases: table[key].cases.map((c) => ({ ...c, path: c.path.replace("REPORT", reportA) })) };
    await expectRoutePositive(app, roles, key, entry);
  });
});

describe("positive controls: one valid call per server action succeeds", () => {
  const ids = actionIds();
  it.each(manifestActions().map((a) => a.key))("%s has a positive control", (key) => {
    expect(ACTIONS[key], `no positive control for the server action ${key}: add it to tests/browser/support/action-table.ts`).toBeDefined();
  });
  // In the table's order: some controls prepare the next (a new staff member, then removing it).
  it.each(Object.keys(ACTIONS))("%s succeeds for its role with valid input", async (key) => {
    if (!ids.has(key)) return; // a stale entry: the matrix test names it
    actx ??= makeActionCtx(app, roles, openA, [reportA]);
    await expectActionPositive(app, roles, actx, key, ids.get(key)!);
  });
});

// escapeFlight (support/server-action.ts): a bare "$…" string is a reference in the Flight reply
// format, which Next.js itself rejects with a 500 before any action runs — framework territory.

async function callAction(action: Action, args: unknown[], cookie?: string) {
  args = escapeFlight(args) as unknown[];
  const res = await fetch(`${app.url}/`, {
    method: "POST",
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  return { status: res.status, body: await res.text() };
}

describe("hostile input to every server action", () => {
  const actions = serverActions();
  it("finds the actions in the build", () => expect(actions.length).toBeGreaterThan(10));
  it.each(actions.map((a) => [a.name, a] as const))("%s: never a 500", async (_name, action) => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("anon", "subject", "staff"), fc.array(hostileValue, { minLength: 0, maxLength: 3 }), async (role, args) => {
        const r = await callAction(action, args, who[role]?.cookie);
        expect(r.status, `${action.name} as ${role}`).toBeLessThan(500);
        // A caller who is not signed in never gets "ok": true back, and a subject never succeeds with a
        // staff action (authorisation cells of the matrix for server actions).
        if (role === "anon") expect(r.body).not.toMatch(/"ok":true/);
        if (role === "subject" && /lib\/(workflow|persons|admin)\//.test(action.name)) expect(r.body).not.toMatch(/"ok":true/);
      }),
      { numRuns: 12 },
    );
  });
});

describe("hostile input to route handlers", () => {
  it("POST /api/v1/requests answers 4xx to any malformed body and stores nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("anon", "subject", "staff"), fc.oneof(hostileValue.map((v) => JSON.stringify(v)), hostileString), async (role, body) => {
        const res = await fetch(`${app.url}/api/v1/requests`, { method: "POST", headers: { "content-type": "application/json", ...(who[role] ? { cookie: who[role]!.cookie } : {}) }, body });
        expect([400, 401, 403, 404, 409, 413, 415, 429]).toContain(res.status);
      }),
      { numRuns: 60 },
    );
  });
  // Every GET route of app/ with a dynamic segment (generated, so a new one is covered too).
  const dynamic = appRoutes().filter((r) => r.methods.includes("GET") && /\[/.test(r.pattern));
  const fill = (pattern: string, raw: string) => pattern.replace(/\[(\.\.\.)?[^\]]+\]/g, raw);
  it.each(dynamic.map((r) => r.pattern))("GET %s with hostile ids answers 4xx or a redirect, never 500", async (pattern) => {
    // A malformed id and a malformed percent-escape first (issue 9, finding 10), then random ones.
    for (const raw of ["not-a-uuid", "%ZZ", "%ff"]) {
      for (const role of ["anon", "subject", "staff", "admin"] as const) {
        const url = `${app.url}${fill(pattern, raw)}`;
        const res = await fetch(url, { headers: who[role] ? { cookie: who[role]!.cookie } : {}, redirect: "manual" });
        expect(res.status, `${role} ${url.slice(0, 200)}`).toBeLessThan(500);
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("anon", "subject", "staff"), hostileString, async (role, id) => {
        const url = `${app.url}${fill(pattern, encodeURIComponent(id.slice(0, 2000)))}`;
        const res = await fetch(url, { headers: who[role] ? { cookie: who[role]!.cookie } : {}, redirect: "manual" });
        expect(res.status, url.slice(0, 200)).toBeLessThan(500);
      }),
      { numRuns: 15 },
    );
  });
});

describe("NUL bytes in URLs", () => {
  it.each(["/organisations/%00/privacy", "/my/verify/oidc/%00/start", "/my/requests/new?org=%00&type=access", "/staff/persons?q=%00"])("%s is a 400, not a database error", async (p) => {
    for (const role of ["anon", "subject", "staff"] as const) {
      const res = await fetch(`${app.url}${p}`, { headers: who[role] ? { cookie: who[role]!.cookie } : {}, redirect: "manual" });
      expect(res.status).toBe(400);
    }
  });
});

describe("nothing half-stored", () => {
  it.skipIf(!process.env.DATABASE_URL)("every request has its audit event and every message its request", async () => {
    const sql = postgres(app.databaseUrl!, { max: 1, onnotice: () => {} });
    try {
      expect(await sql`select id from requests r where not exists (select 1 from audit_events a where a.request_id = r.id)`).toHaveLength(0);
      expect(await sql`select id from email_outbox where subject = '' or to_address = ''`).toHaveLength(0);
    } finally {
      await sql.end();
    }
  });
});
