import "server-only";
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { consents, itemMarks, reports, requestFees, tasks, type Request } from "../db/schema";
import type { Locale } from "../db/types";
import { toHelsinkiDate } from "../deadlines";
import { buildOutcome, type Outcome } from "./outcomes";
import { describeOutcome, outcomeText } from "./outcome-text";

/**
 * The per-item outcome of a request (lib/workflow/outcomes.ts) from what the database holds: the
 * decisions in its details, withheld items, released reports, withdrawn consents, a declined fee and
 * the Art. 19 recipients whose notification tasks are done. The caller has already scoped the request
 * (the subject's owner check or the staff member's organisation): this only reads rows of that request.
 */
export async function loadOutcome(db: DbOrTx, request: Request): Promise<Outcome | null> {
  if (request.status !== "completed" && request.status !== "rejected") return null;
  const withheld = await db
    .select({ reason: itemMarks.reason })
    .from(itemMarks)
    .where(and(eq(itemMarks.requestId, request.id), eq(itemMarks.kind, "withhold")));
  // Art. 19: only recipients actually told (the task done), not those skipped as impossible.
  const told = await db
    .select({ title: tasks.title })
    .from(tasks)
    .where(and(eq(tasks.requestId, request.id), eq(tasks.action, "notify_recipient"), eq(tasks.status, "done")));
  const released = await db
    .select({ expiresAt: reports.expiresAt })
    .from(reports)
    .where(and(eq(reports.requestId, request.id), isNotNull(reports.releasedAt)))
    .orderBy(desc(reports.expiresAt));
  const d = request.details;
  const withdrawn =
    d.type === "consent_withdrawal" && d.consentIds.length
      ? await db.select({ purpose: consents.purpose }).from(consents).where(and(inArray(consents.id, d.consentIds), isNotNull(consents.withdrawnAt)))
      : [];
  const [fee] = await db
    .select({ amountCents: requestFees.amountCents, reasons: requestFees.reasons })
    .from(requestFees)
    .where(and(eq(requestFees.requestId, request.id), eq(requestFees.status, "declined")))
    .orderBy(desc(requestFees.createdAt))
    .limit(1);
  const expiresAt = released.find((r) => r.expiresAt)?.expiresAt ?? null;
  return buildOutcome({
    status: request.status,
    details: d,
    rejectionGround: request.rejectionGround,
    decisionReasons: request.decisionReasons,
    forwardedTo: request.forwardedTo,
    withheld,
    recipients: [...new Set(told.map((t) => t.title))],
    reportReleased: released.length > 0,
    reportExpiresOn: expiresAt ? toHelsinkiDate(expiresAt) : null,
    withdrawnPurposes: [...new Set(withdrawn.map((c) => c.purpose))],
    declinedFee: fee ?? null,
  });
}

/** The outcome as the email appendix text, in the request's language (empty when there is none). */
export async function outcomeAppendix(db: DbOrTx, request: Request): Promise<string> {
  const outcome = await loadOutcome(db, request);
  return outcome ? outcomeText(describeOutcome(outcome, request.locale as Locale)) : "";
}
