import "server-only";
import { and, eq, gte, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { auditEvents, consents, personRecords, reports, requestRecords, requests, users, type PersonRecord } from "../db/schema";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { enqueueEmail } from "../mail/queries";
import { ActionError } from "../errors";
import { assertStaff, auditRequest, loadOrganisation, loadRequest, organisationContact } from "./load-queries";
import { hasRequestAudit, linkedPersons } from "./linked-queries";
import { refuse } from "./errors";
import { assertActionAllowed } from "./action-rules";
import { isUuid } from "../validation/ids";
import { subjectPortalUrl } from "./urls";
import type { ActOptions, StaffActor } from "./types";
import { roleIn } from "../auth/types";

/**
 * Art. 18: every record the request concerns is flagged restricted — shown read-only with a banner,
 * refused edits, left out of marketing lists — with the ground (a)–(d) the subject gave.
 */
export async function applyRestriction(db: Db, actor: StaffActor, input: { requestId: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("applyRestriction", request);
    if (request.details.type !== "restriction") refuse("wrong_type");
    const persons = await linkedPersons(tx, request, { forUpdate: true });
    if (persons.length === 0) refuse("no_linked_records");
    const ground = request.details.ground;
    for (const p of persons) {
      if (p.restricted) continue;
      await tx.update(personRecords).set({ restricted: true, restrictedAt: now, restrictionGround: ground, updatedAt: now }).where(eq(personRecords.id, p.id));
      await auditRequest(tx, actor, request, "person.restricted", { personId: p.id, payload: { ground } });
    }
    await auditRequest(tx, actor, request, "restriction.applied", { payload: { ground, records: persons.length } });
  });
}

async function loadPerson(tx: Tx, actor: StaffActor, personId: string): Promise<PersonRecord> {
  assertStaff(actor);
  if (actor.organisationIds.length === 0 || !isUuid(personId)) throw new ActionError("not_found");
  const [p] = await tx
    .select()
    .from(personRecords)
    .where(and(eq(personRecords.id, personId), inArray(personRecords.organisationId, actor.organisationIds)))
    .for("update");
  if (!p) throw new ActionError("not_found");
  return p;
}

/**
 * The restriction request a lifting step is filed under (optional): only a restriction request of the
 * person's own organisation that concerns this very record. Anything else — another organisation's
 * request, another person's, a request of another type — is "not found", so the notice can never be
 * written into a request the actor does not handle (issue 9, finding 7).
 */
async function scopedLiftRequestId(tx: Tx, actor: StaffActor, person: PersonRecord, requestId: string | undefined): Promise<string | null> {
  if (requestId === undefined) return null;
  if (!isUuid(requestId)) throw new ActionError("not_found");
  const [row] = await tx
    .select({ id: requests.id })
    .from(requests)
    .innerJoin(requestRecords, and(eq(requestRecords.requestId, requests.id), eq(requestRecords.personId, person.id)))
    .where(
      and(
        eq(requests.id, requestId),
        eq(requests.organisationId, person.organisationId),
        inArray(requests.organisationId, actor.organisationIds),
        eq(requests.type, "restriction"),
      ),
    );
  if (!row) throw new ActionError("not_found");
  return row.id;
}

/**
 * Art. 18(3): the subject is told before a restriction is lifted. By email through the outbox (to the
 * address on record, else the account's), or — for someone without email — by letter or phone, which
 * the handler confirms here. Either way the notice is audited, and lifting checks for it.
 */
export async function notifyRestrictionLifting(
  db: Db,
  actor: StaffActor,
  input: { personId: string; requestId?: string; channel: "email" | "letter" | "phone"; reasons: string },
  opts: ActOptions = {},
) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const person = await loadPerson(tx, actor, input.personId);
    const requestId = await scopedLiftRequestId(tx, actor, person, input.requestId);
    if (!person.restricted) refuse("not_restricted");
    if (input.channel === "email") {
      let to = person.email;
      let locale: Locale = person.serviceLanguage ?? "fi";
      if (!to && person.userId) {
        const [u] = await tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, person.userId));
        to = u?.email ?? null;
        if (u) locale = u.locale;
      }
      if (!to) refuse("no_email");
      const org = await loadOrganisation(tx, person.organisationId);
      await enqueueEmail(tx, {
        template: "restriction_lifting",
        locale,
        to,
        organisationId: org.id,
        requestId,
        vars: {
          organisationName: org.name,
          organisationContact: organisationContact(org),
          reasons: input.reasons,
          portalUrl: subjectPortalUrl(),
          recipientName: [person.firstName, person.lastName].filter(Boolean).join(" "),
        },
      });
    }
    await recordAudit(tx, {
      organisationId: person.organisationId,
      requestId,
      personId: person.id,
      actorId: actor.id,
      actorRole: roleIn(actor, person.organisationId),
      action: "restriction.lifting_notified",
      payload: { channel: input.channel, at: now.toISOString() },
      personal: { reasons: input.reasons },
    });
  });
}

