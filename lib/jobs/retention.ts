import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import {
  internalNotes,
  authorityDocuments,
  itemMarks,
  messages,
  organisations,
  personRecords,
  registers,
  requestRecords,
  requests,
  tasks,
} from "../db/schema";
import type { RequestDetails } from "../db/types";
import { recordAudit } from "../audit/queries";
import { addMonthsClamped } from "../deadlines";

function prunedDetails(d: RequestDetails): RequestDetails {
  switch (d.type) {
    case "access":
      return { type: "access", registerIds: d.registerIds, formats: d.formats };
    case "portability":
      return { type: "portability", registerIds: d.registerIds, formats: d.formats };
    case "rectification":
      return { type: "rectification", items: d.items.map((i) => ({ personId: "", field: i.field, decision: i.decision })) };
    case "erasure":
      return { type: "erasure", scope: d.scope, categories: d.categories, ground: d.ground, plan: d.plan };
    case "restriction":
      return { type: "restriction", ground: d.ground, explanation: "", registerIds: d.registerIds };
    case "objection":
      return { type: "objection", kind: d.kind, registerIds: d.registerIds };
    case "consent_withdrawal":
      return { type: "consent_withdrawal", consentIds: [] };
  }
}

/**
 * Closed requests older than the organisation's `closedRequestRetentionYears` (default 3) are pruned to
 * statistics: type, channel, status, dates and the coded decision stay (so the dashboard and the
 * accountability export still count them); names, addresses, messages, notes, reasons and links go.
 */
export async function pruneClosedRequests(db: Db, today: string, opts: { batch?: number } = {}) {
  const orgs = await db.select({ id: organisations.id, settings: organisations.settings }).from(organisations);
  let pruned = 0;
  for (const org of orgs) {
    const years = org.settings.closedRequestRetentionYears ?? 3;
    const cutoff = addMonthsClamped(today, -12 * years);
    const old = await db
      .select()
      .from(requests)
      .where(
        and(
          eq(requests.organisationId, org.id),
          isNotNull(requests.closedAt),
          lt(sql`(${requests.closedAt} at time zone 'Europe/Helsinki')::date`, sql`${cutoff}::date`),
          sql`${requests.subjectName} <> '-'`,
        ),
      )
      .limit(opts.batch ?? 500);
    for (const r of old) {
      await db.transaction(async (tx) => {
        for (const table of [messages, internalNotes, tasks, itemMarks, requestRecords, authorityDocuments]) {
          await tx.delete(table).where(eq(table.requestId, r.id));
        }
        await tx
          .update(requests)
          .set({
            subjectName: "-",
            subjectEmail: null,
            userId: null,
            representativeName: null,
            representativeRole: null,
            representedBirthDate: null,
            representedIdentityLookup: null,
            assigneeId: null,
            extensionReason: null,
            decisionReasons: null,
            forwardedTo: r.forwardedTo ? "-" : null,
            details: prunedDetails(r.details),
            updatedAt: new Date(),
          })
          .where(eq(requests.id, r.id));
        await recordAudit(tx, { organisationId: org.id, requestId: r.id, actorId: null, actorRole: "system", action: "request.pruned", payload: { years } });
      });
      pruned++;
    }
  }
  return pruned;
}
