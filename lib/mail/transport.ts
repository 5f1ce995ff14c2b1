import "server-only";
import type { Transporter } from "nodemailer";
import type { DbOrTx } from "../db/client";
import { devMailbox } from "../db/schema";

export type OutgoingMail = { messageId: string; to: string; subject: string; text: string; html: string };
export type MailSender = { kind: "smtp" | "dev"; send: (mail: OutgoingMail) => Promise<void> };

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Omatieto <no-reply@omatieto.localhost>";
}

/** Without SMTP_URL every message goes to the development mailbox (shown at /dev/mail). */
export function isDevMailbox(): boolean {
  return !process.env.SMTP_URL;
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
