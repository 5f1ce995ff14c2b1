import type { Browser, BrowserContext } from "playwright-core";
import { authenticator } from "otplib";
import type { SmtpBox } from "../../support/smtp";
import { waitForSignInLink } from "../../support/smtp";
import type { RunningApp } from "./app";

export type SignedIn = { ctx: BrowserContext; cookie: string };

/**
 * Sign in as a real user would: ask for a link on /sign-in, take it from the SMTP server, open it,
 * and for staff enter the TOTP code. Returns the browser context and its cookie header for fetch().
 */
export async function signInAs(browser: Browser, app: RunningApp, smtp: SmtpBox, email: string, totpSecret?: string, locale = "fi"): Promise<SignedIn> {
  const ctx = await browser.newContext();
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: locale, url: app.url }]);
  const page = await ctx.newPage();
  await page.goto(`${app.url}/sign-in`);
  const before = smtp.messages.length;
  await page.locator("input#email").fill(email);
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL(/check-email/);
  const link = await waitForSignInLink(smtp, email, before);
  await page.goto(link);
  if (totpSecret) {
    await page.waitForURL(/\/staff\/mfa/);
    // Wait for a fresh time step if this secret's current code may already have been used.
    const step = () => Math.floor(Date.now() / 30_000);
    const used = usedSteps.get(totpSecret);
    if (used !== undefined && used >= step()) await page.waitForTimeout((30 - ((Date.now() / 1000) % 30)) * 1000 + 200);
    usedSteps.set(totpSecret, step());
    await page.locator("input#code").fill(authenticator.generate(totpSecret));
    await page.locator("form button[type=submit]").last().click();
    await page.waitForURL(/\/staff$/);
  } else {
    await page.waitForURL(/\/(my|staff)/);
  }
  await page.close();
  const cookies = await ctx.cookies(app.url);
  return { ctx, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
}

const usedSteps = new Map<string, number>();
