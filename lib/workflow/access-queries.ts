import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { caseNotes, itemMarks, memberships, requestRecords } from "../db/schema";
import { activeMembership } from "../auth/membership";
import { ActionError } from "../errors";
import { auditRequest, loadRequest } from "./load-queries";
import { refuse } from "./errors";
import { isOpenStatus } from "./constants";
import { carryOverMarks } from "./mark-carry-queries";
import { roleIn } from "../auth/types";
import type { ActOptions, StaffActor } from "./types";

/** May this member read special-category notes in the organisation (PRODUCT.md §1 "where their role allows")? */
export async function canReadSpecialIn(db: DbOrTx, userId: string, organisationId: string): Promise<boolean> {
  const [m] = await db
    .select({ can: memberships.canReadSpecial })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), activeMembership));
  return Boolean(m?.can);
}

/** Every character range where `passage` occurs in `body` (redaction of third parties, Art. 15(4)). */
export function findSpans(body: string, passage: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!passage) return spans;
  for (let at = body.indexOf(passage); at !== -1; at = body.indexOf(passage, at + passage.length)) {
    spans.push([at, at + passage.length]);
  }
  return spans;
}

/** The note text as the subject would receive it: redacted spans blanked. */
export function applyRedaction(body: string, spans: Array<[number, number]>, mask = "█████"): string {
  if (spans.length === 0) return mask;
  let out = "";
  let pos = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (s < pos) continue;
    out += body.slice(pos, s) + mask;
    pos = e;
  }
  return out + body.slice(pos);
}

async function notesOfRequest(tx: DbOrTx, requestId: string) {
  return tx
    .select()
    .from(caseNotes)
    .innerJoin(requestRecords, and(eq(requestRecords.personId, caseNotes.personId), eq(requestRecords.requestId, requestId)))
    .orderBy(asc(caseNotes.writtenAt));
}

/**
 * The case notes of an access request for review, with their marks. Special-category notes (Art. 9)
 * only for members allowed to read them, and reading them is audited.
 */
export async function listAccessItems(db: Db, actor: StaffActor, requestId: string) {
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, requestId);
    const special = await canReadSpecialIn(tx, actor.id, request.organisationId);
    const rows = (await notesOfRequest(tx, request.id)).map((r) => r.case_notes);
    const visible = rows.filter((n) => special || !n.special);
    if (isOpenStatus(request.status)) await carryOverMarks(tx, { id: actor.id, role: roleIn(actor, request.organisationId) }, request);
    const marks = await tx.select().from(itemMarks).where(eq(itemMarks.requestId, request.id)).orderBy(asc(itemMarks.createdAt));
    const specialShown = visible.filter((n) => n.special).map((n) => n.id);
    if (specialShown.length) {
      await auditRequest(tx, actor, request, "person.special_read", { payload: { noteIds: specialShown, context: "access_review" } });
    }
    return { notes: visible, hiddenSpecial: rows.length - visible.length, marks };
  });
}

/**
 * Mark a case note for the access report: "redact" blanks a third party's passage (Art. 15(4)); "withhold"
 * leaves the note out under tietosuojalaki § 34, with the reason the subject is told (unless that defeats
 * the purpose) and may take to the Ombudsman. Kept apart from each other on purpose.
 */
export async function markItem(
  db: Db,
  actor: StaffActor,
  input: { requestId: string; itemId: string; kind: "redact" | "withhold"; passage?: string; reason: string },
  opts: ActOptions = {},
) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    if (request.type !== "access") refuse("wrong_type");
    if (!isOpenStatus(request.status)) refuse("request_closed");
    const note = (await notesOfRequest(tx, request.id)).map((r) => r.case_notes).find((n) => n.id === input.itemId);
    if (!note) throw new ActionError("not_found");
    if (note.special && !(await canReadSpecialIn(tx, actor.id, request.organisationId))) throw new ActionError("forbidden");
    let spans: Array<[number, number]> = [];
    if (input.kind === "redact" && input.passage) {
      spans = findSpans(note.body, input.passage);
      if (spans.length === 0) refuse("passage_not_found", "invalid_input");
    }
    const [mark] = await tx
      .insert(itemMarks)
      .values({ requestId: request.id, kind: input.kind, itemType: "case_note", itemId: note.id, spans, reason: input.reason.trim(), createdBy: actor.id, createdAt: now })
      .returning({ id: itemMarks.id });
    await auditRequest(tx, actor, request, "access.item_marked", {
      personId: note.personId,
      payload: { markId: mark.id, kind: input.kind, itemId: note.id, spans: spans.length },
      personal: { reason: input.reason.trim() },
    });
    return mark.id;
  });
}

export async function removeMark(db: Db, actor: StaffActor, input: { requestId: string; markId: string }) {
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    if (!isOpenStatus(request.status)) refuse("request_closed");
    const removed = await tx
      .delete(itemMarks)
      .where(and(eq(itemMarks.id, input.markId), eq(itemMarks.requestId, request.id)))
      .returning({ id: itemMarks.id, kind: itemMarks.kind, itemId: itemMarks.itemId });
    if (removed.length === 0) throw new ActionError("not_found");
    await auditRequest(tx, actor, request, "access.item_unmarked", { payload: { markId: removed[0].id, kind: removed[0].kind, itemId: removed[0].itemId } });
  });
}
