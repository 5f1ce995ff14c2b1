import "server-only";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { auditEvents, caseNotes, itemMarks, requestRecords, requests, type Request } from "../db/schema";
import { recordAudit } from "../audit/queries";

const CARRIED = "access.marks_carried_over";

/**
 * A person's next access request starts from the redactions (Art. 15(4)) and withholdings (tietosuojalaki
 * 34 §) staff already made on the same notes in earlier requests of the organisation: without this, a
 * handler who generates the copy without redoing every mark would disclose the third parties an earlier
 * handler protected. For each note, the marks of the most recent earlier request that marked it are
 * copied once, audited, and can then be removed like any mark. Nothing is copied into a request that has
 * marks of its own, nor a second time (the audit event says it happened), nor a redaction whose ranges no
 * longer fit the note.
 */
export async function carryOverMarks(
  tx: DbOrTx,
  actor: { id: string | null; role: "staff" | "admin" | "system" },
  request: Pick<Request, "id" | "organisationId" | "type">,
): Promise<number> {
  if (request.type !== "access") return 0;
  const own = await tx.select({ id: itemMarks.id }).from(itemMarks).where(eq(itemMarks.requestId, request.id)).limit(1);
  if (own.length) return 0;
  const done = await tx
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.requestId, request.id), eq(auditEvents.action, CARRIED)))
    .limit(1);
  if (done.length) return 0;
  const notes = await tx
    .select({ id: caseNotes.id, body: caseNotes.body })
    .from(caseNotes)
    .innerJoin(requestRecords, and(eq(requestRecords.personId, caseNotes.personId), eq(requestRecords.requestId, request.id)));
  if (notes.length === 0) return 0;
  const earlier = await tx
    .select({ mark: itemMarks })
    .from(itemMarks)
    .innerJoin(requests, eq(requests.id, itemMarks.requestId))
    .where(and(inArray(itemMarks.itemId, notes.map((n) => n.id)), eq(requests.organisationId, request.organisationId), ne(requests.id, request.id)))
    .orderBy(desc(itemMarks.createdAt));
  const latestRequest = new Map<string, string>();
  for (const { mark } of earlier) if (!latestRequest.has(mark.itemId)) latestRequest.set(mark.itemId, mark.requestId);
  const bodyLength = new Map(notes.map((n) => [n.id, n.body.length]));
  const copies = earlier
    .map((e) => e.mark)
    .filter((m) => latestRequest.get(m.itemId) === m.requestId && m.spans.every(([, end]) => end <= (bodyLength.get(m.itemId) ?? 0)));
  if (copies.length === 0) return 0;
  await tx.insert(itemMarks).values(
    copies.map((m) => ({ requestId: request.id, kind: m.kind, itemType: m.itemType, itemId: m.itemId, spans: m.spans, reason: m.reason, createdBy: m.createdBy })),
  );
  await recordAudit(tx, {
    organisationId: request.organisationId,
    requestId: request.id,
    actorId: actor.id,
    actorRole: actor.role,
    action: CARRIED,
    payload: { marks: copies.length, fromRequests: [...new Set(copies.map((m) => m.requestId))] },
  });
  return copies.length;
}
