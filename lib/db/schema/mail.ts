import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { localeEnum, outboxStatusEnum, reportFormatEnum, reportStatusEnum } from "./enums";
import { organisations } from "./organisations";
import { requests } from "./requests";
import { users } from "./auth";

/**
 * Every email is written here in the transaction that causes it, then sent by a worker with
 * retries; `messageId` is fixed at enqueue so a resend after a crash is recognisable.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    requestId: uuid("request_id").references(() => requests.id, { onDelete: "set null" }),
    template: text("template").notNull(),
    locale: localeEnum("locale").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    messageId: text("message_id").notNull().unique(),
    status: outboxStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("email_outbox_due_idx").on(t.status, t.nextAttemptAt), index("email_outbox_request_idx").on(t.requestId)],
);
export type OutboxEmail = typeof emailOutbox.$inferSelect;

/** Admin overrides of the templates in emails/, per organisation and language (PRODUCT.md §7). */
export const emailTemplates = pgTable(
  "email_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    template: text("template").notNull(),
    locale: localeEnum("locale").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("email_templates_key_idx").on(t.organisationId, t.template, t.locale)],
);

/** The development mailbox: what would have gone out when no SMTP_URL is configured. */
export const devMailbox = pgTable(
  "dev_mailbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: text("message_id").notNull(),
    toAddress: text("to_address").notNull(),
    fromAddress: text("from_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html"),
    text: text("text"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Newest first, keyset on (created_at, id).
  (t) => [index("dev_mailbox_list_idx").on(t.createdAt, t.id)],
);
export type DevMail = typeof devMailbox.$inferSelect;

/** Generated data reports (PRODUCT.md §6): never emailed, downloaded from the request page. */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    format: reportFormatEnum("format").notNull(),
    locale: localeEnum("locale").notNull(),
    status: reportStatusEnum("status").notNull().default("pending"),
    progress: integer("progress").notNull().default(0),
    storagePath: text("storage_path"),
    sizeBytes: integer("size_bytes"),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    downloadCount: integer("download_count").notNull().default(0),
    /** Special-category data (Art. 9) inside: the subject needs the organisation's report level to download (PRODUCT.md §4). */
    containsSpecial: boolean("contains_special").notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reports_request_idx").on(t.requestId)],
);
export type Report = typeof reports.$inferSelect;

/** Named scheduled jobs: a row lock claimed with SKIP LOCKED lets one instance of many run each. */
export const jobRuns = pgTable("job_runs", {
  name: text("name").primaryKey(),
  lastRunAt: timestamp("last_run_at", { withTimezone: true }),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});
