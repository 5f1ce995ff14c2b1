import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { AxeLog, journeySignIn, subjectStatus, textsFor } from "./support/journey-kit";
import { seedOrganisations } from "@/lib/seed/data/organisations";

// Issue 6 §2: one request form completed with the keyboard only (Tab, Shift+Tab, arrow keys within a
// radio group or select, Space, Enter; no mouse), with a visible focus indicator on every element
// that receives focus on the way (WCAG 2.4.7 / 2.4.11).

const mlr = seedOrganisations.find((o) => o.slug === "mieli-lansirannikko")!;
const SUBJECT = "jonna.lehtonen@example.com"; // linked to both organisations: the select matters
const t = textsFor("fi");

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let ctx: BrowserContext | undefined;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await ctx?.close().catch(() => {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

type Focus = { tag: string; id: string; type: string | null; href: string | null; text: string; value: string; checked: boolean; visible: boolean };

/** What has focus now, and whether it shows a focus indicator (an outline, or a box-shadow ring). */
async function focused(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
    const ring = cs.boxShadow !== "none" && cs.boxShadow !== "";
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute("type"),
      href: el.getAttribute("href"),
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60),
      value: "value" in el ? String(el.value) : "",
      checked: Boolean(el.checked),
      visible: outline || ring,
    };
  });
}

const describeFocus = (f: Focus) => `<${f.tag}${f.id ? `#${f.id}` : ""}${f.type ? ` type=${f.type}` : ""}${f.href ? ` href=${f.href}` : ""}> "${f.text}"`;

describe("keyboard only", () => {
  it("files an objection with Tab/Shift+Tab/arrows/Space/Enter and the focus is always visible", { timeout: 180_000 }, async () => {
    const axe = new AxeLog();
    const noIndicator = new Set<string>();
    let page: Page | undefined;

    /** Press `key` until `wanted` has focus; every element passed on the way must show its focus. */
    async function pressUntil(key: string, wanted: (f: Focus) => boolean, what: string, max = 80): Promise<Focus> {
      for (let i = 0; i < max; i++) {
        await page!.keyboard.press(key);
        const f = await focused(page!);
        if (f && !f.visible) noIndicator.add(`${new URL(page!.url()).pathname}: ${describeFocus(f)}`);
        if (f && wanted(f)) return f;
      }
      throw new Error(`${what}: not reached with ${key} in ${max} presses on ${page!.url()}`);
    }

    try {
      const s = await journeySignIn(browser, app, smtp, axe, { email: SUBJECT, locale: "fi" });
      ctx = s.ctx;
      page = s.page;
      await page.goto(`${app.url}/my/requests`);

      // My requests → "New request" (a link: Enter follows it).
      await pressUntil("Tab", (f) => f.tag === "a" && f.href === "/my/requests/new", "new request link");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/my\/requests\/new$/);
      await page.locator("select#org").waitFor();
      await axe.check(page, "new request: organisation and type");

      // The organisation: arrow keys on the focused select until MIELI is chosen.
      const target = await page.locator("select#org option", { hasText: mlr.name }).getAttribute("value");
      let f = await pressUntil("Tab", (x) => x.id === "org", "organisation select");
      const options = await page.locator("select#org option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const direction = options.indexOf(target!) > options.indexOf(f.value) ? "ArrowDown" : "ArrowUp";
      for (let i = 0; i < options.length && f.value !== target; i++) {
        await page.keyboard.press(direction);
        f = (await focused(page))!;
      }
      expect(f.value).toBe(target);

      // The type: Tab enters the radio group on the checked radio; arrows move to "objection".
      f = await pressUntil("Tab", (x) => x.tag === "input" && x.type === "radio", "request type radios");
      f = await pressUntil("ArrowDown", (x) => x.id === "type-objection", "objection radio", 10);
      expect(f.checked).toBe(true);
      // Shift+Tab back to the select and Tab forward again: focus returns to the checked radio.
      await page.keyboard.press("Shift+Tab");
      expect((await focused(page))?.id).toBe("org");
      await page.keyboard.press("Tab");
      expect((await focused(page))?.id).toBe("type-objection");
      await pressUntil("Tab", (x) => x.tag === "button" && x.text === t("requests.new.continue"), "continue button");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/my\/requests\/new\?.*type=objection/);
      await page.locator("#kind-direct_marketing").waitFor();
      await axe.check(page, "objection form");

      // The kind of objection: Tab to the group (none checked: its first radio), Space to choose.
      f = await pressUntil("Tab", (x) => x.id.startsWith("kind-"), "objection kind radios");
      expect(f.id).toBe("kind-direct_marketing");
      await page.keyboard.press("Space");
      expect((await focused(page))?.checked).toBe(true);
      await page.getByRole("status").filter({ hasText: t("requests.objection.banAtOnce") }).waitFor();
      await axe.check(page, "objection form (direct marketing chosen)");

      // Through the register checkboxes (all pre-checked) to "Send", then Enter.
      await pressUntil("Tab", (x) => x.tag === "button" && x.text === t("requests.form.submit"), "submit button");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/my\/requests\/[0-9a-f-]{36}\?filed=1/);
      const notice = (await page.getByRole("status").first().textContent()) ?? "";
      expect(notice).toContain(t("portal.request.filed"));
      expect(notice).toContain(t("portal.request.filedBans"));
      await expect(subjectStatus(page, t)).resolves.toBe(t("requests.status.new"));
      const h1 = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
      expect(h1).toContain(t("requests.types.objection"));
      expect(h1).toMatch(/MLR-\d{4}-\d{4}/);
      await axe.check(page, "request filed");
    } catch (e) {
      await screenshotOnFailure(page, "keyboard-objection");
      throw e;
    }
    expect([...noIndicator], `focused elements without a visible focus indicator:\n  ${[...noIndicator].join("\n  ")}`).toEqual([]);
    expect(axe.violations, axe.report()).toEqual([]);
  });
});
