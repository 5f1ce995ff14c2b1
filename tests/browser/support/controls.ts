import { authenticator } from "otplib";
import { expect } from "vitest";
import type { RunningApp } from "./app";
import { ACTIONS, type ActionCtx, type ActionEntry } from "./action-table";
import { serverActions } from "./inventory";
import { ACCOUNTS, ROLES, type Role, type Sessions } from "./roles";
import { callAction, succeeded, type ActionReply } from "./server-action";
import { expectCell, requestRoute } from "./route-check";
import { ORG_X, REG_X, REQ_A, type RouteEntry } from "./route-table";

// Shared by the matrix and the hostile-input tests: the positive controls (one valid call per route and
// per action succeeds) and the denials of the action table.

export const actionIds = () => new Map(serverActions().map((a) => [a.key, a.id]));

export function makeActionCtx(app: RunningApp, sessions: Sessions, openA: string, known: string[]): ActionCtx {
  let lastStep = Math.floor(Date.now() / 30_000); // the sign-ins may have used the current step
  return {
    openA,
    known,
    callAs: async (role, key, input) => callAction(app, actionIds().get(key)!, input, sessions[role]?.cookie),
    fetchAs: async (role, path) => (await fetch(`${app.url}${path}`, { headers: sessions[role] ? { cookie: sessions[role]!.cookie } : {} })).text(),
    totpCode: async () => {
      // Each time step is accepted once per account: wait for one nobody has used.
      while (Math.floor(Date.now() / 30_000) <= lastStep) await new Promise((r) => setTimeout(r, 500));
      lastStep = Math.floor(Date.now() / 30_000);
      return authenticator.generate(ACCOUNTS.staffX.totpSecret);
    },
  };
}

const describeReply = (r: ActionReply) => `${r.status} ${r.result ? JSON.stringify(r.result).slice(0, 300) : r.body.slice(0, 300)}${r.redirect ? ` → ${r.redirect}` : ""}`;

/** The roles that must not succeed with the entry's input. */
export const deniedRoles = (e: ActionEntry): Role[] => (e.allowed === "public" ? [] : ROLES.filter((r) => !(e.allowed as Role[]).includes(r)));

export async function expectActionDenied(app: RunningApp, sessions: Sessions, ctx: ActionCtx, key: string, id: string, role: Role): Promise<void> {
  const e = ACTIONS[key];
  const r = await callAction(app, id, await e.input(ctx), sessions[role]?.cookie);
  const what = `${role} → ${key}: ${describeReply(r)}`;
  expect(r.status, `${what}: never a 5xx`).toBeLessThan(500);
  expect((e.succeeds ?? succeeded)(r), `${what}: must not succeed`).toBe(false);
  // A denial is the authorisation's doing: the valid input passed parsing.
  if (r.result && r.result.ok === false) expect(r.result.code, `${what}: denied for the wrong reason`).not.toBe("invalid_input");
}

export async function expectActionPositive(app: RunningApp, sessions: Sessions, ctx: ActionCtx, key: string, id: string): Promise<ActionReply> {
  const e = ACTIONS[key];
  if (e.positiveElsewhere) return { status: 0, body: "", result: null, redirect: null };
  const role: Role = e.positive?.role ?? (e.allowed === "public" ? "anon" : (e.allowed as Role[])[0]);
  const input = await (e.positive?.input ?? e.input)(ctx);
  const r = await callAction(app, id, input, sessions[role]?.cookie);
  expect((e.succeeds ?? succeeded)(r), `${role} → ${key}: the positive control must succeed: ${describeReply(r)}`).toBe(true);
  await e.after?.(r, ctx);
  return r;
}

/** A route's positive control: its first allow (or redirect) cell, for that role. */
export async function expectRoutePositive(app: RunningApp, sessions: Sessions, key: string, entry: RouteEntry): Promise<void> {
  for (const c of entry.cases) {
    const i = [...c.cells].findIndex((x) => x === "A" || x === "R");
    if (i < 0) continue;
    const role = ROLES[i];
    const r = await requestRoute(app, c, sessions[role]?.cookie);
    expectCell(app, c.cells[i] as "A" | "R", c, r, role, `${role} (positive control of ${key})`);
    return;
  }
  expect(entry.noPositive, `${key}: no allow cell and no reason why`).toBeTruthy();
}

/**
 * What both files need from the seed: a real, released report of subject A (X's staff reopen her
 * completed access request TKL-2026-0001 — reports are generated and released on open requests only —
 * generate the JSON report and release it), and an open request of A (filed over the API).
 */
export async function prepareFixtures(app: RunningApp, s: Sessions): Promise<{ reportA: string; openA: string }> {
  const ids = actionIds();
  const run = async (key: string, f: Record<string, string>) => {
    const r = await callAction(app, ids.get(`lib/workflow/actions.ts#${key}`)!, { form: f }, s.staffX!.cookie);
    expect(succeeded(r), `${key} on A's request: ${describeReply(r)}`).toBe(true);
  };
  await run("reopenAction", { requestId: REQ_A, reason: "Uusi raportti pyydetty." });
  await run("generateReportAction", { requestId: REQ_A, "formats.json": "on" });
  const page = await (await fetch(`${app.url}/staff/requests/${REQ_A}`, { headers: { cookie: s.staffX!.cookie } })).text();
  const reportA = page.match(/\/reports\/([0-9a-f-]{36})\/download/)?.[1] ?? "";
  expect(reportA, "the generated report is listed on the request page").not.toBe("");
  await run("releaseReportAction", { requestId: REQ_A, reportId: reportA });
  const filed = await fetch(`${app.url}/api/v1/requests`, {
    method: "POST",
    headers: { cookie: s.subjectA!.cookie, "content-type": "application/json", origin: app.url },
    body: JSON.stringify({ type: "portability", organisationId: ORG_X, registerIds: [REG_X], formats: ["csv"], confirmDuplicate: true }),
  });
  expect(filed.status, "A files an open request").toBe(201);
  return { reportA, openA: ((await filed.json()) as { data: { id: string } }).data.id };
}
