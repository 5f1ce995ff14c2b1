import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, type SmtpBox } from "../support/smtp";
import { AxeLog, journeySignIn, textsFor } from "./support/journey-kit";
import { REGISTER_NAMES, adminSetsUpOrganisation, fileErasure, handlerSeesProcessorTaskBlocking, publicNoticeText, reachLevel3ByOidc, startOidcProvider } from "./support/setup-steps";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { toHelsinkiDate } from "@/lib/deadlines";
import { formatDate } from "@/emails/labels";
import { ORG_X } from "./support/route-table";

// Issue 10 items 2, 3, 5: the demo organisation's admin sets up, in the browser, a register with its
// privacy notice in fi, sv and en, a processor that receives erasure tasks and the OpenID Connect
// provider (a local `oidc-provider`, as in tests/identity/oidc.test.ts); a new subject reaches level 3
// through it and files an erasure; the processor's task appears and blocks completion; the public
// privacy notice shows the register with its version date.

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const admin = tkl.staff.find((s) => s.role === "admin" && s.totpSecret)!;
const mikko = tkl.staff.find((s) => s.email === "mikko.lehtinen@tkl.example")!;
const t = textsFor("fi");
const SUBJECT = "uusi.asiakas@example.fi";
const CLIENT_ID = "omatieto-setup";
const CLIENT_SECRET = "setup-journey-client-secret-0123456789";

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let oidc: { issuer: string; close: () => Promise<void> } | undefined;
let issuer = "";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
  oidc = await startOidcProvider(app.url, tkl.slug, { id: CLIENT_ID, secret: CLIENT_SECRET });
  issuer = oidc.issuer;
}, 600_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
  await oidc?.close();
});

describe("journey: an association sets itself up (issue 10)", () => {
  it("register, processor, OIDC provider; level 3 by OIDC; erasure task blocks completion; public notice dated", { timeout: 300_000 }, async () => {
    const axe = new AxeLog();
    let page: Page | undefined;
    try {
      // 1–4. The admin: register, its notice in fi, sv, en, a processor for erasures, the OIDC provider.
      const a = await journeySignIn(browser, app, smtp, axe, { email: admin.email, totpSecret: admin.totpSecret, locale: "fi" });
      contexts.push(a.ctx);
      page = a.page;
      await adminSetsUpOrganisation(page, app, axe, t, { organisationId: ORG_X, issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });

      // 5. A new subject reaches level 3 through the provider.
      const s = await journeySignIn(browser, app, smtp, axe, { email: SUBJECT, locale: "fi" });
      contexts.push(s.ctx);
      page = s.page;
      await reachLevel3ByOidc(page, app, axe, t, { issuer, organisation: tkl.name, login: "vapaaehtoinen-1" });

      // 6. The subject files an erasure.
      const filed = await fileErasure(page, app, axe, t, tkl.name);

      // 7. The handler takes it: the processor's task is there and completion waits for it.
      const h = await journeySignIn(browser, app, smtp, axe, { email: mikko.email, totpSecret: mikko.totpSecret, locale: "fi" });
      contexts.push(h.ctx);
      page = h.page;
      await handlerSeesProcessorTaskBlocking(page, app, axe, t, { reference: filed.reference, staffName: mikko.name });

      // 8. The public privacy notice shows the register and the date its version is in force.
      const main = await publicNoticeText(page, app, axe, tkl.slug);
      expect(main).toContain(REGISTER_NAMES.fi);
      expect(main).toContain("Vuorot arvotaan (fi).");
      expect(main).toContain(formatDate(toHelsinkiDate(new Date()), "fi"));
    } catch (e) {
      await screenshotOnFailure(page, "journey-setup");
      throw e;
    }
    expect(axe.violations, axe.report()).toEqual([]);
  });
});
