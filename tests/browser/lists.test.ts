/**
 * Issue 13: a list with more rows than a page shows the pager, and its links lead to the next page and
 * back — in the browser, with the keyboard, on a phone-sized screen — and the JSON API pages the same
 * list. A cursor that is not one of ours is the first page on the page and a 400 from the API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { signInAs, type SignedIn } from "./support/sign-in";
import { seriousViolations } from "./support/axe";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { textsFor } from "./support/journey-kit";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { seedId } from "@/lib/seed/ids";
import { MY_REQUESTS_PAGE_SIZE } from "@/lib/requests/list-queries";

const TKL = seedOrganisations[0];
const t = textsFor("fi");
const FILED = MY_REQUESTS_PAGE_SIZE + 2;

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let subject: SignedIn;

beforeAll(async () => {
  smtp = await startSmtp();
  // The filing limits (5 an hour) would stop the fixture long before a second page.
  app = await startApp({ SMTP_URL: smtp.url, OMATIETO_FILING_LIMITS: "1000,1000,1000" });
  browser = await launchBrowser();
  subject = await signInAs(browser, app, smtp, `listat-${Date.now().toString(36)}@example.net`, undefined, "fi");
  const body = JSON.stringify({ type: "access", organisationId: seedId("org", TKL.slug), registerIds: [seedId("register", TKL.slug, TKL.registers[0].slug)], formats: ["pdf"], confirmDuplicate: true });
  for (let i = 0; i < FILED; i++) {
    const r = await fetch(`${app.url}/api/v1/requests`, { method: "POST", headers: { cookie: subject.cookie, "content-type": "application/json", origin: app.url }, body });
    expect(r.status).toBe(201);
  }
}, 240_000);
afterAll(async () => {
  await subject?.ctx.close().catch(() => {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

const references = (page: Page) => page.locator("table.stack-table tbody tr td:first-child a").allTextContents();

describe("/my/requests with more requests than a page", () => {
  it("shows a page and the pager; Older (by keyboard) shows the rest; Newer and Newest lead back", { timeout: 120_000 }, async () => {
    const page = await subject.ctx.newPage();
    try {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(`${app.url}/my/requests`);
      const first = await references(page);
      expect(first).toHaveLength(MY_REQUESTS_PAGE_SIZE);
      const pager = page.getByRole("navigation", { name: t("portal.myRequests.pages") });
      const older = pager.getByRole("link", { name: t("pagination.time.next") });
      await expect(older.count()).resolves.toBe(1);
      await expect(pager.getByRole("link", { name: t("pagination.time.prev") }).count()).resolves.toBe(0);
      // A touch target of at least 44 × 44 CSS pixels on a phone.
      const box = (await older.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(await seriousViolations(page)).toEqual([]);

      await older.focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(/cursor=/);
      // Links navigate on the client: wait for the table to be the new page's.
      await expect.poll(async () => (await references(page)).length).toBe(FILED - MY_REQUESTS_PAGE_SIZE);
      const second = await references(page);
      expect(second.filter((r) => first.includes(r))).toEqual([]);
      await expect(pager.getByRole("link", { name: t("pagination.time.next") }).count()).resolves.toBe(0);
      expect(await seriousViolations(page)).toEqual([]);

      await pager.getByRole("link", { name: t("pagination.time.prev") }).click();
      await expect.poll(() => references(page)).toEqual(first);
      await pager.getByRole("link", { name: t("pagination.time.first") }).click();
      await page.waitForURL((u) => !u.search.includes("cursor"));
      await expect.poll(() => references(page)).toEqual(first);
    } catch (e) {
      await screenshotOnFailure(page, "lists-my-requests");
      throw e;
    } finally {
      await page.close();
    }
  });

  it("a cursor that is not one of ours shows the first page, never an error", async () => {
    for (const bad of ["junk", "eyJrIjoiMjAyNi0wMi0zMFQxMDowMDowMC4wMDAwMDBaIiwiaSI6IjBiN2U4YTRlLTNmN2MtNGE1My05YTUxLTJmMWE0YzdkOWUxMCIsImQiOiJhIn0", "%ff"]) {
      const r = await fetch(`${app.url}/my/requests?cursor=${bad}`, { headers: { cookie: subject.cookie } });
      expect([200, 400]).toContain(r.status);
      if (r.status === 200) expect((await r.text()).match(/href="\/my\/requests\/[0-9a-f-]{36}"/g)).toHaveLength(MY_REQUESTS_PAGE_SIZE);
    }
  });

  it("the API pages the same list and answers 400 to a bad cursor", async () => {
    const get = (q = "") => fetch(`${app.url}/api/v1/requests${q}`, { headers: { cookie: subject.cookie } });
    const p1 = (await (await get()).json()) as { data: Array<{ id: string }>; next: string | null };
    expect(p1.data).toHaveLength(MY_REQUESTS_PAGE_SIZE);
    expect(p1.next).toBeTruthy();
    const p2 = (await (await get(`?cursor=${p1.next}`)).json()) as { data: Array<{ id: string }>; next: string | null };
    expect(p2.data).toHaveLength(FILED - MY_REQUESTS_PAGE_SIZE);
    expect(p2.next).toBeNull();
    expect(new Set([...p1.data, ...p2.data].map((r) => r.id)).size).toBe(FILED);
    const bad = await get("?cursor=junk");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, code: "invalid_input" });
  });
});
