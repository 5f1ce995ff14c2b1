import "server-only";
import { and, eq, inArray, isNull, lte } from "drizzle-orm";
import type { Tx } from "../db/client";
import type { Locale } from "../db/types";
import { consents, organisations, personRecords, requestRecords, requests, type Organisation, type Request } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { enqueueEmail, type EnqueueInput } from "../mail/queries";
import { datesFor, toHelsinkiDate } from "../deadlines";
import { dueDateText, organisationContactLine, requestTypeLabel } from "./mail-vars";
import { staffRequestUrl, subjectRequestUrl } from "./urls";
import { listRequestRecipients, type ActiveStaffMember } from "../organisations/staff-queries";

export type ImmediateEffects = {
  /** Bans set on records at once (Art. 21(3): marketing stops as soon as the subject objects). */
  bansSet: Array<{ personId: string; ban: "direct_marketing" | "profiling" }>;
  /** Consents withdrawn at once (Art. 7(3)); earlier processing stays lawful. */
  consentsWithdrawn: string[];
};

type Actor = { id: string | null; role: "subject" | "staff" | "admin" | "system" };

/**
 * The effects that do not wait for a handler: an objection to direct marketing or profiling
 * (absolute, Art. 21(2)–(3)) sets the ban, a consent withdrawal (Art. 7(3)) withdraws the chosen
 * consents. Each change is audited with its record. Called when the request is filed at its level,
 * or when a held request is released by verification.
 */
export async function applyImmediateEffects(tx: Tx, request: Request, personIds: string[], actor: Actor): Promise<ImmediateEffects> {
  const out: ImmediateEffects = { bansSet: [], consentsWithdrawn: [] };
  const d = request.details;
  if (d.type === "objection" && d.kind !== "legitimate_interest" && personIds.length) {
    const ban = d.kind;
    const column = ban === "direct_marketing" ? { directMarketingBan: true } : { profilingBan: true };
    const changed = await tx
      .update(personRecords)
      .set({ ...column, updatedAt: new Date() })
      .where(
        and(
          inArray(personRecords.id, personIds),
          eq(personRecords.organisationId, request.organisationId),
          ban === "direct_marketing" ? eq(personRecords.directMarketingBan, false) : eq(personRecords.profilingBan, false),
        ),
      )
      .returning({ id: personRecords.id });
    for (const { id } of changed) {
      out.bansSet.push({ personId: id, ban });
      await recordAudit(tx, {
        organisationId: request.organisationId,
        requestId: request.id,
        personId: id,
        actorId: actor.id,
        actorRole: actor.role,
        action: "ban_set",
        payload: { ban, article: "21(3)" },
      });
    }
  }
  if (d.type === "consent_withdrawal" && d.consentIds.length && personIds.length) {
    const withdrawn = await tx
      .update(consents)
      .set({ withdrawnAt: request.receivedAt })
      .where(and(inArray(consents.id, d.consentIds), inArray(consents.personId, personIds), isNull(consents.withdrawnAt)))
      .returning({ id: consents.id, personId: consents.personId, purpose: consents.purpose });
    for (const c of withdrawn) {
      out.consentsWithdrawn.push(c.id);
      await recordAudit(tx, {
        organisationId: request.organisationId,
        requestId: request.id,
        personId: c.personId,
        actorId: actor.id,
        actorRole: actor.role,
        action: "consent_withdrawn",
        payload: { consentId: c.id, purpose: c.purpose, article: "7(3)" },
      });
    }
  }
  return out;
}

/**
 * The subject's confirmation (request_received) and every handler's notice (staff_new_request): the
 * emails to queue in the filing's transaction, built from what the filing already read. Pure.
 */
