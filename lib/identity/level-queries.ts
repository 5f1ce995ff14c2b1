import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { identityVerifications } from "../db/schema";

// The one reading of an account's identity level (PRODUCT.md §4): filing, the portal's forms, the
// staff workflow and the identity pages all ask here. Written only by ./verification-queries.ts.

/** The highest level the account reached with the organisation; signing in by email link is level 1. */
export async function getIdentityLevel(db: DbOrTx, userId: string, organisationId: string): Promise<1 | 2 | 3> {
  const [row] = await db
    .select({ level: sql<number | null>`max(${identityVerifications.level})` })
    .from(identityVerifications)
    .where(and(eq(identityVerifications.userId, userId), eq(identityVerifications.organisationId, organisationId)));
  const level = Number(row?.level ?? 1);
  return (level >= 3 ? 3 : level >= 2 ? 2 : 1) as 1 | 2 | 3;
}
