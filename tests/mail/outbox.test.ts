import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import type { DbHandle } from "@/lib/db/client";
import { emailOutbox, devMailbox } from "@/lib/db/schema";
import { enqueueEmail, processOutbox } from "@/lib/mail/queries";

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
});

const vars = (n: number) => ({
  organisationName: "Turun Kaupunkilähetys ry",
  organisationContact: "tietosuoja@tkl.example",
  portalUrl: "http://localhost:3000",
  requestUrl: `http://localhost:3000/my/requests/${n}`,
  reference: `TKL-2026-${String(n).padStart(4, "0")}`,
  requestTypeLabel: "Tarkastuspyyntö",
  dueDate: "28.12.2026",
  recipientName: "Aino",
});

describe("email outbox", () => {
  it("sends queued email through SMTP once, with the Message-ID fixed at enqueue", async () => {
    process.env.SMTP_URL = smtp.url;
    const mail = await h.db.transaction((tx) => enqueueEmail(tx, { template: "request_received", locale: "fi", to: "aino@example.fi", vars: vars(1) }));
    const run = await processOutbox(h.db);
    expect(run.sent).toBe(1);
    const got = await smtp.waitFor((m) => toAddress(m) === "aino@example.fi");
    expect(got.messageId).toBe(mail.messageId);
    expect(got.subject).toContain("TKL-2026-0001");
    expect((await processOutbox(h.db)).sent).toBe(0);
  });

  it("loses nothing while the SMTP server is down and delivers each exactly once when it is back", async () => {
    await smtp.stop();
    for (let i = 0; i < 50; i++) {
      await h.db.transaction((tx) => enqueueEmail(tx, { template: "request_received", locale: "sv", to: `p${i}@example.fi`, vars: vars(100 + i) }));
    }
    const down = await processOutbox(h.db, { limit: 100 });
    expect(down.sent).toBe(0);
    expect(down.retried).toBe(50);
    const pending = await h.db.select().from(emailOutbox).where(eq(emailOutbox.status, "pending"));
    expect(pending).toHaveLength(50);
    expect(pending.every((p) => p.lastError && !p.lastError.includes("@"))).toBe(true);

    smtp = await startSmtp(Number(new URL(process.env.SMTP_URL!).port));
    // Make the backoff due now (as if time had passed) and run the worker again.
    await h.db.update(emailOutbox).set({ nextAttemptAt: new Date(Date.now() - 1000) }).where(eq(emailOutbox.status, "pending"));
    const up = await processOutbox(h.db, { limit: 100 });
    expect(up.sent).toBe(50);
    for (let i = 0; i < 50; i++) await smtp.waitFor((m) => toAddress(m) === `p${i}@example.fi`);
    expect(smtp.messages).toHaveLength(50);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(50);
    expect((await processOutbox(h.db, { limit: 100 })).sent).toBe(0);
  });

  it("a crash between send and mark resends at most once, with the same Message-ID", async () => {
    const mail = await enqueueEmail(h.db, { template: "completed", locale: "en", to: "crash@example.fi", vars: vars(7) });
    // Claimed and sent, then the worker "crashes" before marking: the lease runs out.
    const { getMailSender } = await import("@/lib/mail/transport");
    const real = getMailSender(h.db);
    await processOutbox(h.db, {
      onlyIds: [mail.id],
      sender: { kind: "smtp", send: async (m) => { await real.send(m); throw Object.assign(new Error("crash"), { code: "ECRASH" }); } },
    });
    await h.db.update(emailOutbox).set({ nextAttemptAt: new Date(Date.now() - 1000) }).where(eq(emailOutbox.id, mail.id));
    await processOutbox(h.db, { onlyIds: [mail.id] });
    await smtp.waitFor((m) => toAddress(m) === "crash@example.fi");
    await new Promise((r) => setTimeout(r, 300));
    const copies = smtp.messages.filter((m) => toAddress(m) === "crash@example.fi");
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map((c) => c.messageId))).toEqual(new Set([mail.messageId]));
  });

  it("in demo mode without SMTP_URL stores the message in the development mailbox", async () => {
    delete process.env.SMTP_URL;
    process.env.OMATIETO_DEMO = "1";
    await enqueueEmail(h.db, { template: "sign_in", locale: "fi", to: "dev@example.fi", vars: { signInUrl: "http://localhost:3000/api/auth/callback/nodemailer?token=abc", portalUrl: "http://localhost:3000", organisationName: "Omatieto", organisationContact: "", recipientName: "" } });
    expect((await processOutbox(h.db)).sent).toBe(1);
    const [row] = await h.db.select().from(devMailbox).where(eq(devMailbox.toAddress, "dev@example.fi"));
    expect(row.text).toContain("token=abc");
    delete process.env.OMATIETO_DEMO;
  });
});
