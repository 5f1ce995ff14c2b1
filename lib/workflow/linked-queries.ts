import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { auditEvents, personRecords, registers, requestRecords, type PersonRecord, type Request } from "../db/schema";

/** The person records a request concerns, within the request's organisation (never across). */
export async function linkedPersons(tx: DbOrTx, request: Pick<Request, "id" | "organisationId">, opts: { forUpdate?: boolean } = {}): Promise<PersonRecord[]> {
  const links = await tx.select({ id: requestRecords.personId }).from(requestRecords).where(eq(requestRecords.requestId, request.id));
  if (links.length === 0) return [];
  const q = tx
    .select()
    .from(personRecords)
    .where(and(inArray(personRecords.id, links.map((l) => l.id)), eq(personRecords.organisationId, request.organisationId)));
  return opts.forUpdate ? q.for("update") : q;
}

export async function registerCategoriesOf(tx: DbOrTx, registerIds: string[]): Promise<Map<string, { categories: string[]; special: string[] }>> {
  if (registerIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: registers.id, categories: registers.categories, special: registers.specialCategories })
    .from(registers)
    .where(inArray(registers.id, registerIds));
  return new Map(rows.map((r) => [r.id, { categories: r.categories, special: r.special }]));
}

/** Has this request already had this action (e.g. "erasure.executed")? The audit is the record of it. */
/** Which of `actions` this request's audit trail holds, in one statement. */
export async function requestAuditActions(tx: DbOrTx, requestId: string, actions: string[]): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.requestId, requestId), inArray(auditEvents.action, actions)));
  return new Set(rows.map((r) => r.action));
}

export async function hasRequestAudit(tx: DbOrTx, requestId: string, action: string): Promise<boolean> {
  const rows = await tx
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.requestId, requestId), eq(auditEvents.action, action)))
    .limit(1);
  return rows.length > 0;
}
