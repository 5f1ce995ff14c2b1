import "server-only";
import type { Transporter } from "nodemailer";
import type { DbOrTx } from "../db/client";
import { devMailbox } from "../db/schema";
import { isDemoMode } from "../config/mode";

export type OutgoingMail = { messageId: string; to: string; subject: string; text: string; html: string };
export type MailSender = { kind: "smtp" | "dev"; send: (mail: OutgoingMail) => Promise<void> };

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Omatieto <no-reply@omatieto.localhost>";
}

/**
 * The development mailbox (shown at /dev/mail) exists only in demo mode without SMTP_URL. In
 * production it never does, whatever SMTP_URL says (issue 9, finding 1: it handed out sign-in links).
 */
export function isDevMailbox(): boolean {
  return isDemoMode() && !process.env.SMTP_URL;
}

const cache = globalThis as unknown as { __omatietoSmtp?: { url: string; transporter: Transporter } };

async function smtpTransport(url: string): Promise<Transporter> {
  if (cache.__omatietoSmtp?.url === url) return cache.__omatietoSmtp.transporter;
  const nodemailer = await import("nodemailer");
  const transporter = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  cache.__omatietoSmtp = { url, transporter };
  return transporter;
}

export function getMailSender(db: DbOrTx): MailSender {
  const url = process.env.SMTP_URL;
  if (!url && !isDevMailbox()) {
    // Production without a mail transport cannot start (production-check); should it happen anyway,
    // the outbox keeps the email and retries rather than storing it where anyone could read it.
    return {
      kind: "smtp",
      send: async () => {
        throw Object.assign(new Error("no mail transport"), { code: "NO_SMTP_URL" });
      },
    };
  }
  if (!url) {
    return {
      kind: "dev",
      send: async (m) => {
        await db.insert(devMailbox).values({
          messageId: m.messageId,
          toAddress: m.to,
          fromAddress: mailFrom(),
          subject: m.subject,
          text: m.text,
          html: m.html,
        });
      },
    };
  }
  return {
    kind: "smtp",
    send: async (m) => {
      const t = await smtpTransport(url);
      // The Message-ID is fixed when the email is queued: a resend after a crash carries the same id,
      // so a duplicate is recognisable (issue 5: idempotent sending).
      await t.sendMail({ from: mailFrom(), to: m.to, subject: m.subject, text: m.text, html: m.html, messageId: m.messageId });
    },
  };
}