/** Lift a restriction — only after the Art. 18(3) notice for this restriction has been given. */
export async function liftRestriction(db: Db, actor: StaffActor, input: { personId: string; requestId?: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const person = await loadPerson(tx, actor, input.personId);
    const requestId = await scopedLiftRequestId(tx, actor, person, input.requestId);
    if (!person.restricted) refuse("not_restricted");
    const notices = await tx
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.personId, person.id),
          eq(auditEvents.action, "restriction.lifting_notified"),
          gte(auditEvents.at, person.restrictedAt ?? new Date(0)),
        ),
      )
      .limit(1);
    if (notices.length === 0) refuse("lifting_notice_required");
    await tx
      .update(personRecords)
      .set({ restricted: false, restrictedAt: null, restrictionGround: null, updatedAt: now })
      .where(eq(personRecords.id, person.id));
    await recordAudit(tx, {
      organisationId: person.organisationId,
      requestId,
      personId: person.id,
      actorId: actor.id,
      actorRole: roleIn(actor, person.organisationId),
      action: "restriction.lifted",
      payload: { ground: person.restrictionGround },
    });
  });
}

/**
 * Objection (Art. 21). Against direct marketing or profiling for it the objection is absolute (21(3)):
 * it can only be upheld, and the bans are set. On legitimate-interest grounds the handler decides with
 * reasons; upheld, the processing the seed notice bases on that interest (profiling, research and
 * statistics) stops for the person.
 */
export async function decideObjection(
  db: Db,
  actor: StaffActor,
  input: { requestId: string; decision: "upheld" | "dismissed"; reasons: string },
  opts: ActOptions = {},
) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("decideObjection", request);
    if (request.details.type !== "objection") refuse("wrong_type");
    const kind = request.details.kind;
    if (kind !== "legitimate_interest" && input.decision === "dismissed") refuse("objection_absolute");
    const persons = await linkedPersons(tx, request, { forUpdate: true });
    if (input.decision === "upheld") {
      const bans =
        kind === "direct_marketing"
          ? { directMarketingBan: true }
          : kind === "profiling"
            ? { profilingBan: true, directMarketingBan: true }
            : { profilingBan: true, researchBan: true };
      for (const p of persons) {
        await tx.update(personRecords).set({ ...bans, updatedAt: now }).where(eq(personRecords.id, p.id));
        await auditRequest(tx, actor, request, "person.bans_set", { personId: p.id, payload: { bans: Object.keys(bans) } });
      }
    }
    // Kept in the details too: the subject's per-item outcome reads the decision from there.
    const details = { ...request.details, decision: input.decision, decisionReason: input.reasons };
    await tx.update(requests).set({ details, decisionReasons: input.reasons, updatedAt: now }).where(eq(requests.id, request.id));
    await auditRequest(tx, actor, request, "objection.decided", {
      payload: { kind, decision: input.decision, records: persons.length },
      personal: { reasons: input.reasons },
    });
  });
}

/** Consent withdrawal (Art. 7(3)): effective at once; earlier processing stays lawful, so rows are kept. */
export async function withdrawConsents(db: Db, actor: StaffActor, input: { requestId: string }, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    assertActionAllowed("withdrawConsents", request);
    if (request.details.type !== "consent_withdrawal") refuse("wrong_type");
    const ids = request.details.consentIds;
    if (ids.length === 0) refuse("no_consents");
    // Scoped: only consents on records of the request's organisation.
    const rows = await tx
      .select({ id: consents.id, personId: consents.personId, purpose: consents.purpose, withdrawnAt: consents.withdrawnAt })
      .from(consents)
      .innerJoin(personRecords, eq(personRecords.id, consents.personId))
      .where(and(inArray(consents.id, ids), eq(personRecords.organisationId, request.organisationId)));
    let withdrawn = 0;
    for (const c of rows) {
      if (c.withdrawnAt) continue;
      await tx.update(consents).set({ withdrawnAt: now }).where(and(eq(consents.id, c.id), isNull(consents.withdrawnAt)));
      await auditRequest(tx, actor, request, "consent.withdrawn", { personId: c.personId, payload: { consentId: c.id, purpose: c.purpose } });
      withdrawn++;
    }
    return { withdrawn, alreadyWithdrawn: rows.length - withdrawn };
  });
}

/** Has the fulfilment step of a request type been done? (complete checks it) */
export async function fulfilmentDone(tx: Tx, requestId: string, type: string): Promise<boolean> {
  if (type === "erasure") return hasRequestAudit(tx, requestId, "erasure.executed");
  if (type === "restriction") return hasRequestAudit(tx, requestId, "restriction.applied");
  if (type === "objection") return hasRequestAudit(tx, requestId, "objection.decided");
  if (type === "access" || type === "portability") {
    // Art. 15(3) / 20: the copy is the fulfilment; it must have been reviewed and released to the subject.
    const released = await tx
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.requestId, requestId), isNotNull(reports.releasedAt)))
      .limit(1);
    return released.length > 0;
  }
  return true;
}
