import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, waitForSignInLink, type SmtpBox } from "../support/smtp";

// Findings 10 (the parts Next.js decides), 11 and 12, against the built app over HTTP. The app believes
// it is served at an https base URL (as behind a TLS-terminating proxy); the test talks to it on
// http://localhost and follows emailed links there.
const BASE_URL = "https://omatieto.example";
let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({
    OMATIETO_BASE_URL: BASE_URL,
    SMTP_URL: smtp.url,
    AUTH_SECRET: "attacks-headers-test-auth-secret-0123456789",
    OMATIETO_DATA_KEY: Buffer.alloc(32, 7).toString("base64"),
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

function scriptSrc(csp: string | null): string {
  return (csp ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
}

/** The language switcher's action id, read from a page like a browser without JavaScript would. */
async function localeActionId(): Promise<string> {
  const html = await (await fetch(`${app.url}/`)).text();
  return html.match(/name="\$ACTION_ID_([0-9a-f]+)"/)![1]!;
}

describe("finding 12: nonce CSP, HSTS and Secure cookies", () => {
  it("sends a fresh nonce per response, no 'unsafe-inline' scripts, and the nonce on every script", async () => {
    const a = await fetch(`${app.url}/`);
    const b = await fetch(`${app.url}/sign-in`);
    const src = scriptSrc(a.headers.get("content-security-policy"));
    const nonce = src.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(src).toContain("'strict-dynamic'");
    expect(src).not.toContain("'unsafe-inline'");
    expect(src).not.toContain("'unsafe-eval'");
    expect(scriptSrc(b.headers.get("content-security-policy"))).not.toContain(`'nonce-${nonce}'`);
    const scripts = (await a.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(a.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("sends HSTS because the base URL is https", async () => {
    for (const path of ["/", "/sign-in", "/api/auth/session"]) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    }
  });

  it("hydrates under the CSP with no violation, and the sign-in form works; the session cookie is Secure", async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to ${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      await page.goto(`${app.url}/sign-in`);
      // React attaches its fibers to the DOM when it hydrates: only possible if the scripts ran.
      await page.waitForFunction(() => Object.keys(document.querySelector("form") ?? {}).some((k) => k.startsWith("__reactFiber$")));
      const email = "csp.tester@example.fi";
      const before = smtp.messages.length;
      await page.locator("input#email").fill(email);
      await page.locator("main form button[type=submit]").last().click();
      await page.waitForURL(/check-email/);
      expect(violations).toEqual([]);

      const link = new URL(await waitForSignInLink(smtp, email, before));
      const res = await fetch(`${app.url}${link.pathname}${link.search}`, { redirect: "manual" });
      const session = res.headers.getSetCookie().find((c) => /authjs\.session-token=/.test(c));
      expect(session).toMatch(/^__Secure-authjs\.session-token=/);
      expect(session).toMatch(/;\s*Secure/i);
      expect(session).toMatch(/;\s*HttpOnly/i);
    } catch (e) {
      await screenshotOnFailure(page, "attacks-headers-csp");
      throw e;
    } finally {
      await ctx.close();
    }
  });
});

describe("finding 11: the language switcher redirects only within the site", () => {
  async function switchLocale(back: string): Promise<Response> {
    const form = new FormData();
    form.set(`$ACTION_ID_${await localeActionId()}`, "");
    form.set("locale", "en");
    form.set("back", back);
    return fetch(`${app.url}/`, { method: "POST", body: form, redirect: "manual", headers: { Origin: app.url } });
  }

  it("keeps a same-site path (positive control) and sets a Secure language cookie", async () => {
    const res = await switchLocale("/complaint");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/complaint");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("NEXT_LOCALE="));
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it.each(["/\\evil.example", "//evil.example", "/%5Cevil.example", "\t/evil.example", "https://evil.example", "/%2F%2Fevil.example", "javascript:alert(1)"])(
    "answers back=%j with Location /",
    async (back) => {
      const res = await switchLocale(back);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/");
    },
  );
});

describe("finding 10: bad percent-escapes and malformed action bodies are 4xx", () => {
  it.each(["/my/requests/%ZZ", "/organisations/%ff/privacy", "/staff/requests/%E0%A4%A/review", "/%C0%AF"])("GET %s is 400", async (path) => {
    const res = await fetch(`${app.url}${path}`);
    expect(res.status).toBe(400);
  });

  it("a valid escape still reaches the page (positive control)", async () => {
    expect((await fetch(`${app.url}/organisations/%C3%A4/privacy`)).status).toBe(404);
    expect((await fetch(`${app.url}/sign-in?next=%C3%A4%ZZ`)).status).toBe(200);
  });

  type Case = { name: string; headers: Record<string, string>; body: string | (() => Promise<string>) };
  const textType = { "Content-Type": "text/plain;charset=UTF-8" };
  const cases: Case[] = [
    { name: "a garbage action id", headers: { "Next-Action": "garbage", ...textType }, body: "[]" },
    { name: "an unknown action id", headers: { "Next-Action": "40" + "a".repeat(40), ...textType }, body: "[]" },
    { name: "a text body that is not JSON", headers: textType, body: "{{{not json" },
    { name: "an empty body", headers: textType, body: "" },
    { name: "a reference to a part that is not there", headers: textType, body: '["$Q99"]' },
    { name: "a server reference to nothing", headers: textType, body: '["$F1"]' },
    { name: "a multipart body without its boundary", headers: { "Content-Type": "multipart/form-data; boundary=XYZ" }, body: "garbage" },
    { name: "a multipart content type without a boundary", headers: { "Content-Type": "multipart/form-data" }, body: "garbage" },
  ];
  it.each(cases)("an action POST with $name is 4xx", async ({ headers, body }) => {
    const id = await localeActionId();
    const res = await fetch(`${app.url}/`, {
      method: "POST",
      headers: { "Next-Action": id, Origin: app.url, ...headers },
      body: typeof body === "string" ? body : await body(),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it("a form post (no JavaScript) with a truncated multipart body is 400", async () => {
    const id = await localeActionId();
    const body = `--XYZ\r\nContent-Disposition: form-data; name="$ACTION_ID_${id}"\r\n\r\n`;
    const res = await fetch(`${app.url}/`, { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=XYZ", Origin: app.url }, body });
    expect(res.status).toBe(400);
  });

  it("an action body over the 2 MB limit is 413", async () => {
    const res = await fetch(`${app.url}/`, {
      method: "POST",
      headers: { "Next-Action": await localeActionId(), Origin: app.url, ...textType },
      body: JSON.stringify(["a".repeat(2 * 1024 * 1024 + 10)]),
    });
    expect(res.status).toBe(413);
  });

  it("a well-formed fetch action call still runs (positive control)", async () => {
    // What the browser's router sends for <form action={changeLocale}>: the form's fields as parts
    // "_1_<name>", then the arguments in part "0", where "$K1" is that form.
    const form = new FormData();
    form.set("_1_locale", "sv");
    form.set("_1_back", "/complaint");
    form.set("0", '["$K1"]');
    const res = await fetch(`${app.url}/`, { method: "POST", headers: { "Next-Action": await localeActionId(), Origin: app.url }, body: form, redirect: "manual" });
    expect(res.status).toBeLessThan(400);
    expect(res.headers.get("x-action-redirect")).toMatch(/^\/complaint/);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("NEXT_LOCALE=sv"))).toBe(true);
  });
});
