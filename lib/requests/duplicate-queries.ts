import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import type { RequestTypeCode } from "../db/types";
import { requests } from "../db/schema";
import { OPEN_STATUSES } from "./constants";

/** An open request of the same type with the same organisation (PRODUCT.md §3: pointed out, not silently accepted). */
export async function findOpenDuplicate(db: DbOrTx, q: { userId: string; organisationId: string; type: RequestTypeCode }) {
  const [row] = await db
    .select({ id: requests.id, reference: requests.reference, status: requests.status, receivedOn: requests.receivedOn })
    .from(requests)
    .where(
      and(
        eq(requests.userId, q.userId),
        eq(requests.organisationId, q.organisationId),
        eq(requests.type, q.type),
        inArray(requests.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(desc(requests.createdAt))
    .limit(1);
  return row ?? null;
}
