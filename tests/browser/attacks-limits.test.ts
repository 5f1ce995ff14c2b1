/**
 * Issue 9, findings 6 and 8, as an attacker would try them against the built app over HTTP. Finding 5
 * (the client IP and the sign-in lock-out) is in attacks-client-ip.test.ts, behind a trusted proxy hop.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { signInAs } from "./support/sign-in";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { seedId } from "@/lib/seed/ids";

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

const TKL = seedOrganisations[0];
const MIELI = seedOrganisations[1];
const accessBody = () =>
  JSON.stringify({ type: "access", organisationId: seedId("org", TKL.slug), registerIds: [seedId("register", TKL.slug, TKL.registers[0].slug)], formats: ["pdf"], confirmDuplicate: true });

let n = 0;
const fresh = (what: string) => `${what}-${Date.now().toString(36)}-${n++}@example.net`;

function post(cookie: string, headers: Record<string, string>, body = accessBody()) {
  return fetch(`${app.url}/api/v1/requests`, { method: "POST", headers: { cookie, ...headers }, body, redirect: "manual" });
}

async function myRequestCount(cookie: string): Promise<number> {
  const r = await fetch(`${app.url}/api/v1/requests`, { headers: { cookie } });
  expect(r.status).toBe(200);
  return ((await r.json()) as { data: unknown[] }).data.length;
}

describe("POST /api/v1/requests refuses what a browser on another site could send", () => {
  it("text/plain → 415 with a translated message; a foreign Origin → 403; nothing stored; JSON without Origin is filed", async () => {
    const s = await signInAs(browser, app, smtp, fresh("api-kayttaja"), undefined, "en");
    const cookie = `${s.cookie}; NEXT_LOCALE=en`;
    try {
      const plain = await post(cookie, { "content-type": "text/plain;charset=UTF-8", origin: app.url });
      expect(plain.status).toBe(415);
      expect(await plain.json()).toMatchObject({ ok: false, code: "unsupported_media_type", message: expect.stringContaining("JSON") });
      const form = await post(cookie, { "content-type": "application/x-www-form-urlencoded" }, "type=access");
      expect(form.status).toBe(415);

      const foreign = await post(cookie, { "content-type": "application/json", origin: "https://evil.example" });
      expect(foreign.status).toBe(403);
      expect(await foreign.json()).toMatchObject({ ok: false, code: "foreign_origin", message: "Requests from another site are not accepted." });
      const nullOrigin = await post(cookie, { "content-type": "application/json", origin: "null" });
      expect(nullOrigin.status).toBe(403);
      expect(await myRequestCount(cookie)).toBe(0);

      // Positive control: the same request as JSON from a non-browser client (no Origin) is filed.
      const ok = await post(cookie, { "content-type": "application/json; charset=utf-8" });
      expect(ok.status).toBe(201);
      expect(await myRequestCount(cookie)).toBe(1);
    } finally {
      await s.ctx.close();
    }
  });

  it("a flood of filings from one account gets 429 with Retry-After after the limit; nothing beyond it is stored", async () => {
    const s = await signInAs(browser, app, smtp, fresh("tulva"), undefined, "fi");
    const cookie = `${s.cookie}; NEXT_LOCALE=fi`;
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(cookie, { "content-type": "application/json" })).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201]);
      // The rest in parallel, as a flooding script would send them.
      const burst = await Promise.all(Array.from({ length: 10 }, () => post(cookie, { "content-type": "application/json" })));
      expect(burst.map((r) => r.status)).toEqual(Array(10).fill(429));
      const retryAfter = Number(burst[0].headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      const body = (await burst[0].json()) as { code: string; message: string; retryAfterSeconds: number };
      expect(body.code).toBe("rate_limited");
      expect(body.message).toMatch(/^Liian monta yritystä\. Odota \d+ minuut/);
      expect(body.retryAfterSeconds).toBe(retryAfter);
      expect(await myRequestCount(cookie)).toBe(5);
    } finally {
      await s.ctx.close();
    }
  });
});

describe("guessing an anonymous client reference's secret from several fresh accounts", () => {
  const reference = "MLR-K-0042";
  const secret = "demo-salaisuus-42";

  async function tryReference(email: string, guess: string): Promise<string> {
    const s = await signInAs(browser, app, smtp, email, undefined, "en");
    const page = await s.ctx.newPage();
    try {
      await page.goto(`${app.url}/my/verify`);
      await page.locator("#client-ref").fill(reference);
      await page.locator("#client-secret").fill(guess);
      await page.locator("form:has(#client-ref) button[type=submit]").click();
      const outcome = page.locator("#client-secret-error, form:has(#client-ref) [role=status], form:has(#client-ref) .form-error");
      await outcome.first().waitFor();
      return (await outcome.first().textContent()) ?? "";
    } catch (e) {
      await screenshotOnFailure(page, "attacks-limits-reference");
      throw e;
    } finally {
      await s.ctx.close();
    }
  }

  it("locks the reference after five wrong secrets, refuses even the right one, and mails the organisation's staff", async () => {
    const mailsBefore = smtp.messages.length;
    for (let i = 0; i < 5; i++) expect(await tryReference(fresh(`arvaaja${i}`), `arvaus-${i}-${n}`)).toMatch(/do not match/);
    // Every member of the organisation is told (each in their language); the admin's copy is checked.
    const admin = MIELI.staff.find((s) => s.role === "admin")!;
    const alert = await smtp.waitFor(
      (m) => smtp.messages.indexOf(m) >= mailsBefore && toAddress(m) === admin.email && /Asiakastunnus lukittiin|klientnummer låstes|client reference was locked/.test(m.subject ?? ""),
      20_000,
    );
    expect(alert.text).not.toContain(reference);
    expect(alert.text).toContain(`/staff/persons/${seedId("person", "mlr-anon-k0042")}`);

    // The owner with the right secret is refused too, with the same answer (no oracle).
    expect(await tryReference(fresh("omistaja"), secret)).toMatch(/do not match/);

    // Staff see the lock on the person page and unlock it; then the right secret links.
    const staff = await signInAs(browser, app, smtp, admin.email, admin.totpSecret, "en");
    const page = await staff.ctx.newPage();
    try {
      await page.goto(`${app.url}/staff/persons/${seedId("person", "mlr-anon-k0042")}`);
      await expect.poll(() => page.locator("main").textContent(), { timeout: 20_000 }).toMatch(/Locked .*too many wrong secrets/);
      await page.getByRole("button", { name: "Unlock" }).click();
      // The page is revalidated: the lock notice (and its button) are gone.
      await expect.poll(() => page.locator("main").textContent(), { timeout: 20_000 }).not.toMatch(/too many wrong secrets/);
    } catch (e) {
      await screenshotOnFailure(page, "attacks-limits-unlock");
      throw e;
    } finally {
      await staff.ctx.close();
    }
    expect(await tryReference(fresh("omistaja2"), secret)).not.toMatch(/do not match/);
  });
});
