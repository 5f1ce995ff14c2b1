import "server-only";
import { logPersonReads } from "./read-log-queries";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import {
  caseNotes,
  consents,
  contactEvents,
  eventRegistrations,
  feedback,
  mediaEntries,
  personRecords,
  registers,
  requestRecords,
  requests,
  type PersonRecord,
} from "../db/schema";
import { recordAudit } from "../audit/queries";
import { isStaffRole, roleIn } from "../auth/types";
import { ActionError } from "../errors";
import { isUuid } from "../validation/ids";
import { refuse } from "../workflow/errors";
import { canReadSpecialIn } from "../workflow/access-queries";
import type { StaffActor } from "../workflow/types";
import type { CreatePersonInput, UpdatePersonInput } from "./schema";

export { importPersonsChunk } from "./import-queries";
export { listPersons } from "./list-queries";
import { caseNotePage, countSpecialNotes } from "./note-queries";
import { hasTemporaryIdentityCode, maskedIdentityCode, sealIdentityCode, toColumns } from "./columns";
export { maskedIdentityCode, sealIdentityCode, toColumns };

function scope(actor: StaffActor): string[] {
  if (!isStaffRole(actor.role) || actor.organisationIds.length === 0) throw new ActionError("not_found");
  return actor.organisationIds;
}

export async function listOrgRegisters(db: DbOrTx, actor: StaffActor) {
  const orgs = scope(actor);
  return db
    .select({ id: registers.id, organisationId: registers.organisationId, notice: registers.notice, categories: registers.categories })
    .from(registers)
    .where(inArray(registers.organisationId, orgs))
    .orderBy(asc(registers.slug));
}

async function loadPerson(tx: DbOrTx, actor: StaffActor, personId: string, forUpdate = false): Promise<PersonRecord> {
  // An id from a URL that is not a UUID names nothing (a 404, not a database error).
  if (!isUuid(personId)) throw new ActionError("not_found");
  const orgs = scope(actor);
  const q = tx.select().from(personRecords).where(and(eq(personRecords.id, personId), inArray(personRecords.organisationId, orgs)));
  const [p] = forUpdate ? await q.for("update") : await q;
  if (!p) throw new ActionError("not_found");
  return p;
}

/**
 * One record with everything it holds. Special-category notes (Art. 9) only for members allowed to read
 * them — and reading them writes an audit event, so the access log (C-579/21) shows every consultation.
 */
export async function getPerson(db: Db, actor: StaffActor, personId: string, opts: { notes?: boolean; notesCursor?: unknown } = {}) {
  return db.transaction(async (tx) => {
    const p = await loadPerson(tx, actor, personId);
    const special = await canReadSpecialIn(tx, actor.id, p.organisationId);
    // A page that does not show the notes (the edit form) neither loads them nor records a special read.
    // Otherwise the latest page of them (issue 13: thousands of notes cost what fifty do), special ones
    // only for members allowed to read them, filtered in the query.
    const notePage = opts.notes === false ? null : await caseNotePage(tx, p.id, special, opts.notesCursor);
    const visible = notePage?.rows ?? [];
    const hiddenSpecial = opts.notes === false || special ? 0 : await countSpecialNotes(tx, p.id);
    const specialShown = visible.filter((n) => n.special).map((n) => n.id);
    if (specialShown.length) {
      await recordAudit(tx, {
        organisationId: p.organisationId,
        personId: p.id,
        actorId: actor.id,
        actorRole: roleIn(actor, p.organisationId),
        action: "person.special_read",
        payload: { noteIds: specialShown, context: "person_record" },
      });
    }
    await logPersonReads(tx, { organisationId: p.organisationId, personIds: [p.id], actorId: actor.id, purpose: "person_viewed" });
    const [reg] = await tx.select({ id: registers.id, notice: registers.notice }).from(registers).where(eq(registers.id, p.registerId));
    return {
      person: { ...p, identityCodeEnc: null, identityCodeLookup: null, clientSecretHash: null, identityCodeMasked: maskedIdentityCode(p), identityCodeTemporary: hasTemporaryIdentityCode(p) },
      register: reg,
      canReadSpecial: special,
      notes: visible,
      notePages: { next: notePage?.next ?? null, prev: notePage?.prev ?? null },
      hiddenSpecial,
      consents: await tx.select().from(consents).where(eq(consents.personId, p.id)).orderBy(asc(consents.givenAt)),
      events: await tx.select().from(eventRegistrations).where(eq(eventRegistrations.personId, p.id)).orderBy(asc(eventRegistrations.eventDate)),
      media: await tx.select().from(mediaEntries).where(eq(mediaEntries.personId, p.id)).orderBy(asc(mediaEntries.capturedAt)),
      contacts: await tx.select().from(contactEvents).where(eq(contactEvents.personId, p.id)).orderBy(asc(contactEvents.occurredAt)),
      feedback: await tx.select().from(feedback).where(eq(feedback.personId, p.id)).orderBy(asc(feedback.givenAt)),
      requests: await tx
        .select({ id: requests.id, reference: requests.reference, type: requests.type, status: requests.status })
        .from(requestRecords)
        .innerJoin(requests, eq(requests.id, requestRecords.requestId))
        .where(eq(requestRecords.personId, p.id)),
    };
  });
}

