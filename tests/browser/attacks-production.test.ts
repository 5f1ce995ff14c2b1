import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import path from "node:path";
import type { Browser } from "playwright-core";
import { runAppUntilExit, startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { seriousViolations } from "./support/axe";
import { isSignInMail, startSmtp, type SmtpBox } from "../support/smtp";
import { openPglite } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/client";
import { sql } from "drizzle-orm";
import postgres from "postgres";

// Issue 9, findings 1 and 3 (and the sign-in-mail half of 9), against the built app started through
// lib/cli/server.mjs: production as a real deployment runs it, and demo mode as `npm start` runs it.

let smtp: SmtpBox;
let browser: Browser;
let prod: RunningApp;
let demo: RunningApp;

beforeAll(async () => {
  smtp = await startSmtp();
  browser = await launchBrowser();
  prod = await startApp({ SMTP_URL: smtp.url });
  // Demo mode behind one trusted proxy hop, so a test can be a non-loopback client via X-Forwarded-For.
  demo = await startApp({ OMATIETO_TRUSTED_PROXY_HOPS: "1" }, { mode: "demo" });
});
afterAll(async () => {
  await browser?.close();
  await prod?.stop();
  await demo?.stop();
  await smtp?.stop();
});

/** A raw HTTP request, so that Host and every other header are exactly what an attacker sends. */
function rawRequest(url: string, opts: { method?: string; headers?: Record<string, string>; body?: Buffer }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: u.port, path: u.pathname + u.search, method: opts.method ?? "GET", headers: opts.headers, setHost: !opts.headers?.host },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe("production refuses to start without its settings (finding 1)", () => {
  it("exits non-zero and names each missing setting on its own line", async () => {
    const { code, output } = await runAppUntilExit({});
    expect(code).not.toBe(0);
    const lines = output.split("\n").filter((l) => l.startsWith("[omatieto] refusing to start:"));
    for (const name of ["OMATIETO_BASE_URL", "AUTH_SECRET", "OMATIETO_DATA_KEY", "SMTP_URL"]) {
      expect(lines.filter((l) => l.includes(`${name} is not set`))).toHaveLength(1);
    }
  });

  it("refuses a base URL with a path and a short secret, one line each, even with every other setting right", async () => {
    const { code, output } = await runAppUntilExit({
      OMATIETO_BASE_URL: "https://omatieto.example.fi/portal",
      AUTH_SECRET: "too-short",
      OMATIETO_DATA_KEY: Buffer.alloc(32, 7).toString("base64"),
      SMTP_URL: smtp.url,
    });
    expect(code).not.toBe(0);
    const lines = output.split("\n").filter((l) => l.startsWith("[omatieto] refusing to start:"));
    expect(lines.some((l) => /OMATIETO_BASE_URL must be an origin without a path/.test(l))).toBe(true);
    expect(lines.some((l) => /AUTH_SECRET is too short/.test(l))).toBe(true);
    expect(lines.some((l) => /OMATIETO_DATA_KEY|SMTP_URL/.test(l))).toBe(false);
  });
});

describe("production: no development mailbox, no demo banner (finding 1)", () => {
  it("/dev/mail and a message page are 404, and no page links to them or says demo", async () => {
    for (const p of ["/dev/mail", "/dev/mail/00000000-0000-4000-8000-000000000000"]) {
      const r = await rawRequest(`${prod.url}${p}`, {});
      expect(r.status, p).toBe(404);
      // Also as a loopback client that claims to be one through the header the server entry owns.
      const forged = await rawRequest(`${prod.url}${p}`, { headers: { "x-omatieto-client-ip": "127.0.0.1", "x-forwarded-for": "127.0.0.1" } });
      expect(forged.status, p).toBe(404);
    }
    const home = await rawRequest(`${prod.url}/sign-in/check-email`, {});
    expect(home.body).not.toContain("/dev/mail");
    expect(home.body).not.toContain('data-testid="demo-banner"');
  });

  it("a demo staff sign-in request goes to the real SMTP server, never to a page anyone can read", async () => {
    const email = "katja.suominen@tkl.example";
    const before = smtp.messages.length;
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    try {
      await page.goto(`${prod.url}/sign-in`);
      await page.locator("input#email").fill(email);
      await page.locator("form button[type=submit]").last().click();
      await page.waitForURL(/check-email/);
      await smtp.waitFor(isSignInMail(smtp, email, before));
      expect((await rawRequest(`${prod.url}/dev/mail`, {})).status).toBe(404);
    } catch (e) {
      await screenshotOnFailure(page, "attacks-production-devmail");
      throw e;
    } finally {
      await ctx.close();
    }
  });
});

/** Submit the real sign-in form once in chromium and capture the server-action POST without sending it. */
async function captureSignInPost(email: string): Promise<{ path: string; headers: Record<string, string>; body: Buffer }> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  try {
    let captured: { path: string; headers: Record<string, string>; body: Buffer } | undefined;
    await page.route("**/sign-in", async (route) => {
      const req = route.request();
      if (req.method() !== "POST") return route.continue();
      captured = { path: new URL(req.url()).pathname, headers: await req.allHeaders(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
    });
    await page.goto(`${prod.url}/sign-in`);
    await page.locator("input#email").fill(email);
    await page.locator("form button[type=submit]").last().click();
    await expect.poll(() => captured !== undefined).toBe(true);
    return captured!;
  } finally {
    await ctx.close();
  }
}

describe("sign-in link host poisoning (finding 3)", () => {
  it.each([
    ["Host", { host: "evil.example", origin: "http://evil.example" }],
    ["X-Forwarded-Host", { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", origin: "https://evil.example" }],
  ])("a sign-in POST with a hostile %s mails a link on the base URL only, and the link works", async (label, hostile) => {
    const email = `victim.${label.toLowerCase()}@example.fi`;
    const post = await captureSignInPost(email);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(post.headers)) {
      if (!["host", "origin", "referer", "content-length", "cookie", "connection"].includes(k) && !k.startsWith(":")) headers[k] = v;
    }
    const before = smtp.messages.length;
    const res = await rawRequest(`${prod.url}${post.path}`, { method: "POST", headers: { ...headers, ...hostile, "content-length": String(post.body.length) }, body: post.body });
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(res.headers)).not.toContain("evil.example");
    const mail = await smtp.waitFor(isSignInMail(smtp, email, before));
    expect(`${mail.text}\n${mail.html || ""}`).not.toContain("evil.example");
    const links = mail.text!.match(/https?:\/\/\S+/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith(`${prod.url}/`)).toBe(true);
    const link = links.find((l) => l.includes("/api/auth/callback/nodemailer?"))!;
    expect(new URL(link).searchParams.get("callbackUrl")).toBe(`${prod.url}/after-sign-in`);
    // The link works on the real host (and only there).
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    try {
      await page.goto(link);
      await page.waitForURL(new RegExp(`^${prod.url}/my/requests`));
    } catch (e) {
      await screenshotOnFailure(page, `attacks-production-${label}`);
      throw e;
    } finally {
      await ctx.close();
    }
  });
});

describe("demo mode (npm start): banner on every page, mailbox for loopback clients only", () => {
  it.each([
    ["fi", /Demo – ei oikeille henkilötiedoille/],
    ["sv", /Demo – inte för riktiga personuppgifter/],
    ["en", /Demo — not for real personal data/],
  ])("every page says it is a demo, in %s, accessibly", async (locale, text) => {
    const ctx = await browser.newContext();
    await ctx.addCookies([{ name: "NEXT_LOCALE", value: locale, url: demo.url }]);
    const page = await ctx.newPage();
    try {
      for (const p of ["/", "/sign-in", "/dev/mail", "/no-such-page"]) {
        await page.goto(`${demo.url}${p}`);
        const banner = page.getByRole("region", { name: /Esittelytila|Demoläge|Demo mode/ });
        await expect.poll(() => banner.textContent()).toMatch(text);
      }
      await page.goto(`${demo.url}/`);
      expect(await seriousViolations(page)).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, `attacks-production-banner-${locale}`);
      throw e;
    } finally {
      await ctx.close();
    }
  });

  it("the mailbox shows the demo sign-in link to a loopback client, and is a 404 for any other client", async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    try {
      await page.goto(`${demo.url}/sign-in`);
      await page.locator("input#email").fill("aino.virtanen@example.fi");
      await page.locator("form button[type=submit]").last().click();
      await page.waitForURL(/check-email/);
      await page.goto(`${demo.url}/dev/mail`);
      await page.getByRole("link").filter({ hasText: /Omatieto/ }).last().click();
      const link = await page.locator("pre.mail a").filter({ hasText: "/api/auth/callback/nodemailer" }).first().getAttribute("href");
      expect(link?.startsWith(`${demo.url}/`)).toBe(true);
      const id = new URL(page.url()).pathname.split("/").pop()!;
      // Through the trusted proxy: a remote client (even one forging the entry's header) gets a 404.
      for (const p of ["/dev/mail", `/dev/mail/${id}`]) {
        expect((await rawRequest(`${demo.url}${p}`, { headers: { "x-forwarded-for": "203.0.113.9" } })).status, p).toBe(404);
        const forged = await rawRequest(`${demo.url}${p}`, { headers: { "x-forwarded-for": "127.0.0.1, 203.0.113.9", "x-omatieto-client-ip": "127.0.0.1" } });
        expect(forged.status, p).toBe(404);
        expect((await rawRequest(`${demo.url}${p}`, { headers: { "x-forwarded-for": "127.0.0.1" } })).status, p).toBe(200);
      }
    } catch (e) {
      await screenshotOnFailure(page, "attacks-production-demo-mailbox");
      throw e;
    } finally {
      await ctx.close();
    }
  });
});

