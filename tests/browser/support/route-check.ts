import { expect } from "vitest";
import type { RunningApp } from "./app";
import type { Cell, RouteCase } from "./route-table";
import type { Role } from "./roles";

export type RouteReply = { status: number; location: string | null; body: string };

export async function requestRoute(app: RunningApp, c: RouteCase, cookie?: string): Promise<RouteReply> {
  const headers: Record<string, string> = { accept: "text/html,application/json", ...(cookie ? { cookie } : {}) };
  let body: string | undefined;
  if (c.method === "POST") {
    headers.origin = app.url;
    if (typeof c.body === "string") {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = c.body;
    } else {
      headers["content-type"] = "application/json";
      body = JSON.stringify(c.body);
    }
  }
  const res = await fetch(`${app.url}${c.path}`, { method: c.method ?? "GET", headers, body, redirect: "manual" });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}

const pathOf = (location: string | null, base: string) => (location ? new URL(location, base).pathname : null);

/** One cell of the matrix, asserted with a message that names the role, the URL and the marker. */
export function expectCell(app: RunningApp, cell: Cell, c: RouteCase, r: RouteReply, role: Role, who: string = role): void {
  const what = `${who} ${c.method ?? "GET"} ${c.path} [${c.marker}] → ${r.status}${r.location ? ` ${r.location}` : ""}`;
  expect(r.status, `${what}: never a 5xx`).toBeLessThan(500);
  const to = pathOf(r.location, app.url);
  if (cell === "A") {
    expect(r.status >= 200 && r.status < 300, `${what}: allowed, expected 2xx`).toBe(true);
    expect(r.body.includes(c.marker), `${what}: allowed, the marker must be in the body`).toBe(true);
    return;
  }
  if (cell === "R") {
    const want = typeof c.to === "string" ? c.to : c.to?.[role];
    expect(r.status >= 300 && r.status < 400 && to === want, `${what}: expected a redirect to ${want}`).toBe(true);
    return;
  }
  expect(r.body.includes(c.marker), `${what}: must not read the marker`).toBe(false);
  if (cell === "D") {
    const denied = [401, 403, 404].includes(r.status) || (r.status >= 300 && r.status < 400 && (to === "/sign-in" || to === "/staff/mfa"));
    expect(denied, `${what}: expected 401/403/404 or a redirect to sign-in / the second factor`).toBe(true);
  }
}
