import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";

export type SmtpBox = {
  url: string;
  port: number;
  messages: ParsedMail[];
  waitFor: (pred: (m: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>;
  stop: () => Promise<void>;
};

/** A real SMTP server on 127.0.0.1 that keeps what arrives (no AUTH/STARTTLS: STACK.md). */
export async function startSmtp(port = 0, opts: { delayMs?: number; onAccepting?: () => void } = {}): Promise<SmtpBox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, cb) {
      opts.onAccepting?.();
      simpleParser(stream)
        // A slow server (delayMs) keeps a send in flight, e.g. to stop the app in the middle of one.
        .then((m) => new Promise<ParsedMail>((r) => setTimeout(() => r(m), opts.delayMs ?? 0)))
        .then((m) => {
          messages.push(m);
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    messages,
    async waitFor(pred, timeoutMs = 15_000) {
      const start = Date.now();
      for (;;) {
        const found = messages.find(pred);
        if (found) return found;
        if (Date.now() - start > timeoutMs) throw new Error("timed out waiting for an email");
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function toAddress(m: ParsedMail): string {
  const to = Array.isArray(m.to) ? m.to[0] : m.to;
  return to?.value[0]?.address ?? "";
}

const SIGN_IN_LINK = /https?:\/\/\S+callback\/nodemailer\S+/;

/** True for a sign-in mail to `email` that arrived at or after message index `after`. */
export function isSignInMail(smtp: SmtpBox, email: string, after: number): (m: ParsedMail) => boolean {
  return (m) => toAddress(m) === email && smtp.messages.indexOf(m) >= after && SIGN_IN_LINK.test(m.text ?? "");
}

/**
 * The sign-in link mailed to `email` after message index `after`. Other mail to the same person
 * (a new request in a handler's queue, a subject's message) can arrive first: only a mail that
 * carries a sign-in link counts.
 */
export async function waitForSignInLink(smtp: SmtpBox, email: string, after: number, timeoutMs?: number): Promise<string> {
  const mail = await smtp.waitFor(isSignInMail(smtp, email, after), timeoutMs);
  return mail.text!.match(SIGN_IN_LINK)![0];
}
