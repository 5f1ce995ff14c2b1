import { addMonthsClamped } from "../deadlines";

/**
 * A register's retention rule (PRODUCT.md §8, Art. 5(1)(e)):
 * - `while_needed`: no fixed period; nothing is proposed.
 * - `erase_after_relationship_end`: N months after the client or member relationship ended.
 * - `fixed_term`: N months after the record was made, whatever the relationship.
 * - `legal_retention`: a law requires keeping the record N months after the relationship ended
 *   (Art. 17(3)(b)); nothing is proposed before that, and the law is cited with each proposal.
 */
export const RETENTION_RULES = ["while_needed", "erase_after_relationship_end", "fixed_term", "legal_retention"] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export function isRetentionRule(v: string): v is RetentionRule {
  return (RETENTION_RULES as readonly string[]).includes(v);
}

/** The day a record becomes due for erasure under the rule, or null when the rule gives none (yet). */
export function retentionDueOn(rule: string, months: number | null, record: { relationshipEnd: string | null; createdOn: string }): string | null {
  const n = months ?? 0;
  switch (rule) {
    case "erase_after_relationship_end":
    case "legal_retention":
      return record.relationshipEnd ? addMonthsClamped(record.relationshipEnd, n) : null;
    case "fixed_term":
      return addMonthsClamped(record.createdOn, n);
    default:
      return null;
  }
}
