import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { signInAs, type SignedIn } from "./support/sign-in";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { seedId } from "@/lib/seed/ids";

// Issue 6 §3: every route × {anonymous, subject A, subject B, staff of org 1, staff of org 2, admin}.
// "allow" = 200 and the protected content is there; "deny" = a redirect to sign-in, 401, 403 or 404
// and the protected content is NOT in the body. 0 reads across subjects or organisations.
type Role = "anon" | "subjectA" | "subjectB" | "staff1" | "staff2" | "admin";
const ROLES: Role[] = ["anon", "subjectA", "subjectB", "staff1", "staff2", "admin"];

const REF_A = "TKL-2026-0001"; // Aino Virtanen, Turun Kaupunkilähetys
const REF_B = "MLR-2026-0001"; // Markus Wallin, MIELI Länsirannikko
const ID_A = seedId("request", REF_A);
const ID_B = seedId("request", REF_B);
const PERSON_A = seedId("person", "tkl-aino-virtanen");
const PERSON_B = seedId("person", "mlr-markus-wallin");

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const mlr = seedOrganisations.find((o) => o.slug === "mieli-lansirannikko")!;
const staff1 = tkl.staff.find((s) => s.role === "staff" && s.canReadSpecial)!;
const admin1 = tkl.staff.find((s) => s.role === "admin")!;
const staff2 = mlr.staff.find((s) => s.role === "staff" && s.canReadSpecial)!;

type Cell = "allow" | "deny";
const A = "allow" as const;
const D = "deny" as const;
// path, the marker that proves a read, then the expected cell per role in ROLES order.
const MATRIX: Array<[string, string, Cell[]]> = [
  [`/my/requests`, REF_A, [D, A, D, D, D, D]],
  [`/my/requests`, REF_B, [D, D, A, D, D, D]],
  [`/my/requests/${ID_A}`, REF_A, [D, A, D, D, D, D]],
  [`/my/requests/${ID_B}`, REF_B, [D, D, A, D, D, D]],
  [`/api/v1/requests`, REF_A, [D, A, D, D, D, D]],
  [`/api/v1/requests`, REF_B, [D, D, A, D, D, D]],
  [`/staff`, "<main", [D, D, D, A, A, A]],
  [`/staff/requests/${ID_A}`, REF_A, [D, D, D, A, D, A]],
  [`/staff/requests/${ID_B}`, REF_B, [D, D, D, D, A, D]],
  [`/staff/persons/${PERSON_A}/edit`, "Virtanen", [D, D, D, A, D, A]],
  [`/staff/persons/${PERSON_B}/edit`, "Wallin", [D, D, D, D, A, D]],
];

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
const sessions: Partial<Record<Role, SignedIn>> = {};

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
  sessions.subjectA = await signInAs(browser, app, smtp, "aino.virtanen@example.fi");
  sessions.subjectB = await signInAs(browser, app, smtp, "markus.wallin@example.com");
  sessions.staff1 = await signInAs(browser, app, smtp, staff1.email, staff1.totpSecret);
  sessions.staff2 = await signInAs(browser, app, smtp, staff2.email, staff2.totpSecret);
  sessions.admin = await signInAs(browser, app, smtp, admin1.email, admin1.totpSecret);
  // Subjects see their own data only after reaching level 2: visit My data once (email match).
  for (const r of ["subjectA", "subjectB"] as const) await fetch(`${app.url}/my/data`, { headers: { cookie: sessions[r]!.cookie } });
}, 300_000);
afterAll(async () => {
  for (const s of Object.values(sessions)) await s?.ctx.close();
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

describe("authorisation matrix", () => {
  const cases = MATRIX.flatMap(([path, marker, cells]) => ROLES.map((role, i) => ({ path, marker, role, expected: cells[i] })));
  it.each(cases)("$role on $path ($marker) → $expected", async ({ path, marker, role, expected }) => {
    const headers: Record<string, string> = { accept: "text/html,application/json" };
    if (role !== "anon") headers.cookie = sessions[role]!.cookie;
    const res = await fetch(`${app.url}${path}`, { headers, redirect: "manual" });
    const body = res.status === 200 ? await res.text() : "";
    if (expected === "allow") {
      expect(res.status).toBe(200);
      expect(body).toContain(marker);
    } else {
      expect(res.status, `${role} ${path}`).not.toBe(500);
      expect(body.includes(marker), `${role} must not read ${marker} at ${path}`).toBe(false);
    }
  });

  it("a subject cannot download another subject's report, nor can another organisation's staff", async () => {
    const fake = "00000000-0000-4000-8000-000000000000";
    for (const role of ["subjectB", "staff2"] as const) {
      const res = await fetch(`${app.url}/reports/${fake}/download`, { headers: { cookie: sessions[role]!.cookie }, redirect: "manual" });
      expect(res.status).toBe(404);
    }
  });

  it("a subject cannot file a request into records of another organisation by id guessing", async () => {
    const res = await fetch(`${app.url}/api/v1/requests`, {
      method: "POST",
      headers: { cookie: sessions.subjectA!.cookie, "content-type": "application/json" },
      body: JSON.stringify({ type: "access", organisationId: seedId("org", "mieli-lansirannikko"), registerIds: [seedId("register", "mieli-lansirannikko", "asiakasrekisteri")], formats: ["pdf"], confirmDuplicate: true }),
    });
    // Filing is allowed (anyone may ask), but no record of B is attached and nothing of B is returned.
    expect([201, 400, 403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain("Wallin");
  });
});
