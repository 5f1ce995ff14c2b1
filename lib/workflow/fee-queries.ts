import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { requestFees, requests, type Request } from "../db/schema";
import type { Locale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { isUuid } from "../validation/ids";
import { labelFor } from "../i18n/labels";
import { auditRequest, emailSubject, loadRequest } from "./load-queries";
import { skipOpenTasks } from "./task-queries";
import { refuse } from "./errors";
import { isOpenStatus } from "./constants";
import { formatEuros } from "./outcomes";
import { outcomeAppendix } from "./outcome-queries";
import type { ActOptions, StaffActor } from "./types";

export type FeeBasis = "manifestly_unfounded" | "excessive" | "further_copy";

/** Art. 12(5): nothing is fulfilled (completed, released) while a fee waits for the subject's answer. */
export async function hasPendingFee(tx: DbOrTx, requestId: string): Promise<boolean> {
  const rows = await tx.select({ id: requestFees.id }).from(requestFees).where(and(eq(requestFees.requestId, requestId), eq(requestFees.status, "pending"))).limit(1);
  return rows.length > 0;
}

/** The newest fee of a request (any status), for the pages. */
export async function latestFee(db: DbOrTx, requestId: string) {
  const [fee] = await db.select().from(requestFees).where(eq(requestFees.requestId, requestId)).orderBy(desc(requestFees.createdAt)).limit(1);
  return fee ?? null;
}

/**
 * Staff decide a reasonable fee (Art. 12(5)(a) for manifestly unfounded or excessive requests, Art.
 * 15(3) for further copies), based on administrative costs, with reasons (EDPB Guidelines 01/2022: the
 * controller must be able to show how the amount was set). The subject is told on the page and by
 * email and accepts or declines before anything is fulfilled. The request waits for the subject, but
 * the clock does NOT pause: LEGAL.md §1 allows a pause only for identity doubts (Art. 12(6)) and for
 * specifying the request (Recital 63), and a fee is neither — so the answer still comes within the
 * deadline, whichever way the subject decides.
 */
export async function proposeFee(
  db: Db,
  actor: StaffActor,
  input: { requestId: string; basis: FeeBasis; amountCents: number; reasons: string },
  opts: ActOptions = {},
) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, actor, input.requestId, { forUpdate: true });
    if (!isOpenStatus(request.status) || request.status === "awaiting_verification") refuse("request_closed");
    if (input.amountCents <= 0) refuse("invalid_amount", "invalid_input");
    const reasons = input.reasons.trim();
    if (reasons.length < 20) refuse("reason_too_short", "invalid_input");
    const pending = await tx.select({ id: requestFees.id }).from(requestFees).where(and(eq(requestFees.requestId, request.id), eq(requestFees.status, "pending")));
    if (pending.length) refuse("fee_pending");
    const [fee] = await tx
      .insert(requestFees)
      .values({ requestId: request.id, basis: input.basis, amountCents: input.amountCents, reasons, decidedBy: actor.id, createdAt: now })
      .returning({ id: requestFees.id });
    await tx.update(requests).set({ status: "awaiting_subject", updatedAt: now }).where(eq(requests.id, request.id));
    const locale = request.locale as Locale;
    const emailed = await emailSubject(tx, request, "fee_proposed", {
      amount: formatEuros(input.amountCents, locale),
      basis: labelFor(locale, "feeBasis", input.basis),
      reasons,
    });
    await auditRequest(tx, actor, request, "fee.proposed", {
      payload: { feeId: fee.id, basis: input.basis, amountCents: input.amountCents, emailed, previousStatus: request.status, paused: false },
      personal: { reasons },
    });
    return fee.id;
  });
}

/**
 * The subject accepts or declines the pending fee of their own request (the owner is in the WHERE).
 * Accepting lets the handling go on; declining closes the request as not carried out, with the
 * reasons and the remedies (Art. 12(4)) on the page and in the email.
 */
export async function answerFee(db: Db, userId: string, input: { requestId: string; answer: "accept" | "decline" }, now = new Date()) {
  if (!isUuid(input.requestId)) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(requests)
      .where(and(eq(requests.id, input.requestId), eq(requests.userId, userId)))
      .for("update");
    if (!request) throw new ActionError("not_found");
    const [fee] = await tx
      .select()
      .from(requestFees)
      .where(and(eq(requestFees.requestId, request.id), eq(requestFees.status, "pending")))
      .for("update");
    if (!fee || !isOpenStatus(request.status)) throw new ActionError("conflict");
    const audit = (action: string, payload: Record<string, unknown>) =>
      recordAudit(tx, { organisationId: request.organisationId, requestId: request.id, actorId: userId, actorRole: "subject", action, payload });
    if (input.answer === "accept") {
      await tx.update(requestFees).set({ status: "accepted", respondedAt: now }).where(eq(requestFees.id, fee.id));
      const status = request.assigneeId ? "in_progress" : "new";
      await tx.update(requests).set({ status, updatedAt: now }).where(eq(requests.id, request.id));
      await audit("fee.accepted", { feeId: fee.id, amountCents: fee.amountCents });
      return { status };
    }
    await tx.update(requestFees).set({ status: "declined", respondedAt: now }).where(eq(requestFees.id, fee.id));
    const [closed] = await tx
      .update(requests)
      .set({ status: "rejected", rejectionGround: "fee_declined", decisionReasons: fee.reasons, closedAt: now, pausedSince: null, updatedAt: now })
      .where(eq(requests.id, request.id))
      .returning();
    const system: StaffActor = { id: userId, role: "staff", organisationIds: [request.organisationId], adminOrganisationIds: [] };
    const skipped = await skipOpenTasks(tx, system, request, "fee_declined", now);
    const emailed = await emailSubject(tx, closed as Request, "rejected", { reasons: fee.reasons }, await outcomeAppendix(tx, closed));
    await audit("fee.declined", { feeId: fee.id, amountCents: fee.amountCents });
    await audit("request.rejected", { ground: "fee_declined", emailed, skippedTasks: skipped });
    return { status: "rejected" as const };
  });
}
