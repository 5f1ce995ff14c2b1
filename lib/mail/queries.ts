import "server-only";
import crypto from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { emailOutbox, emailTemplates, type OutboxEmail } from "../db/schema";
import type { DbOrTx } from "../db/client";
import { rowsOf } from "../db/client";
import type { Locale } from "../db/types";
import { renderEmail, type TemplateCode } from "@/emails";
import { getMailSender, type MailSender } from "./transport";

export type EnqueueInput = {
  template: TemplateCode;
  locale: Locale;
  to: string;
  vars: Record<string, string>;
  organisationId?: string | null;
  requestId?: string | null;
  /** Appended by the renderer outside the (possibly overridden) template: see emails/render.ts. */
  appendix?: string;
};

function newMessageId(): string {
  const domain = (process.env.MAIL_FROM?.match(/@([^>\s]+)/)?.[1] ?? "omatieto.localhost").toLowerCase();
  return `<${crypto.randomUUID()}@${domain}>`;
}

/**
 * Queue an email in the transaction that causes it (issue 5: never lost). The admin's override for
 * the organisation and language, if any, replaces the built-in subject and body.
 */
export async function enqueueEmail(tx: DbOrTx, input: EnqueueInput): Promise<OutboxEmail> {
  const overrides = input.organisationId ? await loadTemplateOverrides(tx, input.organisationId, [input.template]) : new Map();
  const [row] = await tx.insert(emailOutbox).values(outboxRow(input, overrides)).returning();
  return row;
}

/** The admin's overrides of the given templates for one organisation, by `template:locale`, in one statement. */
export async function loadTemplateOverrides(db: DbOrTx, organisationId: string, templates: TemplateCode[]): Promise<TemplateOverrides> {
  const rows = await db
    .select({ template: emailTemplates.template, locale: emailTemplates.locale, subject: emailTemplates.subject, body: emailTemplates.body })
    .from(emailTemplates)
    .where(and(eq(emailTemplates.organisationId, organisationId), inArray(emailTemplates.template, templates)));
  return new Map(rows.map((r) => [`${r.template}:${r.locale}`, { subject: r.subject, body: r.body }]));
}

export type TemplateOverrides = Map<string, { subject: string; body: string }>;

/**
 * One outbox row, rendered (plain string templates, no React: cheap enough for the request path).
 * Callers that queue several emails insert the rows together (one statement).
 */
export function outboxRow(input: EnqueueInput, overrides: TemplateOverrides): typeof emailOutbox.$inferInsert {
  const override = input.organisationId ? overrides.get(`${input.template}:${input.locale}`) : undefined;
  const rendered = renderEmail({ code: input.template, locale: input.locale, vars: input.vars, override, appendix: input.appendix });
  return {
    organisationId: input.organisationId ?? null,
    requestId: input.requestId ?? null,
    template: input.template,
    locale: input.locale,
    toAddress: input.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: newMessageId(),
  };
}

const MAX_ATTEMPTS = 8;
const LOCK_SECONDS = 120;

/** Retry after 30 s, 1 min, 2 min … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Claim due emails with FOR UPDATE SKIP LOCKED, so several app instances can run the worker
 * without sending one email twice; the lease (`locked_until`) frees rows of a crashed worker.
 */
export async function claimOutbox(db: DbOrTx, limit = 20, onlyIds?: string[]): Promise<OutboxEmail[]> {
  const idFilter = onlyIds?.length ? sql`and id in (${sql.join(onlyIds.map((i) => sql`${i}::uuid`), sql`, `)})` : sql``;
  const res = await db.execute(sql`
    update email_outbox set locked_until = now() + make_interval(secs => ${LOCK_SECONDS}), attempts = attempts + 1
    where id in (
      select id from email_outbox
      where status = 'pending' and next_attempt_at <= now() and (locked_until is null or locked_until < now()) ${idFilter}
      order by created_at
      limit ${limit}
      for update skip locked)
    returning id`);
  const ids = rowsOf<{ id: string }>(res).map((r) => r.id);
  if (ids.length === 0) return [];
  return db.select().from(emailOutbox).where(inArray(emailOutbox.id, ids));
}

export type OutboxRun = { sent: number; failed: number; retried: number };

/**
 * Templates whose body holds a live credential (the sign-in link): the outbox keeps the body only
 * until the email is sent or given up, then overwrites it (issue 9, finding 9), so a database dump
 * or a backup never holds a working token. Subject, recipient and Message-ID stay for the record.
 */
const CREDENTIAL_TEMPLATES = new Set<string>(["sign_in"]);
export const REMOVED_BODY = "[removed after sending: it held a one-time sign-in link]";

function bodyAfterSending(template: string): { text: string; html: string } | Record<string, never> {
  return CREDENTIAL_TEMPLATES.has(template) ? { text: REMOVED_BODY, html: REMOVED_BODY } : {};
}

/** Send claimed emails and record the outcome of each; errors keep no addresses (house rule 6). */
export async function processOutbox(db: DbOrTx, opts: { limit?: number; onlyIds?: string[]; sender?: MailSender } = {}): Promise<OutboxRun> {
  const run: OutboxRun = { sent: 0, failed: 0, retried: 0 };
  const claimed = await claimOutbox(db, opts.limit ?? 20, opts.onlyIds);
  const sender = opts.sender ?? getMailSender(db);
  for (const mail of claimed) {
    try {
      await sender.send({ messageId: mail.messageId, to: mail.toAddress, subject: mail.subject, text: mail.text, html: mail.html });
      await db
        .update(emailOutbox)
        .set({ status: "sent", sentAt: new Date(), lockedUntil: null, lastError: null, ...bodyAfterSending(mail.template) })
        .where(eq(emailOutbox.id, mail.id));
      run.sent++;
    } catch (e) {
      const err = e as { code?: string; responseCode?: number };
      const lastError = [err.code, err.responseCode].filter(Boolean).join(" ") || "send_failed";
      // A temporary failure (server down, 4xx) is retried with backoff; after MAX_ATTEMPTS the email
      // is marked failed and shown to staff with its code.
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await db
        .update(emailOutbox)
        .set({
          status: giveUp ? "failed" : "pending",
          lockedUntil: null,
          lastError,
          nextAttemptAt: new Date(Date.now() + backoffSeconds(mail.attempts) * 1000),
          ...(giveUp ? bodyAfterSending(mail.template) : {}),
        })
        .where(eq(emailOutbox.id, mail.id));
      if (giveUp) run.failed++;
      else run.retried++;
    }
  }
  return run;
}

export async function countPendingOutbox(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(eq(emailOutbox.status, "pending"));
  return Number(row?.n ?? 0);
}

/**
 * The mail queue for /api/health: how many emails wait and how long the oldest has waited. Counts and
 * ages only, never an address or a subject line.
 */
export async function readOutboxHealth(db: DbOrTx, now = new Date()): Promise<{ pending: number; oldestPendingSeconds: number }> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${emailOutbox.createdAt})` })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, "pending"));
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return { pending: Number(row?.n ?? 0), oldestPendingSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : 0 };
}
