import { and, isNotNull, isNull } from "drizzle-orm";
import { memberships } from "../db/schema";

/**
 * The one definition of a membership that grants anything: accepted (not a pending invitation) and
 * not disabled by the organisation's admin. Every query that reads staff rights by membership uses it.
 */
export const activeMembership = and(isNotNull(memberships.acceptedAt), isNull(memberships.disabledAt));
