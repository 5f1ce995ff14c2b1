import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { authenticator } from "otplib";
import type { SmtpBox } from "../../support/smtp";
import { waitForSignInLink } from "../../support/smtp";
import type { RunningApp } from "./app";
import { seriousViolations } from "./axe";
import { screenshotOnFailure } from "./browser";

// Shared steps of the browser journeys (issue 6 §1–2): texts come from the app's own message files,
// so a reworded label does not break a journey, and a missing one fails loudly.

export type Locale = "fi" | "sv" | "en";
const root = path.resolve(import.meta.dirname, "../../..");
const cache = new Map<Locale, Record<string, unknown>>();

function messages(locale: Locale): Record<string, unknown> {
  let all = cache.get(locale);
  if (!all) {
    all = {};
    const dir = path.join(root, "lib/i18n/messages", locale);
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".json"))) Object.assign(all, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
    cache.set(locale, all);
  }
  return all;
}

export type T = (key: string, vars?: Record<string, string | number>) => string;

/** A message by its dotted key ("staffActions.assignToMe"); simple {name} placeholders only. */
export function textsFor(locale: Locale): T {
  return (key, vars) => {
    let v: unknown = messages(locale);
    for (const part of key.split(".")) v = (v as Record<string, unknown> | undefined)?.[part];
    if (typeof v !== "string") throw new Error(`no message ${locale}:${key}`);
    return v.replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The whole text, exactly (but ignoring surrounding whitespace). */
export const exactly = (s: string) => new RegExp(`^\\s*${escapeRe(s)}\\s*$`);
/** Text that starts with s. */
export const startsWith = (s: string) => new RegExp(`^\\s*${escapeRe(s)}`);

const checkedOnce = new Set<string>();

/** Collects serious/critical axe violations across a journey; asserted once at the end. */
export class AxeLog {
  readonly violations: string[] = [];
  readonly pages: string[] = [];
  /** Time spent in axe, to keep an eye on the journeys' runtime. */
  ms = 0;
  async check(page: Page, label: string) {
    await page.waitForLoadState("load");
    // After a client-side navigation (a server action's redirect) "load" has long fired and the new
    // page's <title> streams in with its metadata a moment later: wait briefly for it, so axe judges
    // the page and not the gap. A page with no title at all still fails (document-title) after 5 s.
    await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => {});
    const started = Date.now();
    const found = await seriousViolations(page);
    this.ms += Date.now() - started;
    const where = `${label} [${new URL(page.url()).pathname}]`;
    this.pages.push(where);
    for (const v of found) this.violations.push(`${where}: ${v}`);
  }
  /** For pages that are the same on every visit (the sign-in steps): once per file and label. */
  async checkOnce(page: Page, label: string) {
    if (checkedOnce.has(label)) return;
    checkedOnce.add(label);
    await this.check(page, label);
  }
  report(): string {
    return `${this.violations.length} serious/critical axe violation(s) on ${this.pages.length} page checks (${(this.ms / 1000).toFixed(1)} s of axe):\n  ${this.violations.join("\n  ")}`;
  }
}

/** Alerts and error texts on the page, to explain a step that did not happen. */
async function pageErrors(page: Page): Promise<string> {
  const texts = await page
    .locator("[role=alert], .form-error, .field-error")
    .allTextContents()
    .catch(() => [] as string[]);
  const t = texts.map((s) => s.trim()).filter(Boolean);
  return t.length ? ` — errors on the page: ${t.join(" | ")}` : "";
}

/** Poll until `check` is true; on timeout say what was expected and what the page complained about. */
export async function until(page: Page, what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: did not happen within ${timeoutMs} ms at ${page.url()}${await pageErrors(page)}`);
    await page.waitForTimeout(100);
  }
}

const usedSteps = new Map<string, number>();

/**
 * Sign in through the real mail link (and TOTP for staff), running axe on each sign-in page.
 * Returns the context with the page left open on the landing page.
 */
export async function journeySignIn(
  browser: Browser,
  app: RunningApp,
  smtp: SmtpBox,
  axe: AxeLog,
  who: { email: string; totpSecret?: string; locale: Locale },
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext();
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: who.locale, url: app.url }]);
  const page = await ctx.newPage();
  try {
    await signInSteps(page, app, smtp, axe, who);
  } catch (e) {
    await screenshotOnFailure(page, `sign-in-${who.email}`);
    const logs = app.logs.join("").split("\n").slice(-15).join("\n");
    throw new Error(`sign-in of ${who.email} failed at ${page.url()}: ${(e as Error).message}${await pageErrors(page)}\napp log tail:\n${logs}`);
  }
  return { ctx, page };
}

async function signInSteps(page: Page, app: RunningApp, smtp: SmtpBox, axe: AxeLog, who: { email: string; totpSecret?: string; locale: Locale }) {
  const t = textsFor(who.locale);
  await page.goto(`${app.url}/sign-in`);
  await axe.checkOnce(page, `sign-in (${who.locale})`);
  const before = smtp.messages.length;
  await page.getByLabel(t("signIn.email"), { exact: true }).fill(who.email);
  await page.getByRole("button", { name: t("signIn.submit") }).click();
  await page.waitForURL(/check-email/);
  await axe.checkOnce(page, `sign-in: check your email (${who.locale})`);
  const link = await waitForSignInLink(smtp, who.email, before).catch(() => {
    throw new Error(`no sign-in link mailed to ${who.email}`);
  });
  await page.goto(link);
  if (who.totpSecret) {
    await page.waitForURL(/\/staff\/mfa/);
    await axe.checkOnce(page, `staff: second factor (${who.locale})`);
    // A TOTP code works once: wait for a fresh 30 s step if this secret's code was used in this one.
    const step = () => Math.floor(Date.now() / 30_000);
    const used = usedSteps.get(who.totpSecret);
    if (used !== undefined && used >= step()) await page.waitForTimeout((30 - ((Date.now() / 1000) % 30)) * 1000 + 200);
    usedSteps.set(who.totpSecret, step());
    await page.getByLabel(t("mfa.code"), { exact: true }).fill(authenticator.generate(who.totpSecret));
    await page.locator("form button[type=submit]").last().click();
    await page.waitForURL(/\/staff$/);
  } else {
    await page.waitForURL(/\/my\//);
  }
}

/* ---------------------------------------------------------------- subject portal ------------- */

/** From My requests: "new request", choose the organisation and the type, continue to its form. */
export async function openRequestForm(page: Page, app: RunningApp, axe: AxeLog, t: T, o: { organisation: string; type: string }) {
  await page.goto(`${app.url}/my/requests`);
  await axe.check(page, "my requests");
  await page.getByRole("main").getByRole("link", { name: t("portal.myRequests.newRequest") }).click();
  await page.waitForURL(/\/my\/requests\/new$/);
  await axe.check(page, "new request: organisation and type");
  const select = page.getByLabel(t("requests.new.organisation"), { exact: true });
  const value = await select.locator("option", { hasText: o.organisation }).getAttribute("value");
  await select.selectOption(value!);
  await page.getByRole("radio", { name: startsWith(t(`requests.types.${o.type}`)) }).check();
  await page.getByRole("button", { name: t("requests.new.continue") }).click();
  await page.waitForURL(new RegExp(`/my/requests/new\\?.*type=${o.type}`));
  await page.getByRole("heading", { level: 1, name: startsWith(t(`requests.types.${o.type}`)) }).waitFor();
  await axe.check(page, `new request: ${o.type} form`);
}

/** Send the form; returns the new request's id and reference from the page it lands on. */
export async function submitRequestForm(page: Page, axe: AxeLog, t: T): Promise<{ id: string; reference: string; url: string }> {
  await page.getByRole("button", { name: t("requests.form.submit") }).click();
  await page.waitForURL(/\/my\/requests\/[0-9a-f-]{36}\?filed=1/).catch(async (e) => {
    throw new Error(`request was not filed: ${(e as Error).message}${await pageErrors(page)}`);
  });
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const h1 = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const reference = h1.match(/[A-Z]+-\d{4}-\d{4}/)?.[0];
  if (!reference) throw new Error(`no reference in "${h1}"`);
  await axe.check(page, "request filed");
  return { id, reference, url: page.url().split("?")[0] };
}

/** The status shown on the subject's request page (first fact after the heading list). */
export async function subjectStatus(page: Page, t: T): Promise<string> {
  const facts = page.locator("dl.facts").first();
  const dt = facts.locator("dt", { hasText: exactly(t("portal.request.status")) });
  return ((await dt.locator("xpath=following-sibling::dd[1]").textContent()) ?? "").trim();
}

/* ---------------------------------------------------------------- staff ---------------------- */

export const section = (page: Page, heading: string): Locator => page.locator(`section[aria-labelledby="${heading}"]`);

/** The staff queue: narrow to one type with the filter form, open the request by its reference. */
export async function openFromQueue(page: Page, app: RunningApp, axe: AxeLog, t: T, o: { reference: string; type: string }) {
  await page.goto(`${app.url}/staff`);
  await axe.check(page, "staff: queue");
  await page.getByLabel(t("staffQueue.type"), { exact: true }).selectOption(o.type);
  await page.getByRole("button", { name: t("staffQueue.apply"), exact: true }).click();
  await page.waitForURL(new RegExp(`/staff\\?.*type=${o.type}`));
  await page.getByRole("link", { name: o.reference, exact: true }).click();
  await page.waitForURL(/\/staff\/requests\/[0-9a-f-]{36}$/);
  await page.getByRole("heading", { level: 1, name: startsWith(o.reference) }).waitFor();
  await axe.check(page, "staff: request (new)");
}

/** The value of one fact in the request page's first facts list. */
export async function staffFact(page: Page, label: string): Promise<string> {
  const dt = page.locator("dl.facts").first().locator("dt", { hasText: exactly(label) });
  return ((await dt.locator("xpath=following-sibling::dd[1]").textContent()) ?? "").trim();
}

export async function assignToMe(page: Page, t: T, staffName: string) {
  await page.getByRole("button", { name: t("staffActions.assignToMe") }).click();
  await until(page, "assigned to me", async () => (await staffFact(page, t("staffRequest.assignee"))) === staffName);
}

/**
 * Close every open task: the first one skipped with a reason (if given), the rest marked done.
 * Returns how many there were.
 */
export async function finishTasks(page: Page, t: T, skipReason?: string): Promise<number> {
  const tasks = section(page, "tasks-heading");
  const doneButtons = tasks.getByRole("button", { name: t("staffTasks.done"), exact: true });
  const total = await doneButtons.count();
  for (let n = total; n > 0; n--) {
    if (skipReason && n === total) {
      const card = tasks.locator("li.card").filter({ has: page.getByRole("button", { name: t("staffTasks.done"), exact: true }) }).first();
      await card.locator("summary", { hasText: exactly(t("staffTasks.skip")) }).click();
      await card.getByLabel(startsWith(t("staffTasks.skipReason"))).fill(skipReason);
      await card.getByRole("button", { name: t("staffTasks.skipSubmit"), exact: true }).click();
    } else {
      await doneButtons.first().click();
    }
    await until(page, `task closed (${n - 1} left)`, async () => (await doneButtons.count()) === n - 1);
  }
  return total;
}

/** "Mark completed" with a summary for the subject; waits for the status to say completed. */
export async function completeRequest(page: Page, t: T, summary: string) {
  const details = page.locator("details", { has: page.locator("summary", { hasText: exactly(t("staffActions.complete")) }) });
  await details.locator("summary").first().click();
  await details.getByLabel(startsWith(t("staffActions.completeSummary"))).fill(summary);
  await details.getByRole("button", { name: t("staffActions.completeSubmit"), exact: true }).click();
  await until(page, "request completed", async () => (await staffFact(page, t("staffRequest.status"))) === t("staffLabels.status.completed"));
}

/** Follow the first linked record in the identity panel to the staff person page. */
export async function personHref(page: Page): Promise<string> {
  const href = await section(page, "identity-heading").locator('a[href^="/staff/persons/"]').first().getAttribute("href");
  if (!href) throw new Error("no linked person record on the request page");
  return href;
}

/** Click a link and wait for the download; returns the file's first bytes as text. */
export async function downloadHead(page: Page, link: Locator, bytes = 5): Promise<{ head: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const file = await download.path();
  if (!file) throw new Error(`download failed: ${await download.failure()}`);
  const fd = fs.openSync(file, "r");
  const buf = Buffer.alloc(bytes);
  fs.readSync(fd, buf, 0, bytes, 0);
  fs.closeSync(fd);
  return { head: buf.toString("latin1"), name: download.suggestedFilename() };
}
