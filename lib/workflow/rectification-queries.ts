import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { caseNotes, personRecords, requests, type PersonRecord } from "../db/schema";
import type { RequestDetails } from "../db/types";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { auditRequest, loadRequest } from "./load-queries";
import { refuse } from "./errors";
import { assertActionAllowed } from "./action-rules";
import { RECTIFIABLE_FIELDS, type RectifiableField } from "./constants";
import { coerceFieldValue } from "./field-values";
import type { ActOptions, StaffActor } from "./types";
import { roleIn } from "../auth/types";

type Item = Extract<RequestDetails, { type: "rectification" }>["items"][number];
export type RectificationDecision = { decision?: "accepted" | "rejected" | "" | null; value?: string; reason?: string };

function isRectifiable(field: string): field is RectifiableField {
  return (RECTIFIABLE_FIELDS as readonly string[]).includes(field);
}

/**
 * Per-item decisions on a rectification request (Art. 16). Accepted corrections are written to the
 * person record, each with its before/after in the audit (sealed: personal values); an accepted
 * supplementary statement is added to the record as a note from the subject. Restricted records
 * (Art. 18) refuse edits. Decided items are final; undecided items may be decided later.
 */
export async function decideRectification(
  db: Db,
  actor: StaffActor,
  input: { requestId: string; items: RectificationDecision[] },
  opts: ActOptions = {},
) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("decideRectification", request);
    if (request.details.type !== "rectification") refuse("wrong_type");
    const items: Item[] = request.details.items.map((i) => ({ ...i }));
    let accepted = 0;
    let rejected = 0;
    for (let n = 0; n < items.length; n++) {
      const item = items[n];
      const d = input.items[n];
      if (!d?.decision || item.decision) continue;
      if (d.decision === "rejected") {
        if (!d.reason?.trim()) refuse("reason_required", "invalid_input");
        items[n] = { ...item, decision: "rejected", decisionReason: d.reason.trim() };
        rejected++;
        continue;
      }
      const [person] = await tx
        .select()
        .from(personRecords)
        .where(and(eq(personRecords.id, item.personId), eq(personRecords.organisationId, request.organisationId)))
        .for("update");
      if (!person) throw new ActionError("not_found");
      if (person.restricted) refuse("record_restricted");
      const newValue = d.value?.trim() || item.correctValue?.trim();
      if (newValue) {
        if (!isRectifiable(item.field)) refuse("field_not_rectifiable", "invalid_input");
        const coerced = coerceFieldValue(item.field, newValue);
        if (coerced === undefined) refuse("invalid_value", "invalid_input");
        const before = person[item.field as keyof PersonRecord] ?? null;
        await tx
          .update(personRecords)
          .set({ [item.field]: coerced, updatedAt: now })
          .where(eq(personRecords.id, person.id));
        await recordAudit(tx, {
          organisationId: request.organisationId,
          requestId: request.id,
          personId: person.id,
          actorId: actor.id,
          actorRole: roleIn(actor, request.organisationId),
          action: "person.rectified",
          payload: { field: item.field, item: n },
          personal: { before: before instanceof Date ? before.toISOString() : before, after: coerced },
        });
      } else if (item.statement?.trim()) {
        // Art. 16: incomplete data completed "by means of providing a supplementary statement".
        const [note] = await tx
          .insert(caseNotes)
          .values({ personId: person.id, writtenAt: now, source: "subject", topic: "supplementary_statement", body: item.statement.trim() })
          .returning({ id: caseNotes.id });
        await auditRequest(tx, actor, request, "person.statement_added", { personId: person.id, payload: { noteId: note.id, field: item.field, item: n } });
      } else {
        refuse("nothing_to_apply", "invalid_input");
      }
      items[n] = { ...item, decision: "accepted", decisionReason: d.reason?.trim() || undefined, correctValue: newValue ?? item.correctValue };
      accepted++;
    }
    if (accepted + rejected === 0) refuse("no_decisions", "invalid_input");
    await tx
      .update(requests)
      .set({ details: { type: "rectification", items }, updatedAt: now })
      .where(eq(requests.id, request.id));
    await auditRequest(tx, actor, request, "rectification.decided", { payload: { accepted, rejected } });
    return { accepted, rejected };
  });
}