/** Create a record in one of the actor's registers. */
export async function createPerson(db: Db, actor: StaffActor, input: CreatePersonInput) {
  const orgs = scope(actor);
  if (!isUuid(input.registerId)) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [reg] = await tx.select().from(registers).where(and(eq(registers.id, input.registerId), inArray(registers.organisationId, orgs)));
    if (!reg) throw new ActionError("not_found");
    const [p] = await tx
      .insert(personRecords)
      .values({ organisationId: reg.organisationId, registerId: reg.id, ...toColumns(input), ...(input.identityCode ? sealIdentityCode(input.identityCode) : {}) })
      .returning({ id: personRecords.id });
    await recordAudit(tx, { organisationId: reg.organisationId, personId: p.id, actorId: actor.id, actorRole: roleIn(actor, reg.organisationId), action: "person.created", payload: { registerId: reg.id, source: "form" } });
    return p.id;
  });
}

/**
 * Edit a record. Refused while restricted (Art. 18: the data is only stored) and once anonymised. The
 * changed fields are audited by name; their before/after values go to the sealed part.
 */
export async function updatePerson(db: Db, actor: StaffActor, input: UpdatePersonInput) {
  return db.transaction(async (tx) => {
    const p = await loadPerson(tx, actor, input.personId, true);
    if (p.restricted) refuse("record_restricted");
    if (p.anonymisedAt) refuse("record_anonymised");
    const next: Record<string, unknown> = { ...toColumns(input) };
    if (input.identityCode) Object.assign(next, sealIdentityCode(input.identityCode));
    else if (input.clearIdentityCode) Object.assign(next, { identityCodeEnc: null, identityCodeLookup: null });
    const changed = Object.keys(next).filter((k) => JSON.stringify(next[k] ?? null) !== JSON.stringify((p as Record<string, unknown>)[k] ?? null));
    if (changed.length === 0) return [];
    await tx.update(personRecords).set({ ...next, updatedAt: new Date() }).where(eq(personRecords.id, p.id));
    const secret = new Set(["identityCodeEnc", "identityCodeLookup"]);
    await recordAudit(tx, {
      organisationId: p.organisationId,
      personId: p.id,
      actorId: actor.id,
      actorRole: roleIn(actor, p.organisationId),
      action: "person.updated",
      payload: { fields: changed.filter((k) => k !== "identityCodeLookup").map((k) => (k === "identityCodeEnc" ? "identityCode" : k)) },
      personal: Object.fromEntries(changed.filter((k) => !secret.has(k)).map((k) => [k, { before: (p as Record<string, unknown>)[k] ?? null, after: next[k] ?? null }])),
    });
    return changed;
  });
}

/** Name, email and language of a record, to prefill a request taken in on the person's behalf. */
export async function getPersonSummary(db: DbOrTx, actor: StaffActor, personId: string) {
  const p = await loadPerson(db, actor, personId);
  return {
    id: p.id,
    organisationId: p.organisationId,
    name: [p.firstName, p.lastName].filter(Boolean).join(" "),
    email: p.email,
    locale: p.serviceLanguage ?? "fi",
  };
}
