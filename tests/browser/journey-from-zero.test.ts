import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { RunningApp } from "./support/app";
import { launchBrowser, screenshotOnFailure } from "./support/browser";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { AxeLog, journeySignIn, textsFor } from "./support/journey-kit";
import {
  REGISTER_NAMES,
  adminAcceptsInvitation,
  adminSetsUpOrganisation,
  fileErasure,
  handlerSeesProcessorTaskBlocking,
  operatorCreatesOrganisation,
  publicNoticeText,
  reachLevel3ByOidc,
  startFreshInstallWithOperator,
  signInFirstTime,
  startOidcProvider,
  submitIn,
} from "./support/setup-steps";
import { toHelsinkiDate } from "@/lib/deadlines";
import { formatDate } from "@/emails/labels";

// Issue 10, "Tests that must exist", first bullet: a fresh production install WITHOUT demo data. The
// first operator comes from `npm run admin:create-operator`; the operator creates an organisation and
// invites its admin; the admin accepts, sets up TOTP, creates a register with its notice in fi, sv and
// en, a processor that receives erasure tasks, the OIDC provider (a local `oidc-provider`) and a staff
// account; a subject signs in, reaches level 3 through OIDC and files an erasure; the processor's task
// appears on the staff request page and blocks completion; the public privacy notice shows the
// register and its version date. Nothing here uses SQL, a seed file or the demo data.

const OPERATOR = "operaattori@liitto.example";
const ADMIN = { email: "paakayttaja@kriisikeskus.example", name: "Pia Pääkäyttäjä" };
const HANDLER = { email: "kasittelija@kriisikeskus.example", name: "Kalle Käsittelijä" };
const SUBJECT = "ensimmainen.asiakas@example.fi";
const ORG = { name: "Kriisikeskus Esimerkki ry", slug: "kriisikeskus", referencePrefix: "KKE" };
const CLIENT = { id: "omatieto-zero", secret: "from-zero-journey-client-secret-0123456789" };
const t = textsFor("fi");

let app: RunningApp;
let smtp: SmtpBox;
let browser: Browser;
let oidc: { issuer: string; close: () => Promise<void> } | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startFreshInstallWithOperator(smtp.url, { email: OPERATOR, name: "Olli Operaattori" });
  browser = await launchBrowser();
  oidc = await startOidcProvider(app.url, ORG.slug, CLIENT);
}, 600_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
  await oidc?.close();
});

describe("journey from zero: a fresh install without demo data (issue 10)", () => {
  it("operator → organisation → admin → register, processor, OIDC, staff → level-3 erasure → task blocks → public notice", { timeout: 480_000 }, async () => {
    const axe = new AxeLog();
    let page: Page | undefined;
    try {
      // 0. Nothing there: no organisation is listed on the public side.
      expect((await fetch(`${app.url}/organisations/${ORG.slug}/privacy`)).status).toBe(404);

      // 1. The operator signs in (email link + first TOTP), creates the organisation and invites its admin.
      const op = await signInFirstTime(browser, app, smtp, OPERATOR, /\/operator$/);
      contexts.push(op.ctx);
      page = op.page;
      await operatorCreatesOrganisation(page, ORG, ADMIN);
      const invitation = await smtp.waitFor((m) => toAddress(m) === ADMIN.email);
      expect(invitation.text).toContain(ORG.name);

      // 2. The admin signs in, sets up TOTP, accepts the invitation and finds the organisation's settings.
      const ad = await signInFirstTime(browser, app, smtp, ADMIN.email, /\/staff\/invitations$/);
      contexts.push(ad.ctx);
      page = ad.page;
      const organisationId = await adminAcceptsInvitation(page, app, ORG.name);

      // 3. Register with its notice in fi, sv, en; a processor for erasures; the OIDC provider.
      await adminSetsUpOrganisation(page, app, axe, t, { organisationId, issuer: oidc!.issuer, clientId: CLIENT.id, clientSecret: CLIENT.secret });

      // 4. A staff account: a new address becomes a member at once and signs in with its own TOTP.
      await page.goto(`${app.url}/admin/organisations/${organisationId}/staff`);
      await axe.check(page, "admin: staff");
      const addForm = page.locator("#add-staff-email").locator("xpath=ancestor::form");
      await page.locator("#add-staff-email").fill(HANDLER.email);
      await page.locator("#add-staff-name").fill(HANDLER.name);
      await submitIn(page, addForm, t("adminStaff.addSubmit"), t("adminStaff.added"));
      const handler = await signInFirstTime(browser, app, smtp, HANDLER.email, /\/staff$/);
      contexts.push(handler.ctx);

      // 5. A subject signs in, reaches level 3 through the provider and files an erasure.
      const s = await journeySignIn(browser, app, smtp, axe, { email: SUBJECT, locale: "fi" });
      contexts.push(s.ctx);
      page = s.page;
      await reachLevel3ByOidc(page, app, axe, t, { issuer: oidc!.issuer, organisation: ORG.name, login: "asiakas-1" });
      const filed = await fileErasure(page, app, axe, t, ORG.name);
      expect(filed.reference).toMatch(/^KKE-/);

      // 6. The handler: the processor's task is on the request page and the completion warning shows.
      page = handler.page;
      await handlerSeesProcessorTaskBlocking(page, app, axe, t, { reference: filed.reference, staffName: HANDLER.name });

      // 7. The public privacy notice shows the register and the date its version is in force.
      const main = await publicNoticeText(page, app, axe, ORG.slug);
      expect(main).toContain(REGISTER_NAMES.fi);
      expect(main).toContain("Vuorot arvotaan (fi).");
      expect(main).toContain(formatDate(toHelsinkiDate(new Date()), "fi"));
    } catch (e) {
      await screenshotOnFailure(page, "journey-from-zero");
      const logs = app.logs.join("").split("\n").slice(-20).join("\n");
      throw new Error(`${(e as Error).message}\napp log tail:\n${logs}`);
    }
    expect(axe.violations, axe.report()).toEqual([]);
  });
});
