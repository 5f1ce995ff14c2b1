import { pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";

/**
 * The version of an organisation's rarely changing data — its registers, processors and recipients,
 * email templates, staff (memberships and their accounts' name, address, language) — that each app
 * instance keeps in memory (lib/organisations/org-cache.ts, issue 13). Triggers in the database
 * (drizzle/0020_organisation_versions_triggers.sql) give the row a new random version in the same
 * transaction as any such change, whichever instance or tool makes it: an instance serves from memory
 * only while the version it read is the one it cached under. Random, not a counter, so that a restored
 * backup can never bring back a version some instance holds other data for. Derived data: backups leave
 * it out, and the triggers fill it again as a restore writes the rows.
 */
export const organisationVersions = pgTable("organisation_versions", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  version: uuid("version").notNull().defaultRandom(),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
});
export type OrganisationVersion = typeof organisationVersions.$inferSelect;
