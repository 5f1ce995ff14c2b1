import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import type { AddressInfo } from "node:net";
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { authenticator } from "otplib";
import { startApp, type RunningApp } from "./app";
import { type SmtpBox, waitForSignInLink } from "../../support/smtp";
import { type AxeLog, type T, assignToMe, openFromQueue, openRequestForm, section, submitRequestForm, until } from "./journey-kit";

// Steps of issue 10's set-up journeys, shared by operator.test.ts, journeys-setup.test.ts (demo
// organisation) and journey-from-zero.test.ts (a fresh install without demo data).

const root = path.resolve(import.meta.dirname, "../../..");

/** `npm run admin:create-operator -- EMAIL --name NAME` against the app's database; returns its output. */
function runCreateOperator(env: Record<string, string>, email: string, name: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/cli/create-operator.ts", email, "--name", name], {
    cwd: root,
    env: { ...process.env, ...env, OMATIETO_WORKERS: "off" },
    encoding: "utf8",
  });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** Email link, then the first-visit TOTP set-up (the secret shown on the page); ends where `home` is. */
export async function signInFirstTime(browser: Browser, app: RunningApp, smtp: SmtpBox, email: string, home: RegExp): Promise<{ ctx: BrowserContext; page: Page; cookie: () => Promise<string> }> {
  const ctx = await browser.newContext();
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: "fi", url: app.url }]);
  const page = await ctx.newPage();
  await page.goto(`${app.url}/sign-in`);
  const before = smtp.messages.length;
  await page.locator("input#email").fill(email);
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL(/check-email/);
  await page.goto(await waitForSignInLink(smtp, email, before));
  await page.waitForURL(/\/staff\/mfa/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.locator("input#code").fill(authenticator.generate(secret));
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL(home);
  return { ctx, page, cookie: async () => (await ctx.cookies(app.url)).map((c) => `${c.name}=${c.value}`).join("; ") };
}

