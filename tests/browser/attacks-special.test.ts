import { auditActionLabel } from "@/lib/i18n/labels";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import postgres from "postgres";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { signInAs, type SignedIn } from "./support/sign-in";
import { AxeLog, openRequestForm, section, submitRequestForm, textsFor, until } from "./support/journey-kit";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { seedId } from "@/lib/seed/ids";

// Issue 9, findings 4, 7 and 10 (uuid part), reproduced over HTTP against the built app with real
// sessions and a real report of subject A:
//  4  special-category notes (Art. 9) leave the database only for members with canReadSpecial in the
//     report's organisation: Johanna (without) can neither generate nor download a report holding them,
//     nor see them on the person page or in search; Mikko (with) can, and each read is audited
//     (person.special_read, shown as "special-category data read" on the request's timeline);
//     MIELI's staff get 404 on TKL's report.
//  7  the lift-restriction notice's requestId: another organisation's request and a non-UUID are refused.
// 10  every page or route with an id in its path answers a garbage id with 404, never 500.

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const mlr = seedOrganisations.find((o) => o.slug === "mieli-lansirannikko")!;
const member = (org: typeof tkl, email: string) => org.staff.find((s) => s.email === email)!;
const JOHANNA = member(tkl, "johanna.sjoberg@tkl.example"); // no special-category permission
const MIKKO = member(tkl, "mikko.lehtinen@tkl.example"); // with it
const KATJA = member(tkl, "katja.suominen@tkl.example"); // admin of TKL
const ELINA = member(mlr, "elina.makela@mieli.example"); // MIELI staff, with it (in MIELI)
const SUBJECT_A = "aino.virtanen@example.fi";
const SUBJECT_B = "markus.wallin@example.com";
const PERSON_A = seedId("person", "tkl-aino-virtanen");
const RESTRICTED_PERSON = seedId("person", "tkl-raili-heinonen"); // TKL, restricted
const RESTRICTION_REQUEST = seedId("request", "TKL-2026-0002"); // Raili's restriction request
const FOREIGN_REQUEST = seedId("request", "MLR-2026-0001"); // MIELI's request (subject B)
/** Words of a special-category case note of subject A (seed note tkl-aino-n1). */
const SPECIAL_MARKER = "Masennuslääkitys";
const t = textsFor("fi");
const SPECIAL_READ = auditActionLabel("fi", "person.special_read");
const LIFTING_NOTIFIED = auditActionLabel("fi", "restriction.lifting_notified");

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
const s: Record<"a" | "b" | "johanna" | "mikko" | "katja" | "elina", SignedIn> = {} as never;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
  s.a = await signInAs(browser, app, smtp, SUBJECT_A);
  s.b = await signInAs(browser, app, smtp, SUBJECT_B);
  s.johanna = await signInAs(browser, app, smtp, JOHANNA.email, JOHANNA.totpSecret);
  s.mikko = await signInAs(browser, app, smtp, MIKKO.email, MIKKO.totpSecret);
  s.katja = await signInAs(browser, app, smtp, KATJA.email, KATJA.totpSecret);
  s.elina = await signInAs(browser, app, smtp, ELINA.email, ELINA.totpSecret);
}, 300_000);
afterAll(async () => {
  for (const x of Object.values(s)) await x?.ctx.close().catch(() => {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

const get = (p: string, who?: SignedIn, accept = "text/html") =>
  fetch(`${app.url}${p}`, { headers: { accept, ...(who ? { cookie: who.cookie } : {}) }, redirect: "manual" });
const count = (text: string, needle: string) => text.split(needle).length - 1;
/** The staff request page as rendered HTML, without the Flight payload that repeats every text. */
async function timeline(requestId: string, who: SignedIn): Promise<string> {
  const res = await get(`/staff/requests/${requestId}`, who);
  expect(res.status).toBe(200);
  return (await res.text()).replace(/<script[\s\S]*?<\/script>/g, "");
}
/** How many special-category reads the request's timeline shows (set after the first test). */
let readsBefore = 0;

/** Subject A's open access request and the JSON report Mikko generates for it (set by the first test). */
let requestId = "";
let reportId = "";

describe("finding 4: special-category notes in reports", () => {
  it("Johanna is refused generation with a translated reason; Mikko generates; each staff read is audited", { timeout: 240_000 }, async () => {
    let page: Page | undefined;
    try {
      // Subject A files an access request in the portal (her records, with special notes, are linked).
      page = await s.a.ctx.newPage();
      const axe = new AxeLog();
      await openRequestForm(page, app, axe, t, { organisation: tkl.name, type: "access" });
      ({ id: requestId } = await submitRequestForm(page, axe, t));
      await page.close();

      readsBefore = count(await timeline(requestId, s.mikko), SPECIAL_READ);
      // Johanna: the generate button answers with the reason, and no report exists afterwards.
      page = await s.johanna.ctx.newPage();
      await page.goto(`${app.url}/staff/requests/${requestId}`);
      let fulfilment = section(page, "fulfilment-heading");
      await fulfilment.getByRole("checkbox", { name: "JSON", exact: true }).check();
      await fulfilment.getByRole("checkbox", { name: "PDF", exact: true }).uncheck();
      await fulfilment.getByRole("button", { name: t("staffReports.generate"), exact: true }).click();
      const refusal = fulfilment.getByRole("alert").filter({ hasText: t("staffErrors.special_permission_required") });
      await until(page, "refusal shown", async () => (await refusal.count()) === 1);
      await page.reload();
      expect(await section(page, "fulfilment-heading").locator('a[href^="/reports/"]').count()).toBe(0);
      await page.close();
      expect(count(await timeline(requestId, s.mikko), SPECIAL_READ)).toBe(readsBefore);

      // Mikko: generated, then downloaded; both are special-category reads on the request's timeline.
      page = await s.mikko.ctx.newPage();
      await page.goto(`${app.url}/staff/requests/${requestId}`);
      fulfilment = section(page, "fulfilment-heading");
      await fulfilment.getByRole("checkbox", { name: "JSON", exact: true }).check();
      await fulfilment.getByRole("checkbox", { name: "PDF", exact: true }).uncheck();
      await fulfilment.getByRole("button", { name: t("staffReports.generate"), exact: true }).click();
      const link = fulfilment.locator('a[href^="/reports/"]');
      await until(page, "report generated", async () => (await link.count()) === 1, 60_000);
      reportId = (await link.getAttribute("href"))!.split("/")[2];
      await page.close();
      expect(count(await timeline(requestId, s.mikko), SPECIAL_READ)).toBe(readsBefore + 1);
      const res = await get(`/reports/${reportId}/download`, s.mikko, "*/*");
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(SPECIAL_MARKER);
      expect(count(await timeline(requestId, s.mikko), SPECIAL_READ)).toBe(readsBefore + 2);
    } catch (e) {
      await screenshotOnFailure(page, "attacks-special-generate");
      throw e;
    }
  });

  it("Johanna cannot download Mikko's report (404, no link, nothing audited); MIELI staff and subject B get 404", async () => {
    expect(reportId).not.toBe("");
    const johanna = await get(`/reports/${reportId}/download`, s.johanna, "*/*");
    expect(johanna.status).toBe(404);
    expect(await johanna.text()).not.toContain(SPECIAL_MARKER);
    const page = await (await get(`/staff/requests/${requestId}`, s.johanna)).text();
    expect(page).not.toContain(`/reports/${reportId}/download`);
    expect(page).toContain(t("staffReports.specialNoAccess"));
    for (const who of [s.elina, s.b]) {
      const res = await get(`/reports/${reportId}/download`, who, "*/*");
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(SPECIAL_MARKER);
    }
    expect(count(await timeline(requestId, s.mikko), SPECIAL_READ)).toBe(readsBefore + 2);
  });

  it("the subject downloads her released report (identity-level rule); anonymous is sent to sign-in", async () => {
    const anon = await get(`/reports/${reportId}/download`);
    expect([302, 303, 307, 308]).toContain(anon.status);
    expect(anon.headers.get("location")).toContain("/sign-in");
    expect((await get(`/reports/${reportId}/download`, s.a, "*/*")).status).toBe(404); // not released yet
    const page = await s.mikko.ctx.newPage();
    try {
      await page.goto(`${app.url}/staff/requests/${requestId}`);
      const release = section(page, "fulfilment-heading").getByRole("button", { name: t("staffReports.release"), exact: true });
      // The request's data-gathering task is open (made at filing): releasing anyway takes a written reason.
      const why = section(page, "fulfilment-heading").getByLabel(t("staffReports.overrideReason"));
      if (await why.count()) await why.fill("Ulkoisessa järjestelmässä ei ole tämän henkilön tietoja.");
      await release.click();
      await until(page, "report released", async () => (await release.count()) === 0);
    } finally {
      await page.close();
    }
    const mine = await get(`/reports/${reportId}/download`, s.a, "*/*");
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("no-store");
    expect(mine.headers.get("content-disposition")).toMatch(/^attachment; filename="omatieto-TKL-\d{4}-\d{4}\.json"$/);
    expect(await mine.text()).toContain(SPECIAL_MARKER);
    // Her own download is not a staff read of special-category data.
    expect(count(await timeline(requestId, s.mikko), SPECIAL_READ)).toBe(readsBefore + 2);
    expect((await get(`/reports/${reportId}/download`, s.johanna, "*/*")).status).toBe(404);
    const bad = await get(`/reports/not-a-uuid/download`, s.a);
    expect(bad.status).toBe(404);
    expect(await bad.text()).toContain("<h1>");
  });

  it("person page and search: Johanna sees no special notes, Mikko does", async () => {
    const johanna = await get(`/staff/persons/${PERSON_A}`, s.johanna);
    expect(johanna.status).toBe(200);
    const jBody = await johanna.text();
    expect(jBody).toContain("Virtanen");
    expect(jBody).not.toContain(SPECIAL_MARKER);
    const mikko = await get(`/staff/persons/${PERSON_A}`, s.mikko);
    expect(await mikko.text()).toContain(SPECIAL_MARKER);
    for (const who of [s.johanna, s.mikko]) {
      const search = await (await get(`/staff/persons?q=Virtanen`, who)).text();
      expect(search).toContain("Virtanen");
      expect(search).not.toContain(SPECIAL_MARKER);
    }
    expect((await get(`/staff/persons/${PERSON_A}`, s.elina)).status).toBe(404);
    if (app.databaseUrl) {
      // On PostgreSQL the audit row itself can be read: Mikko's person-page read, none by Johanna.
      const sql = postgres(app.databaseUrl, { max: 1, onnotice: () => {} });
      try {
        const rows = await sql<{ email: string }[]>`select u.email from audit_events a join users u on u.id = a.actor_id
          where a.action = 'person.special_read' and a.person_id = ${PERSON_A}`;
        expect(rows.map((r) => r.email)).toContain(MIKKO.email);
        expect(rows.map((r) => r.email)).not.toContain(JOHANNA.email);
      } finally {
        await sql.end();
      }
    }
  });
});

/** The server action's id from the build's manifest (as the bad-input suite finds them). */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
  const hit = Object.entries(manifest.node as Record<string, { exportedName: string; filename: string }>).find(
    ([, v]) => v.exportedName === exportedName && v.filename.includes("lib/workflow/actions"),
  );
  if (!hit) throw new Error(`no server action ${exportedName} in the build`);
  return hit[0];
}

/**
 * Call a `(prev, formData)` server action as React 19's client does (encodeReply): the FormData's
 * entries under the prefix "_1_", referenced as "$K1" from the root part "0".
 */
async function callFormAction(name: string, fields: Record<string, string>, who: SignedIn) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  // The root goes last, as React sends it: the server resolves "$K1" from the fields already received.
  body.append("0", JSON.stringify([null, "$K1"]));
  const res = await fetch(`${app.url}/staff`, {
    method: "POST",
    headers: { "Next-Action": actionId(name), Accept: "text/x-component", cookie: who.cookie },
    body,
    redirect: "manual",
  });
  return { status: res.status, body: await res.text() };
}

describe("finding 7: the lift-restriction notice's requestId", () => {
  const notice = { personId: RESTRICTED_PERSON, channel: "letter", reasons: "Tarkistus on valmis, rajoitus poistetaan pian." };

  it("another organisation's request is not found and nothing is written into it; a non-UUID is refused", async () => {
    const foreign = await callFormAction("liftNoticeAction", { ...notice, requestId: FOREIGN_REQUEST }, s.mikko);
    expect(foreign.status).toBeLessThan(500);
    expect(foreign.body).toContain('"code":"not_found"');
    expect(foreign.body).not.toContain('"ok":true');
    const garbage = await callFormAction("liftNoticeAction", { ...notice, requestId: "not-a-uuid" }, s.mikko);
    expect(garbage.status).toBeLessThan(500);
    expect(garbage.body).toContain('"code":"invalid_input"');
    expect(garbage.body).toContain("invalid_id");
    const lift = await callFormAction("liftAction", { personId: RESTRICTED_PERSON, requestId: FOREIGN_REQUEST }, s.mikko);
    expect(lift.body).toContain('"code":"not_found"');
    // MIELI's staff see nothing of it on their request.
    expect(count(await timeline(FOREIGN_REQUEST, s.elina), LIFTING_NOTIFIED)).toBe(0);
  });

  it("positive control: the person's own restriction request is accepted and shows the notice", async () => {
    const before = count(await timeline(RESTRICTION_REQUEST, s.mikko), LIFTING_NOTIFIED);
    const own = await callFormAction("liftNoticeAction", { ...notice, requestId: RESTRICTION_REQUEST }, s.mikko);
    expect(own.body).toContain('"ok":true');
    expect(count(await timeline(RESTRICTION_REQUEST, s.mikko), LIFTING_NOTIFIED)).toBe(before + 1);
    expect(count(await timeline(FOREIGN_REQUEST, s.elina), LIFTING_NOTIFIED)).toBe(0);
  });
});

describe("finding 10: an id that is not a UUID is 404, never 500", () => {
  const garbage = ["not-a-uuid", "1'%20or%20'1'='1", "00000000-0000-0000-0000-00000000000g"];
  const routes: Array<[string, keyof typeof s]> = [
    ["/staff/requests/{id}", "mikko"],
    ["/staff/requests/{id}/review", "mikko"],
    ["/staff/persons/{id}", "mikko"],
    ["/staff/persons/{id}/edit", "mikko"],
    ["/admin/registers/{id}", "katja"],
    ["/admin/organisations/{id}", "katja"],
    ["/admin/organisations/{id}/staff", "katja"],
    ["/admin/organisations/{id}/templates", "katja"],
    ["/my/requests/{id}", "a"],
    ["/reports/{id}/download", "a"],
    ["/dev/mail/{id}", "a"],
  ];
  it.each(routes)("%s as %s", async (route, who) => {
    for (const id of garbage) {
      const res = await get(route.replace("{id}", id), s[who]);
      expect(res.status, `${route} with ${id}`).toBe(404);
    }
  });
});
