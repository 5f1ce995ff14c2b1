import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import type { Locale } from "../db/types";
import { messages, personRecords, requestRecords, requests } from "../db/schema";
import { ActionError } from "../errors";
import { requestDates } from "../requests/queries";
import { applyImmediateEffects } from "../requests/queries-effects";
import { auditRequest, emailSubject, loadOrganisation, loadRequest } from "../workflow/load-queries";
import { refuse } from "../workflow/errors";
import { isOpenStatus } from "../workflow/constants";
import type { ActOptions, StaffActor } from "../workflow/types";
import { authorityConfirmedText } from "./messages";
import type { AuthorityDecisionInput } from "./schema";

/**
 * Staff decide a representative's authority (LEGAL.md §2), audited in the same transaction.
 * Confirm: the represented person's record (if the organisation has one) is attached, the request
 * enters the queue, and the representative is told in a portal message and by email. Under
 * `clockStart: "verification"` the month starts today, as when identity is established (LEGAL.md §1);
 * otherwise it has run since receipt. Refuse: the request is closed as refused with the reasons, and
 * the email carries them with the rights to complain and to a judicial remedy (Art. 12(4), 77, 79).
 */
export async function decideAuthority(db: Db, actor: StaffActor, input: AuthorityDecisionInput, opts: ActOptions = {}) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    if (request.authorityStatus !== "pending") refuse("authority_decided");
    if (!isOpenStatus(request.status)) refuse("request_closed");
    // Held for the check: it enters the queue now. (Waiting for the representative's answer to a question, it stays so.)
    const held = request.status === "awaiting_verification";
    const recipientName = request.representativeName ?? request.subjectName;

    if (input.decision === "refuse") {
      const reasons = input.reason?.trim() ?? "";
      if (reasons.length < 10) refuse("reason_required", "invalid_input");
      await tx
        .update(requests)
        .set({ status: "rejected", authorityStatus: "refused", rejectionGround: "authority_not_shown", decisionReasons: reasons, closedAt: now, updatedAt: now })
        .where(eq(requests.id, request.id));
      const emailed = await emailSubject(tx, request, "rejected", { reasons, recipientName });
      await auditRequest(tx, actor, request, "authority.refused", { payload: { role: request.representativeRole, emailed }, personal: { reasons } });
      return { status: "refused" as const };
    }

    let personId: string | null = null;
    if (input.personId) {
      const [person] = await tx
        .select({ id: personRecords.id })
        .from(personRecords)
        .where(and(eq(personRecords.id, input.personId), eq(personRecords.organisationId, request.organisationId)));
      if (!person) throw new ActionError("not_found");
      personId = person.id;
      await tx.insert(requestRecords).values({ requestId: request.id, personId }).onConflictDoNothing();
    }
    const org = await loadOrganisation(tx, request.organisationId);
    const restart = held && org.settings?.clockStart === "verification";
    // The month restarts today, as when identity is established (the same dates as a filing of today).
    const dates = restart ? requestDates(org, now) : {};
    const [updated] = await tx
      .update(requests)
      .set({ ...(held ? { status: request.assigneeId ? "in_progress" : "new" } : {}), authorityStatus: "confirmed", powerOfAttorneyCheckedAt: now, updatedAt: now, ...dates })
      .where(eq(requests.id, request.id))
      .returning();
    const body = authorityConfirmedText(request.locale as Locale, { name: request.subjectName, role: request.representativeRole ?? "" });
    await tx.insert(messages).values({ requestId: request.id, authorId: actor.id, fromStaff: true, body, createdAt: now });
    const emailed = await emailSubject(tx, updated, "message_received", { recipientName });
    await auditRequest(tx, actor, request, "authority.confirmed", {
      personId: personId ?? undefined,
      payload: { role: request.representativeRole, recordLinked: Boolean(personId), clockRestarted: restart, dueOn: updated.dueOn, emailed },
    });
    await applyImmediateEffects(tx, updated, personId ? [personId] : [], { id: actor.id, role: "staff" });
    return { status: "confirmed" as const };
  });
}
