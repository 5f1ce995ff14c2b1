import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import {
  caseNotes,
  consents,
  contactEvents,
  eventRegistrations,
  feedback,
  identityClaims,
  mediaEntries,
  personRecords,
  requests,
  type PersonRecord,
} from "../db/schema";
import { recordAudit } from "../audit/queries";
import { auditRequest, loadRequest } from "./load-queries";
import { hasRequestAudit, linkedPersons, registerCategoriesOf } from "./linked-queries";
import { refuse } from "./errors";
import { assertActionAllowed } from "./action-rules";
import { type ErasureAction, type ErasureException } from "./constants";
import { fieldChanges, IDENTIFYING, isErasureCategory, noteCategory, NOTE_CATEGORIES, type ErasureCategory } from "./erasure-categories";
import type { ActOptions, StaffActor } from "./types";
import { roleIn } from "../auth/types";

export type PlanEntry = { category: string; action: ErasureAction; exception?: ErasureException | "" };

/** The categories that actually hold data on one record, so the plan form lists only what exists. */
export async function categoriesWithData(tx: DbOrTx, person: PersonRecord, registerCategories: readonly string[]): Promise<ErasureCategory[]> {
  const has = new Set<ErasureCategory>();
  const p = person;
  if (p.firstName || p.lastName || p.clientReference) has.add("identity");
  if (p.identityCodeEnc) has.add("identity_code");
  if (p.birthDate || p.birthYear) has.add("birth");
  if (p.gender) has.add("gender");
  if (p.motherTongue) has.add("mother_tongue");
  if (p.serviceLanguage) has.add("service_language");
  if (p.workingLifeStatus) has.add("working_life");
  if (p.email || p.phone || p.streetAddress || p.postalCode || p.city) has.add("contact");
  if (p.subjectGroups.length) has.add("subject_groups");
  if (p.relationshipStart || p.relationshipEnd || p.relationshipState) has.add("relationship");
  if (p.directMarketingBan || p.researchBan || p.profilingBan) has.add("bans");
  if ((await tx.select({ id: consents.id }).from(consents).where(eq(consents.personId, p.id)).limit(1)).length) has.add("consents");
  for (const n of await tx.select({ source: caseNotes.source, special: caseNotes.special }).from(caseNotes).where(eq(caseNotes.personId, p.id))) {
    has.add(noteCategory(n, registerCategories));
  }
  if ((await tx.select({ id: eventRegistrations.id }).from(eventRegistrations).where(eq(eventRegistrations.personId, p.id)).limit(1)).length) has.add("event_registrations");
  for (const m of await tx.selectDistinct({ kind: mediaEntries.kind }).from(mediaEntries).where(eq(mediaEntries.personId, p.id))) {
    has.add(m.kind === "photo" ? "photos" : "camera_recordings");
  }
  if ((await tx.select({ id: contactEvents.id }).from(contactEvents).where(eq(contactEvents.personId, p.id)).limit(1)).length) has.add("contact_history");
  if ((await tx.select({ id: feedback.id }).from(feedback).where(eq(feedback.personId, p.id)).limit(1)).length) has.add("feedback");
  return [...has];
}

/** Erase or anonymise the child rows of one category. */
async function applyRows(tx: DbOrTx, person: PersonRecord, category: ErasureCategory, action: "erase" | "anonymise", registerCategories: readonly string[]) {
  const pid = person.id;
  if (NOTE_CATEGORIES.includes(category)) {
    const notes = await tx.select({ id: caseNotes.id, source: caseNotes.source, special: caseNotes.special }).from(caseNotes).where(eq(caseNotes.personId, pid));
    const ids = notes.filter((n) => noteCategory(n, registerCategories) === category).map((n) => n.id);
    if (ids.length === 0) return;
    if (action === "erase") await tx.delete(caseNotes).where(inArray(caseNotes.id, ids));
    else await tx.update(caseNotes).set({ body: "", author: null, sourceDetail: null }).where(inArray(caseNotes.id, ids));
    return;
  }
  switch (category) {
    case "consents":
      if (action === "erase") await tx.delete(consents).where(eq(consents.personId, pid));
      return;
    case "event_registrations":
      if (action === "erase") await tx.delete(eventRegistrations).where(eq(eventRegistrations.personId, pid));
      else await tx.update(eventRegistrations).set({ dietaryNeeds: null }).where(eq(eventRegistrations.personId, pid));
      return;
    case "photos":
    case "camera_recordings": {
      const kind = category === "photos" ? "photo" : "camera_recording";
      const where = and(eq(mediaEntries.personId, pid), eq(mediaEntries.kind, kind));
      if (action === "erase") await tx.delete(mediaEntries).where(where);
      else await tx.update(mediaEntries).set({ description: "", location: null }).where(where);
      return;
    }
    case "contact_history":
      if (action === "erase") await tx.delete(contactEvents).where(eq(contactEvents.personId, pid));
      else await tx.update(contactEvents).set({ summary: "" }).where(eq(contactEvents.personId, pid));
      return;
    case "feedback":
      if (action === "erase") await tx.delete(feedback).where(eq(feedback.personId, pid));
      else await tx.update(feedback).set({ body: "" }).where(eq(feedback.personId, pid));
      return;
  }
}