export function filedEmails(
  org: Organisation,
  request: Pick<Request, "id" | "reference" | "type" | "locale" | "dueOn" | "subjectEmail" | "subjectName" | "representativeName">,
  clockPending: boolean,
  handlers: ActiveStaffMember[],
): EnqueueInput[] {
  const out: EnqueueInput[] = [];
  if (request.subjectEmail) {
    const locale = request.locale;
    out.push({
      template: "request_received",
      locale,
      to: request.subjectEmail,
      organisationId: org.id,
      requestId: request.id,
      vars: {
        organisationName: org.name,
        organisationContact: organisationContactLine(org),
        reference: request.reference,
        requestTypeLabel: requestTypeLabel(request.type, locale),
        dueDate: dueDateText(request.dueOn, locale, clockPending),
        portalUrl: subjectRequestUrl(request.id),
        recipientName: request.representativeName ?? request.subjectName,
      },
    });
  }
  for (const h of handlers) {
    const locale = h.locale as Locale;
    out.push({
      template: "staff_new_request",
      locale,
      to: h.email,
      organisationId: org.id,
      requestId: request.id,
      vars: {
        organisationName: org.name,
        reference: request.reference,
        requestTypeLabel: requestTypeLabel(request.type, locale),
        dueDate: dueDateText(request.dueOn, locale, clockPending),
        requestUrl: staffRequestUrl(request.id),
        recipientName: h.name ?? "",
      },
    });
  }
  return out;
}

/**
 * The account reached `level` with the organisation: requests held in awaiting_verification at or
 * below that level enter the queue. With `clockStart: "verification"` the month starts today
 * (LEGAL.md §1 setting). Records linked since filing are attached, and the immediate effects run.
 */
export async function releaseAwaitingRequests(
  tx: Tx,
  q: { userId: string; organisationId: string; level: number; at: Date; actor: Actor },
): Promise<string[]> {
  const held = await tx
    .select()
    .from(requests)
    .where(
      and(
        eq(requests.userId, q.userId),
        eq(requests.organisationId, q.organisationId),
        eq(requests.status, "awaiting_verification"),
        lte(requests.requiredLevel, q.level),
        // A representative's request concerns someone else: the filer's own level and records are not
        // its key — staff confirming the authority releases it (lib/representatives).
        isNull(requests.authorityStatus),
      ),
    );
  if (held.length === 0) return [];
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, q.organisationId));
  const linked = await tx
    .select({ id: personRecords.id, registerId: personRecords.registerId })
    .from(personRecords)
    .where(and(eq(personRecords.userId, q.userId), eq(personRecords.organisationId, q.organisationId)));
  for (const r of held) {
    const restart = org.settings?.clockStart === "verification";
    let dates = {};
    if (restart) {
      dates = datesFor(org.settings, toHelsinkiDate(q.at));
    }
    const [updated] = await tx
      .update(requests)
      .set({ status: "new", updatedAt: new Date(), ...dates })
      .where(and(eq(requests.id, r.id), eq(requests.status, "awaiting_verification")))
      .returning();
    if (!updated) continue;
    const wanted = "registerIds" in r.details ? new Set(r.details.registerIds) : null;
    const personIds = linked.filter((p) => !wanted || wanted.has(p.registerId)).map((p) => p.id);
    if (personIds.length) {
      await tx.insert(requestRecords).values(personIds.map((personId) => ({ requestId: r.id, personId }))).onConflictDoNothing();
    }
    const attached = await tx
      .select({ personId: requestRecords.personId })
      .from(requestRecords)
      .where(eq(requestRecords.requestId, r.id));
    await recordAudit(tx, {
      organisationId: r.organisationId,
      requestId: r.id,
      actorId: q.actor.id,
      actorRole: q.actor.role,
      action: "request_verified",
      payload: { level: q.level, clockRestarted: restart, ...(restart ? { dueOn: updated.dueOn } : {}) },
    });
    await applyImmediateEffects(tx, updated, attached.map((a) => a.personId), q.actor);
  }
  return held.map((r) => r.id);
}

/**
 * The subject wrote on a request: its handler (or, unassigned, the organisation's staff) is emailed the
 * reference and a link only — no name, no message text (PRODUCT.md §7) — in the message's transaction.
 */
export async function notifyStaffOfSubjectMessage(tx: Tx, request: Request): Promise<number> {
  const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, request.organisationId));
  const to = await listRequestRecipients(tx, request);
  for (const h of to) {
    await enqueueEmail(tx, {
      template: "staff_subject_message",
      locale: h.locale,
      to: h.email,
      organisationId: request.organisationId,
      requestId: request.id,
      vars: { organisationName: org?.name ?? "", reference: request.reference, requestUrl: staffRequestUrl(request.id), recipientName: h.name ?? "" },
    });
  }
  return to.length;
}
