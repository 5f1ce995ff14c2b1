import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { signInAs, type SignedIn } from "./support/sign-in";
import { textsFor, until } from "./support/journey-kit";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { seedId } from "@/lib/seed/ids";

// Issue 9, finding 2, over HTTP against the built app. Before: Katja (admin of Turun Kaupunkilähetys)
// added Roosa (admin of MIELI) by email, which silently attached her, then set her role to handler and
// disabled her account: Roosa lost admin in MIELI and all her sessions. Now the addition is a pending
// invitation Roosa must accept, and Katja's changes touch only the TKL membership.

const t = textsFor("fi");
const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const mlr = seedOrganisations.find((o) => o.slug === "mieli-lansirannikko")!;
const katja = tkl.staff.find((s) => s.email === "katja.suominen@tkl.example")!;
const roosa = mlr.staff.find((s) => s.email === "roosa.korsi@mieli.example")!;
const mikko = tkl.staff.find((s) => s.email === "mikko.lehtinen@tkl.example")!;
const TKL = seedId("org", tkl.slug);
const MLR = seedId("org", mlr.slug);
const ROOSA = seedId("user", roosa.email);
const MIKKO = seedId("user", mikko.email);

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let katjaS: SignedIn;
let roosaS: SignedIn;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url, OMATIETO_DEMO: "1" });
  browser = await launchBrowser();
  katjaS = await signInAs(browser, app, smtp, katja.email, katja.totpSecret);
  roosaS = await signInAs(browser, app, smtp, roosa.email, roosa.totpSecret);
}, 300_000);
afterAll(async () => {
  await katjaS?.ctx.close();
  await roosaS?.ctx.close();
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

async function get(who: SignedIn, path: string) {
  const res = await fetch(`${app.url}${path}`, { headers: { cookie: who.cookie }, redirect: "manual" });
  return { status: res.status, body: res.status === 200 ? await res.text() : "" };
}

/** Roosa, with the session she had before anything happened, is still admin of MIELI. */
async function expectRoosaStillAdminOfMieli() {
  const staff = await get(roosaS, `/admin/organisations/${MLR}/staff`);
  expect(staff.status).toBe(200);
  expect(staff.body).toContain(t("adminStaff.title"));
  expect((await get(roosaS, `/admin/organisations/${MLR}`)).status).toBe(200);
  expect((await get(roosaS, "/staff")).status).toBe(200);
}

const formWith = (page: Page, inputId: string) => page.locator("form", { has: page.locator(`[id="${inputId}"]`) });

async function submitAndWait(page: Page, form: ReturnType<typeof formWith>, expectText: string) {
  await form.locator("button[type=submit]").click();
  await until(page, expectText, async () => (await form.getByText(expectText).count()) > 0);
}

describe("an admin of X adds the admin of Y", () => {
  it("creates a pending invitation; Y is untouched before and after Roosa accepts", { timeout: 240_000 }, async () => {
    const page = await katjaS.ctx.newPage();
    await page.goto(`${app.url}/admin/organisations/${TKL}/staff`);
    const add = formWith(page, "add-staff-email");
    await page.locator("#add-staff-email").fill(roosa.email);
    await page.locator("#add-staff-name").fill("Roosa Korsi");
    await page.locator("#add-staff-role").selectOption("staff");
    const mailsBefore = smtp.messages.length;
    await submitAndWait(page, add, t("adminStaff.added"));

    // Pending: listed as an invitation that Katja can only withdraw, no role or state form for it.
    await page.reload();
    const html = await page.content();
    expect(html).toContain(`withdraw-${ROOSA}`);
    expect(await page.locator(`[id="staff-${ROOSA}-role"]`).count()).toBe(0);
    // Roosa is emailed an invitation pointing at her invitations page.
    const mail = await smtp.waitFor((m) => toAddress(m) === roosa.email && smtp.messages.indexOf(m) >= mailsBefore);
    expect(mail.text).toContain("/staff/invitations");
    // Her sessions are alive and she is still admin of MIELI; she sees nothing of TKL.
    await expectRoosaStillAdminOfMieli();
    expect((await get(roosaS, `/admin/organisations/${TKL}/staff`)).status).toBe(404);

    // The old attack with a forged form: Mikko's update form retargeted at Roosa, demote + disable.
    const forged = formWith(page, `staff-${MIKKO}-role`);
    await forged.locator("input[name=userId]").evaluate((el, id) => ((el as HTMLInputElement).value = id), ROOSA);
    await page.locator(`[id="staff-${MIKKO}-disabled"]`).check();
    await submitAndWait(page, forged, t("staffErrors.invitation_pending"));
    await expectRoosaStillAdminOfMieli();

    // Roosa accepts through her invitations page.
    const rp = await roosaS.ctx.newPage();
    await rp.goto(`${app.url}/staff/invitations`);
    expect(await rp.getByText(tkl.name).count()).toBeGreaterThan(0);
    await rp.getByRole("button", { name: t("staffInvitations.accept") }).click();
    // The action's response re-renders the page without the invitation; a fresh load confirms it.
    const acceptButton = rp.getByRole("button", { name: t("staffInvitations.accept") });
    await until(rp, "invitation accepted", async () => (await acceptButton.count()) === 0);
    await rp.reload();
    expect(await acceptButton.count()).toBe(0);
    expect((await get(roosaS, `/staff`)).status).toBe(200);

    // Now a TKL member: Katja disables her TKL membership as a handler through the real form.
    await page.goto(`${app.url}/admin/organisations/${TKL}/staff`);
    await page.locator(`[id="staff-${ROOSA}-role"]`).selectOption("staff");
    await page.locator(`[id="staff-${ROOSA}-disabled"]`).check();
    await submitAndWait(page, formWith(page, `staff-${ROOSA}-role`), t("adminStaff.saved"));

    // MIELI is unchanged: same session, still admin there; the MIELI page shows her as admin.
    await expectRoosaStillAdminOfMieli();
    const mieliStaff = await rp.goto(`${app.url}/admin/organisations/${MLR}/staff`);
    expect(mieliStaff?.status()).toBe(200);
    await expect(rp.locator(`[id="staff-${ROOSA}-role"]`).inputValue()).resolves.toBe("admin");
    await expect(rp.locator(`[id="staff-${ROOSA}-disabled"]`).isChecked()).resolves.toBe(false);
    // And TKL is refused at once, without signing her out.
    expect((await get(roosaS, `/admin/organisations/${TKL}/staff`)).status).toBe(404);
    await rp.close();
    await page.close();
  });
});