describe("sign-in mails do not keep the token once sent (finding 9)", () => {
  it("after the worker has sent the sign-in mails, no outbox row holds a token", async () => {
    const tokens = smtp.messages.map((m) => m.text?.match(/[?&]token=([0-9a-f]+)/)?.[1]).filter((t): t is string => Boolean(t));
    expect(tokens.length).toBeGreaterThan(0);
    const texts: string[] = [];
    if (prod.databaseUrl) {
      const db = postgres(prod.databaseUrl, { max: 1, onnotice: () => {} });
      for (const r of await db`select text, html, status from email_outbox where template = 'sign_in'`) texts.push(`${r.status} ${r.text} ${r.html}`);
      await db.end();
    } else {
      // The embedded database is owned by the app process: read it once the app has stopped.
      const dataDir = prod.dataDir;
      await prod.stop({ keepData: true });
      const h = await openPglite(path.join(dataDir, "pglite"));
      for (const r of rowsOf<{ text: string; html: string; status: string }>(await h.db.execute(sql`select text, html, status from email_outbox where template = 'sign_in'`))) {
        texts.push(`${r.status} ${r.text} ${r.html}`);
      }
      await h.close();
      await prod.stop();
    }
    expect(texts.length).toBeGreaterThanOrEqual(tokens.length);
    for (const t of texts) expect(t.startsWith("sent ")).toBe(true);
    for (const token of tokens) expect(texts.filter((t) => t.includes(token))).toEqual([]);
  });
});
