import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { localeEnum } from "./enums";
import { organisations } from "./organisations";

/**
 * Feedback on accessibility (Act on the Provision of Digital Services 306/2019, s. 15): stored, and
 * emailed to the organisation's contact in the same transaction. The sender may stay anonymous; a
 * contact is kept only if they give one so that the association can answer.
 */
export const accessibilityFeedback = pgTable(
  "accessibility_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    pageAddress: text("page_address"),
    contact: text("contact"),
    locale: localeEnum("locale").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("accessibility_feedback_org_idx").on(t.organisationId, t.createdAt)],
);
export type AccessibilityFeedback = typeof accessibilityFeedback.$inferSelect;
