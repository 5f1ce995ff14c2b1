import { sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, smallint, text, timestamp, index } from "drizzle-orm/pg-core";
import { localeEnum, userRoleEnum } from "./enums";

/**
 * Portal accounts (PRODUCT.md §2 "Account"). The column set that next-auth's drizzle adapter
 * expects (id, name, email, emailVerified, image) plus our own.
 */
export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull().unique(),
    emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
    image: text("image"),
    /**
     * The kind of account: a data subject's portal login, a staff account or the platform operator. What a staff account may do
     * is decided per organisation by its memberships (role, disabled, invitation), never here.
     */
    role: userRoleEnum("role").$type<AccountKind>().notNull().default("subject"),
    locale: localeEnum("locale").notNull().default("fi"),
    /** TOTP secret of staff and admins, AES-256-GCM encrypted (lib/crypto). */
    totpSecretEnc: text("totp_secret_enc"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last TOTP time step accepted, so a code cannot be replayed within its window. */
    totpLastStep: integer("totp_last_step"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("users_role_is_account_kind", sql`${t.role} <> 'admin'`)],
);
/**
 * "operator": the platform operator (issue 10), who creates organisations and invites their first admin.
 * A kind of account rather than a membership because it belongs to no organisation, and rather than a
 * table of its own because it signs in exactly as staff do (email link + TOTP on the same users row).
 */
export type AccountKind = "subject" | "staff" | "operator";
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** OAuth/OIDC links (next-auth adapter shape: its snake_case keys are required by the adapter). */
export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);
export type Account = typeof accounts.$inferSelect;

/** Database sessions: shared by every app instance, revocable, and carrying the second factor. */
export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
    /** Set when a staff member passed TOTP in this session; staff pages require it. */
    secondFactorAt: timestamp("second_factor_at", { mode: "date", withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
export type Session = typeof sessions.$inferSelect;

/** One-time sign-in links: single use (deleted when used), 15 minutes (PRODUCT.md §4). */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * Fixed-window counters for rate limits, in the database so every instance shares them. The key is a
 * keyed hash (never a raw address or IP); rows whose window has passed are pruned by a scheduled job.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: smallint("count").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().default(sql`now()`),
    /** When the current window ends: the row is useless afterwards and is deleted. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index("rate_limits_expires_idx").on(t.expiresAt)],
);

/**
 * One-time setup tokens (issue 10): printed in the log at start while no operator exists, redeemed once
 * at /setup to create the first operator. Only a SHA-256 hash is stored, so a database backup or a read
 * of this table cannot be turned into an operator account.
 */
export const operatorSetupTokens = pgTable("operator_setup_tokens", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
export type OperatorSetupToken = typeof operatorSetupTokens.$inferSelect;
