import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import type { DbHandle } from "@/lib/db/client";
import { emailOutbox, devMailbox } from "@/lib/db/schema";
import { enqueueEmail, processOutbox, REMOVED_BODY } from "@/lib/mail/queries";
import { DEV_MAIL_TTL_SECONDS, pruneDevMailbox } from "@/lib/mail/dev-mailbox";
import { buildSignInLink } from "@/lib/auth/sign-in-link";
import { getMailSender } from "@/lib/mail/transport";

// Issue 9, finding 9: sign-in mails with live tokens stayed in clear in email_outbox and the dev mailbox.
let h: DbHandle;
let smtp: SmtpBox;
beforeAll(async () => {
  h = await createTestDb();
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
  delete process.env.OMATIETO_DEMO;
});

const TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
const signInVars = (email: string) => ({
  signInUrl: buildSignInLink("https://omatieto.example.fi", { token: TOKEN, email }),
  portalUrl: "https://omatieto.example.fi",
  recipientName: "",
  organisationName: "Omatieto",
  organisationContact: "",
});

describe("sign-in mails do not keep the token once sent", () => {
  it("the outbox body is overwritten once the worker has sent it over SMTP; the mail itself carried the link", async () => {
    process.env.SMTP_URL = smtp.url;
    const email = "token.kept@example.fi";
    const mail = await enqueueEmail(h.db, { template: "sign_in", locale: "fi", to: email, vars: signInVars(email) });
    const [queued] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail.id));
    expect(queued.text).toContain(TOKEN);
    expect((await processOutbox(h.db)).sent).toBe(1);
    const got = await smtp.waitFor((m) => toAddress(m) === email);
    expect(got.text).toContain(`token=${TOKEN}`);
    const [sent] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail.id));
    expect(sent.status).toBe("sent");
    expect(sent.text).toBe(REMOVED_BODY);
    expect(sent.html).toBe(REMOVED_BODY);
    const all = await h.db.select({ text: emailOutbox.text, html: emailOutbox.html, subject: emailOutbox.subject }).from(emailOutbox);
    expect(all.filter((r) => JSON.stringify(r).includes(TOKEN))).toEqual([]);
  });

  it("other emails keep their body (they hold no credential)", async () => {
    const email = "notice.kept@example.fi";
    const mail = await enqueueEmail(h.db, { template: "sign_in", locale: "fi", to: email, vars: signInVars(email) });
    await h.db.update(emailOutbox).set({ template: "request_received" }).where(eq(emailOutbox.id, mail.id));
    await processOutbox(h.db, { onlyIds: [mail.id] });
    const [row] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.id, mail.id));
    expect(row.text).toContain(TOKEN);
    await h.db.delete(emailOutbox).where(eq(emailOutbox.id, mail.id));
  });

  it("demo mailbox entries are deleted after an hour", async () => {
    delete process.env.SMTP_URL;
    process.env.OMATIETO_DEMO = "1";
    const email = "demo.box@example.fi";
    const mail = await enqueueEmail(h.db, { template: "sign_in", locale: "en", to: email, vars: signInVars(email) });
    expect((await processOutbox(h.db, { onlyIds: [mail.id] })).sent).toBe(1);
    const [stored] = await h.db.select().from(devMailbox).where(eq(devMailbox.toAddress, email));
    expect(stored.text).toContain(TOKEN);
    // Not yet an hour old: kept.
    expect(await pruneDevMailbox(h.db)).toBe(0);
    const later = new Date(Date.now() + (DEV_MAIL_TTL_SECONDS + 1) * 1000);
    expect(await pruneDevMailbox(h.db, later)).toBe(1);
    expect(await h.db.select().from(devMailbox)).toEqual([]);
    expect((await h.db.select({ text: emailOutbox.text }).from(emailOutbox)).filter((r) => r.text.includes(TOKEN))).toEqual([]);
  });

  it("production has no development mailbox: without SMTP_URL the email stays queued and is retried", async () => {
    delete process.env.SMTP_URL;
    delete process.env.OMATIETO_DEMO;
    expect(getMailSender(h.db).kind).toBe("smtp");
    const email = "no.transport@example.fi";
    const mail = await enqueueEmail(h.db, { template: "sign_in", locale: "fi", to: email, vars: signInVars(email) });
    const run = await processOutbox(h.db, { onlyIds: [mail.id] });
    expect(run).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(await h.db.select().from(devMailbox).where(eq(devMailbox.toAddress, email))).toEqual([]);
  });
});