/**
 * Execute an erasure request (Art. 17) in one transaction: per data category erase, anonymise, or keep
 * under a named Art. 17(3) exception, on every record the request concerns. What remains is what proves
 * the request was handled: the request itself, its messages and the audit trail (whose personal
 * values are sealed). A record with nothing kept is deleted outright; otherwise, once its identifying
 * categories are gone, it becomes an anonymised tombstone unlinked from the account.
 */
export async function executeErasure(db: Db, actor: StaffActor, input: { requestId: string; plan: PlanEntry[] }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("executeErasure", request);
    if (request.details.type !== "erasure") refuse("wrong_type");
    if (await hasRequestAudit(tx, request.id, "erasure.executed")) refuse("erasure_executed");
    const plan = new Map<ErasureCategory, PlanEntry>();
    for (const e of input.plan) {
      if (!isErasureCategory(e.category)) refuse("unknown_category", "invalid_input");
      if (e.action === "keep" && !e.exception) refuse("exception_required", "invalid_input");
      plan.set(e.category, e);
    }
    const persons = await linkedPersons(tx, request, { forUpdate: true });
    if (persons.length === 0) refuse("no_linked_records");
    const regs = await registerCategoriesOf(tx, [...new Set(persons.map((p) => p.registerId))]);
    const outcome: Array<{ personId: string; deleted: boolean; anonymised: boolean }> = [];
    for (const person of persons) {
      const regCats = regs.get(person.registerId)?.categories ?? [];
      const present = await categoriesWithData(tx, person, regCats);
      // "Everything" must be decided category by category: nothing held may be left out silently.
      if (request.details.scope === "everything" && present.some((c) => !plan.has(c))) refuse("plan_incomplete", "invalid_input");
      const acting = [...plan.values()].filter((e) => e.action !== "keep") as Array<PlanEntry & { action: "erase" | "anonymise" }>;
      const removesAll = present.every((c) => plan.get(c)?.action === "erase");
      const identifyingGone = IDENTIFYING.every((c) => !present.includes(c) || (plan.get(c) && plan.get(c)!.action !== "keep"));
      if (removesAll && request.details.scope === "everything") {
        await tx.delete(personRecords).where(eq(personRecords.id, person.id));
      } else {
        const set: Record<string, unknown> = {};
        for (const e of acting) {
          Object.assign(set, fieldChanges(e.category as ErasureCategory, e.action) ?? {});
          await applyRows(tx, person, e.category as ErasureCategory, e.action, regCats);
        }
        if (identifyingGone) Object.assign(set, { anonymisedAt: now, userId: null });
        await tx.update(personRecords).set({ ...set, updatedAt: now }).where(eq(personRecords.id, person.id));
      }
      // Identity claims repeat the name, birth date and code the subject gave: they go with the identity.
      if (person.userId && (removesAll || identifyingGone)) {
        await tx.delete(identityClaims).where(and(eq(identityClaims.userId, person.userId), eq(identityClaims.organisationId, request.organisationId)));
      }
      await recordAudit(tx, {
        organisationId: request.organisationId,
        requestId: request.id,
        personId: person.id,
        actorId: actor.id,
        actorRole: roleIn(actor, request.organisationId),
        action: "person.erased",
        payload: { categories: present, deleted: removesAll && request.details.scope === "everything", anonymised: identifyingGone },
      });
      outcome.push({ personId: person.id, deleted: removesAll && request.details.scope === "everything", anonymised: identifyingGone });
    }
    const planList = [...plan.values()].map((e) => ({ category: e.category, action: e.action, exception: e.exception || undefined }));
    await tx
      .update(requests)
      .set({ details: { ...request.details, plan: planList }, updatedAt: now })
      .where(eq(requests.id, request.id));
    await auditRequest(tx, actor, request, "erasure.executed", { payload: { plan: planList, records: outcome.length } });
    return outcome;
  });
}
