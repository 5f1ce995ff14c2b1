import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { ACCOUNTS, type Role } from "./support/roles";
import { signInAs, type SignedIn } from "./support/sign-in";
import { JOURNEY_PAGES } from "./support/journey-pages";
import { startSmtp, type SmtpBox } from "../support/smtp";

// Issue 12 item 2: from a 320 px phone up, no page of the journeys is wider than the screen (tables
// become stacked rows), and no form control — the organisation dropdown included — is cut at the edge.

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
const sessions: Partial<Record<Role, SignedIn>> = {};

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
  sessions.subjectA = await signInAs(browser, app, smtp, ACCOUNTS.subjectA.email);
  sessions.staffX = await signInAs(browser, app, smtp, ACCOUNTS.staffX.email, ACCOUNTS.staffX.totpSecret);
  sessions.adminX = await signInAs(browser, app, smtp, ACCOUNTS.adminX.email, ACCOUNTS.adminX.totpSecret);
}, 240_000);
afterAll(async () => {
  for (const s of Object.values(sessions)) await s?.ctx.close();
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

describe("phones", () => {
  for (const width of [320, 390]) {
    it(`at ${width} px every page of the journeys fits the screen`, { timeout: 300_000 }, async () => {
      const problems: string[] = [];
      const anon = await browser.newContext();
      try {
        for (const { role, path } of JOURNEY_PAGES) {
          const ctx = role === "anon" ? anon : sessions[role]!.ctx;
          const page = await ctx.newPage();
          try {
            await page.setViewportSize({ width, height: 800 });
            const res = await page.goto(`${app.url}${path}`, { waitUntil: "load" });
            expect(res?.status(), `${role} ${path}`).toBeLessThan(400);
            const m = await page.evaluate(() => {
              const vw = document.documentElement.clientWidth;
              const cut = [...document.querySelectorAll("main select, main input, main textarea, main button")]
                .filter((el) => (el as HTMLInputElement).type !== "hidden" && (el as HTMLElement).offsetParent !== null)
                .filter((el) => el.getBoundingClientRect().right > vw + 1)
                .map((el) => `${el.tagName.toLowerCase()}#${el.id || (el as HTMLInputElement).name}`);
              return { scroll: document.documentElement.scrollWidth, vw, cut };
            });
            if (m.scroll > width) {
              problems.push(`${role} ${path}: ${m.scroll} px wide`);
              await screenshotOnFailure(page, `phone-${width}-${path}`);
            }
            if (m.cut.length) problems.push(`${role} ${path}: cut ${m.cut.join(", ")}`);
          } finally {
            await page.close();
          }
        }
      } finally {
        await anon.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