/** A local OpenID Connect provider (`oidc-provider`, as in tests/identity/oidc.test.ts) with one client for `slug`. */
export async function startOidcProvider(appUrl: string, slug: string, client: { id: string; secret: string }): Promise<{ issuer: string; close: () => Promise<void> }> {
  const providerModule = "oidc-provider"; // a dev dependency without types
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Provider: any = (await import(/* @vite-ignore */ providerModule)).default;
  let handler: http.RequestListener = (_q, s) => s.end();
  const server = http.createServer((q, s) => handler(q, s));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handler = new Provider(issuer, {
    clients: [{ client_id: client.id, client_secret: client.secret, redirect_uris: [`${appUrl}/my/verify/oidc/${slug}/callback`], grant_types: ["authorization_code"], response_types: ["code"] }],
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id }) }),
    cookies: { keys: ["setup-journey-cookie-key"] },
    features: { devInteractions: { enabled: true } },
  }).callback();
  return {
    issuer,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Submit the form inside `scope` and wait for its success text. */
export async function submitIn(page: Page, scope: ReturnType<typeof section>, button: string, success: string) {
  await scope.getByRole("button", { name: button, exact: true }).last().click();
  await until(page, `"${success}" after ${button}`, async () => (await scope.getByText(success, { exact: true }).count()) > 0);
}

export const REGISTER_NAMES = { fi: "Vapaaehtoisrekisteri", sv: "Frivilligregister", en: "Volunteer register" } as const;
export const PROCESSOR_NAMES = { fi: "Vuorolista Oy", sv: "Turlista Ab", en: "Rota Ltd" } as const;

/**
 * The admin, on the organisation's admin page: a register with its notice in fi, sv and en (with the
 * automated-decision text "Vuorot arvotaan (fi)."), a processor that receives erasure tasks, and the
 * OIDC provider, saved (the secret not shown back) and tested.
 */
export async function adminSetsUpOrganisation(page: Page, app: RunningApp, axe: AxeLog, t: T, o: { organisationId: string; issuer: string; clientId: string; clientSecret: string }) {
  // 1. The register.
  await page.goto(`${app.url}/admin/organisations/${o.organisationId}`);
  await axe.check(page, "admin: organisation");
  const regs = section(page, "registers-heading");
  await regs.getByLabel(t("adminOrganisation.registerSlug")).fill("vapaaehtoiset");
  for (const l of ["fi", "sv", "en"] as const) await regs.getByLabel(t("adminOrganisation.registerNameIn", { language: t(`adminRegister.lang.${l}`) })).fill(REGISTER_NAMES[l]);
  // The categories are labelled checkboxes (people see labels, never codes).
  const categories = regs.getByRole("group", { name: t("adminOrganisation.registerCategories") });
  for (const c of ["identity", "contact"]) await categories.getByLabel(t(`labels.erasureCategory.${c}`), { exact: true }).check();
  await submitIn(page, regs, t("adminOrganisation.create"), t("adminOrganisation.created"));
  await page.reload();
  await page.getByRole("link", { name: REGISTER_NAMES.fi, exact: true }).click();
  await page.waitForURL(/\/admin\/registers\/[0-9a-f-]{36}$/);
  const registerUrl = page.url();

  // 2. Its notice in three languages, with the automated-decision text.
  for (const l of ["fi", "sv", "en"] as const) {
    await page.goto(`${registerUrl}?locale=${l}`);
    const notice = section(page, "notice-heading");
    await notice.getByLabel(t("adminRegister.field.purposes")).fill(`Vapaaehtoistoiminnan järjestäminen (${l})`);
    await notice.getByLabel(t("adminRegister.field.legalBasis")).fill(`Suostumus (${l})`);
    await notice.getByLabel(t("adminRegister.field.retention")).fill(`Kaksi vuotta (${l})`);
    await notice.getByLabel(t("adminRegister.field.automatedDecisions")).fill(`Vuorot arvotaan (${l}).`);
    await submitIn(page, notice, t("adminRegister.save"), t("adminRegister.saved"));
  }
  await axe.check(page, "admin: register");

  // 3. A processor that receives erasure tasks.
  const procs = section(page, "processors-heading");
  await procs.getByRole("radio", { name: t("adminRegister.kindProcessor") }).last().check();
  for (const l of ["fi", "sv", "en"] as const) await procs.getByLabel(t("adminRegister.nameIn", { language: t(`adminRegister.lang.${l}`) })).last().fill(PROCESSOR_NAMES[l]);
  await procs.getByRole("checkbox", { name: t("adminRegister.taskFor", { type: t("staffLabels.type.erasure") }) }).last().check();
  await submitIn(page, procs, t("adminRegister.save"), t("adminRegister.saved"));

  // 4. The OIDC provider: saved, then "test connection".
  await page.goto(`${app.url}/admin/organisations/${o.organisationId}`);
  const oidc = section(page, "oidc-heading");
  await oidc.getByLabel(t("adminOrganisation.oidcIssuer")).first().fill(o.issuer);
  await oidc.getByLabel(t("adminOrganisation.oidcClientId")).fill(o.clientId);
  await oidc.getByLabel(t("adminOrganisation.oidcSecret")).fill(o.clientSecret);
  await submitIn(page, oidc, t("adminOrganisation.save"), t("adminOrganisation.saved"));
  await page.reload();
  if (((await section(page, "oidc-heading").textContent()) ?? "").includes(o.clientSecret)) throw new Error("the OIDC client secret is shown back");
  await section(page, "oidc-heading").getByLabel(t("adminOrganisation.oidcIssuer")).last().fill(o.issuer);
  await submitIn(page, section(page, "oidc-heading"), t("adminOrganisation.oidcTest"), t("adminOrganisation.oidcTestOk"));
  await axe.check(page, "admin: organisation (OIDC set)");
}

/** A signed-in subject on /my/verify follows the organisation's level-3 button through the provider. */
export async function reachLevel3ByOidc(page: Page, app: RunningApp, axe: AxeLog, t: T, o: { issuer: string; organisation: string; login: string }) {
  await page.goto(`${app.url}/my/verify`);
  await axe.check(page, "verify (level 3 offered)");
  await page.getByRole("link", { name: t("portal.verify.oidcStart", { organisation: o.organisation }) }).click();
  await page.waitForURL((u) => u.href.startsWith(o.issuer));
  await page.locator('input[name="login"]').fill(o.login);
  await page.locator('input[name="password"]').fill("x");
  await page.locator('button[type="submit"]').first().click();
  await page.waitForURL((u) => u.href.startsWith(o.issuer) && !/login/.test(u.href)).catch(() => undefined);
  if (page.url().startsWith(o.issuer)) await page.locator('button[type="submit"]').first().click();
  await page.waitForURL((u) => u.href.startsWith(`${app.url}/my/verify`));
  await until(page, "level 3 shown", async () => (await page.getByText(t("portal.verify.levels.3")).count()) > 0);
}

/** The subject files an erasure (no longer necessary) at the organisation; returns the request. */
export async function fileErasure(page: Page, app: RunningApp, axe: AxeLog, t: T, organisation: string) {
  await openRequestForm(page, app, axe, t, { organisation, type: "erasure" });
  await page.getByRole("radio", { name: t("requests.erasure.grounds.no_longer_necessary"), exact: true }).check();
  return submitRequestForm(page, axe, t);
}

/** The handler takes the erasure: the processor's task is listed and the complete form warns it is open. */
export async function handlerSeesProcessorTaskBlocking(page: Page, app: RunningApp, axe: AxeLog, t: T, o: { reference: string; staffName: string }) {
  await openFromQueue(page, app, axe, t, { reference: o.reference, type: "erasure" });
  await assignToMe(page, t, o.staffName);
  const tasksPanel = section(page, "tasks-heading");
  await until(page, "processor task listed", async () => (await tasksPanel.getByText(PROCESSOR_NAMES.fi).count()) > 0);
  const warning = section(page, "actions-heading").locator(".form-error");
  // "One task is still open …": the complete form warns, and completing is refused until it is done.
  await until(page, "completion warning shown", async () => (await warning.count()) > 0);
  const text = (await warning.first().textContent()) ?? "";
  if (!/avoinna/.test(text)) throw new Error(`the completion warning does not say a task is open: "${text}"`);
  await axe.check(page, "staff: erasure with processor task");
}

/** The public privacy notice shows the register, its automated-decision text and today's version date. */
export async function publicNoticeText(page: Page, app: RunningApp, axe: AxeLog, slug: string): Promise<string> {
  await page.goto(`${app.url}/organisations/${slug}/privacy`);
  await axe.check(page, "public notice");
  return (await page.getByRole("main").textContent()) ?? "";
}

/**
 * A fresh production install without demo data whose first operator comes from the CLI. PostgreSQL:
 * the app starts on the empty database and the command runs while it runs, as an operator would.
 * PGlite is one process per folder: the command runs before the first start. `stop` also removes the folder.
 */
export async function startFreshInstallWithOperator(smtpUrl: string, operator: { email: string; name: string }): Promise<RunningApp> {
  const createOperator = (env: Record<string, string>) => {
    const r = runCreateOperator(env, operator.email, operator.name);
    if (r.status !== 0 || !r.output.includes("operator account created")) throw new Error(`create-operator failed: ${r.output}`);
  };
  if (process.env.DATABASE_URL) {
    const app = await startApp({ SMTP_URL: smtpUrl }, { seed: false });
    createOperator(app.env);
    return app;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-fresh-"));
  const key = crypto.randomBytes(32).toString("base64");
  createOperator({ OMATIETO_DATA_DIR: dataDir, OMATIETO_DATA_KEY: key, DATABASE_URL: "", OMATIETO_DEMO: "" });
  const app = await startApp({ SMTP_URL: smtpUrl, OMATIETO_DATA_DIR: dataDir, OMATIETO_DATA_KEY: key }, { seed: false });
  return {
    ...app,
    stop: async (opts) => {
      await app.stop(opts);
      if (!opts?.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type NewOrganisation = { name: string; slug: string; referencePrefix: string };

/** On /operator: create the organisation and invite its first admin; waits until the invitation is pending. */
export async function operatorCreatesOrganisation(page: Page, org: NewOrganisation, admin: { email: string; name: string }) {
  const fill = (id: string, v: string) => page.locator(`#create-org-${id}`).fill(v);
  await fill("name", org.name);
  await fill("businessId", "1234567-8");
  await fill("streetAddress", "Kauppakatu 1");
  await fill("postalCode", "65100");
  await fill("city", "Vaasa");
  await fill("contactName", "Tietosuojavastaava");
  await fill("contactEmail", `tietosuoja@${org.slug}.example`);
  await fill("referencePrefix", org.referencePrefix);
  await fill("slug", org.slug);
  await page.locator("#create-org-name").locator("xpath=ancestor::form").locator("button[type=submit]").click();
  const card = page.getByTestId(`operator-org-${org.slug}`);
  await card.waitFor();
  await card.getByText("Kutsu pääkäyttäjä", { exact: true }).click();
  await page.locator(`#invite-${org.slug}-email`).fill(admin.email);
  await page.locator(`#invite-${org.slug}-name`).fill(admin.name);
  await page.locator(`#invite-${org.slug}-email`).locator("xpath=ancestor::form").locator("button[type=submit]").click();
  await card.getByText("kutsu odottaa vastausta").waitFor();
  return card;
}

/** On /staff/invitations: accept, then open the organisation's admin page; returns the organisation's id. */
export async function adminAcceptsInvitation(page: Page, app: RunningApp, organisationName: string): Promise<string> {
  await page.getByRole("button", { name: "Hyväksy kutsu" }).click();
  // Accepted: the invitation leaves the list (the page re-renders with the membership active).
  await page.getByRole("heading", { name: organisationName }).waitFor({ state: "detached" });
  await page.goto(`${app.url}/admin`);
  await page.getByRole("heading", { name: organisationName }).waitFor();
  await page.getByRole("link", { name: /asetukset/i }).first().click();
  await page.waitForURL(/\/admin\/organisations\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}
