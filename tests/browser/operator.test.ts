import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { adminAcceptsInvitation, operatorCreatesOrganisation, signInFirstTime as signInFirstTimeIn, startFreshInstallWithOperator } from "./support/setup-steps";

// Issue 10 from zero, in production mode without demo data: the platform operator is created with
// `npm run admin:create-operator`, signs in (email link + TOTP set up on the first visit), creates an
// organisation and invites its admin; the admin gets the email, signs in, sets up TOTP, accepts and
// lands on the admin page of the new organisation. The operator is refused staff and admin pages.
const OPERATOR = "operaattori@liitto.example";
const ADMIN = "paakayttaja@kriisikeskus.example";

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startFreshInstallWithOperator(smtp.url, { email: OPERATOR, name: "Olli Operaattori" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

const signInFirstTime = (email: string, home: RegExp) => signInFirstTimeIn(browser, app, smtp, email, home);

describe("the platform operator from zero", () => {
  it("prints a setup token at start only while no operator exists", () => {
    // PostgreSQL: the app started on an empty database before the command ran; PGlite: after it.
    expect(app.logs.join("").includes("no platform operator yet")).toBe(Boolean(process.env.DATABASE_URL));
  });

  it("signs in, creates an organisation and invites its admin, who accepts and lands on its admin page", async () => {
    const op = await signInFirstTime(OPERATOR, /\/operator$/);
    const page = op.page;
    await expect(page.locator("h1").textContent()).resolves.toBe("Palveluntarjoajan näkymä");
    const card = await operatorCreatesOrganisation(page, { name: "Kriisikeskus Esimerkki ry", slug: "kriisikeskus", referencePrefix: "KKE" }, { email: ADMIN, name: "Pia Pääkäyttäjä" });

    // The operator is refused the staff and admin pages (no organisation's data).
    for (const p of ["/staff", "/staff/persons", "/admin", "/staff/dashboard"]) {
      const res = await fetch(`${app.url}${p}`, { headers: { cookie: await op.cookie() }, redirect: "manual" });
      expect([403, 404, 307, 303, 302], p).toContain(res.status);
      if (res.status < 400) expect(new URL(res.headers.get("location")!, app.url).pathname, p).toMatch(/^\/(sign-in|staff\/mfa|staff\/invitations)$/);
    }

    const invitation = await smtp.waitFor((m) => toAddress(m) === ADMIN);
    expect(invitation.text).toContain("Kriisikeskus Esimerkki ry");
    expect(invitation.text).toMatch(/\/staff\/invitations/);

    const admin = await signInFirstTime(ADMIN, /\/staff\/invitations$/);
    await adminAcceptsInvitation(admin.page, app, "Kriisikeskus Esimerkki ry");
    await expect(admin.page.locator("h1").textContent()).resolves.toBe("Kriisikeskus Esimerkki ry");

    // Back on the operator's page the invitation is accepted.
    await page.reload();
    await card.getByText("hyväksynyt kutsun").waitFor();
  }, 240_000);
});
