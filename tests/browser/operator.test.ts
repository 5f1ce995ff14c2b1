import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { authenticator } from "otplib";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";

// Issue 10 from zero, in production mode without demo data: the platform operator is created with
// `npm run admin:create-operator`, signs in (email link + TOTP set up on the first visit), creates an
// organisation and invites its admin; the admin gets the email, signs in, sets up TOTP, accepts and
// lands on the admin page of the new organisation. The operator is refused staff and admin pages.
const OPERATOR = "operaattori@liitto.example";
const ADMIN = "paakayttaja@kriisikeskus.example";
const root = path.resolve(import.meta.dirname, "../..");

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let ownDataDir: string | undefined;

function createOperator(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/cli/create-operator.ts", OPERATOR, "--name", "Olli Operaattori"], {
    cwd: root,
    env: { ...process.env, ...env, OMATIETO_WORKERS: "off" },
    encoding: "utf8",
  });
  expect(r.stdout + r.stderr).toContain("operator account created");
  expect(r.status).toBe(0);
}

beforeAll(async () => {
  smtp = await startSmtp();
  if (process.env.DATABASE_URL) {
    app = await startApp({ SMTP_URL: smtp.url }, { seed: false });
    createOperator(app.env); // PostgreSQL: while the app runs, as an operator would
  } else {
    // PGlite is one process per folder: the command runs before the first start.
    ownDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-operator-"));
    const key = crypto.randomBytes(32).toString("base64");
    createOperator({ OMATIETO_DATA_DIR: ownDataDir, OMATIETO_DATA_KEY: key, DATABASE_URL: "", OMATIETO_DEMO: "" });
    app = await startApp({ SMTP_URL: smtp.url, OMATIETO_DATA_DIR: ownDataDir, OMATIETO_DATA_KEY: key }, { seed: false });
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
  if (ownDataDir) fs.rmSync(ownDataDir, { recursive: true, force: true });
});

/** Email link, then the first-visit TOTP set-up (the secret shown on the page); ends where `home` is. */
async function signInFirstTime(email: string, home: RegExp): Promise<{ page: Page; cookie: () => Promise<string> }> {
  const ctx = await browser.newContext();
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: "fi", url: app.url }]);
  const page = await ctx.newPage();
  await page.goto(`${app.url}/sign-in`);
  const before = smtp.messages.length;
  await page.locator("input#email").fill(email);
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL(/check-email/);
  const mail = await smtp.waitFor((m) => toAddress(m) === email && smtp.messages.indexOf(m) >= before);
  await page.goto(mail.text!.match(/https?:\/\/\S+callback\/nodemailer\S+/)![0]);
  await page.waitForURL(/\/staff\/mfa/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.locator("input#code").fill(authenticator.generate(secret));
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL(home);
  return { page, cookie: async () => (await ctx.cookies(app.url)).map((c) => `${c.name}=${c.value}`).join("; ") };
}

describe("the platform operator from zero", () => {
  it("prints a setup token at start only while no operator exists", () => {
    // PostgreSQL: the app started on an empty database before the command ran; PGlite: after it.
    expect(app.logs.join("").includes("no platform operator yet")).toBe(Boolean(process.env.DATABASE_URL));
  });

  it("signs in, creates an organisation and invites its admin, who accepts and lands on its admin page", async () => {
    const op = await signInFirstTime(OPERATOR, /\/operator$/);
    const page = op.page;
    await expect(page.locator("h1").textContent()).resolves.toBe("Palveluntarjoajan näkymä");
    const fill = (id: string, v: string) => page.locator(`#create-org-${id}`).fill(v);
    await fill("name", "Kriisikeskus Esimerkki ry");
    await fill("businessId", "1234567-8");
    await fill("streetAddress", "Kauppakatu 1");
    await fill("postalCode", "65100");
    await fill("city", "Vaasa");
    await fill("contactName", "Tietosuojavastaava");
    await fill("contactEmail", "tietosuoja@kriisikeskus.example");
    await fill("referencePrefix", "KKE");
    await fill("slug", "kriisikeskus");
    await page.locator("#create-org-name").locator("xpath=ancestor::form").locator("button[type=submit]").click();
    const card = page.getByTestId("operator-org-kriisikeskus");
    await card.waitFor();
    await card.getByText("Kutsu pääkäyttäjä", { exact: true }).click();
    await page.locator("#invite-kriisikeskus-email").fill(ADMIN);
    await page.locator("#invite-kriisikeskus-name").fill("Pia Pääkäyttäjä");
    await page.locator("#invite-kriisikeskus-email").locator("xpath=ancestor::form").locator("button[type=submit]").click();
    await card.getByText("kutsu odottaa vastausta").waitFor();

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
    await admin.page.getByRole("button", { name: "Hyväksy kutsu" }).click();
    // Accepted: the invitation leaves the list (the page re-renders with the membership active).
    await admin.page.getByRole("heading", { name: "Kriisikeskus Esimerkki ry" }).waitFor({ state: "detached" });
    await admin.page.goto(`${app.url}/admin`);
    await admin.page.getByRole("heading", { name: "Kriisikeskus Esimerkki ry" }).waitFor();
    await admin.page.getByRole("link", { name: /asetukset/i }).first().click();
    await admin.page.waitForURL(/\/admin\/organisations\/[0-9a-f-]{36}$/);
    await expect(admin.page.locator("h1").textContent()).resolves.toBe("Kriisikeskus Esimerkki ry");

    // Back on the operator's page the invitation is accepted.
    await page.reload();
    await card.getByText("hyväksynyt kutsun").waitFor();
  }, 240_000);
});
