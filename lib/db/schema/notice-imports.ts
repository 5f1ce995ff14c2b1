import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organisations, registers } from "./organisations";
import type { ImportDraft } from "../../notice-import/fields";

export const noticeImportSourceEnum = pgEnum("notice_import_source", ["paste", "txt", "html", "docx", "pdf"]);

/**
 * A privacy notice read from a pasted text or an uploaded file, between upload and the admin's review
 * (issue 14). Kept in the database, not in process memory, so any instance can show the review; scoped to
 * one organisation and deleted when accepted or when it expires (it quotes the notice's contact persons).
 * The uploaded file itself is never stored, only the draft read from it.
 */
export const noticeImportDrafts = pgTable(
  "notice_import_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    /** Set when the draft becomes a new version of this register's notice; null = a new register. */
    registerId: uuid("register_id").references(() => registers.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    source: noticeImportSourceEnum("source").notNull(),
    draft: jsonb("draft").$type<ImportDraft>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("notice_import_drafts_org_idx").on(t.organisationId), index("notice_import_drafts_expires_idx").on(t.expiresAt)],
);
export type NoticeImportDraft = typeof noticeImportDrafts.$inferSelect;
