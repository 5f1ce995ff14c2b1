import { date, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { retentionProposalStatusEnum, taskStatusEnum } from "./enums";
import { users } from "./auth";
import { organisations, processors, registers } from "./organisations";

/**
 * A record due for erasure under its register's retention rule (PRODUCT.md §8, Art. 5(1)(e)), proposed
 * by the daily job and decided by staff. `personId` has no foreign key: the row outlives the erased
 * record, so the approval and its external tasks stay visible. At most one open proposal per record.
 */
export const retentionProposals = pgTable(
  "retention_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    registerId: uuid("register_id").notNull().references(() => registers.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    /** The rule and months in force when proposed, and the day the record became due. */
    rule: text("rule").notNull(),
    months: smallint("months"),
    dueOn: date("due_on").notNull(),
    status: retentionProposalStatusEnum("status").notNull().default("proposed"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("retention_proposals_org_idx").on(t.organisationId, t.status, t.dueOn),
    uniqueIndex("retention_proposals_open_idx").on(t.personId).where(sql`status = 'proposed'`),
  ],
);
export type RetentionProposal = typeof retentionProposals.$inferSelect;

/** Erasure in an external system (processor, Art. 28) or notice to a recipient (Art. 19) after an approved proposal. */
export const retentionTasks = pgTable(
  "retention_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    proposalId: uuid("proposal_id").notNull().references(() => retentionProposals.id, { onDelete: "cascade" }),
    processorId: uuid("processor_id").references(() => processors.id, { onDelete: "set null" }),
    /** A code the UI translates: erase_external, notify_recipient. */
    action: text("action").notNull(),
    title: text("title").notNull(),
    status: taskStatusEnum("status").notNull().default("open"),
    doneBy: text("done_by").references(() => users.id, { onDelete: "set null" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("retention_tasks_proposal_idx").on(t.proposalId)],
);
export type RetentionTask = typeof retentionTasks.$inferSelect;
