import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { memberships, organisations, requests, users, type Organisation, type Request } from "../db/schema";
import type { Locale } from "../db/types";
import { isStaffRole, roleIn } from "../auth/types";
import { activeMembership } from "../auth/membership";
import { ActionError } from "../errors";
import { recordAudit, type AuditInput } from "../audit/queries";
import { enqueueEmail } from "../mail/queries";
import { requestTypeLabels, type TemplateCode } from "@/emails";
import { isUuid } from "../validation/ids";
import { subjectPortalUrl, subjectRequestUrl } from "./urls";
import type { StaffActor } from "./types";

export function assertStaff(actor: StaffActor): void {
  if (!isStaffRole(actor.role)) throw new ActionError("forbidden");
}

/**
 * The request, only if it belongs to one of the actor's organisations: the scope is in the WHERE, so a
 * guessed id of another organisation's request is "not found", never "forbidden" (no existence oracle).
 * `forUpdate` locks the row for the transaction, so two handlers acting at once are serialised.
 */
export async function loadRequest(tx: DbOrTx, actor: StaffActor, requestId: string, opts: { forUpdate?: boolean } = {}): Promise<Request> {
  assertStaff(actor);
  // An id that is not a UUID names nothing: "not found" before the database sees it (never a 500).
  if (actor.organisationIds.length === 0 || !isUuid(requestId)) throw new ActionError("not_found");
  const q = tx
    .select()
    .from(requests)
    .where(and(eq(requests.id, requestId), inArray(requests.organisationId, actor.organisationIds)));
  const [row] = opts.forUpdate ? await q.for("update") : await q;
  if (!row) throw new ActionError("not_found");
  return row;
}

export async function loadOrganisation(tx: DbOrTx, organisationId: string): Promise<Organisation> {
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!org) throw new ActionError("not_found");
  return org;
}

/** Has `userId` an active membership (accepted, not disabled) in the organisation? Assignment targets must. */
export async function isHandlerOf(tx: DbOrTx, userId: string, organisationId: string): Promise<boolean> {
  const [row] = await tx
    .select({ role: users.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), activeMembership));
  return Boolean(row && isStaffRole(row.role));
}

/** The audit event of a staff action on a request (house rule 4: same transaction). */
export function auditRequest(
  tx: DbOrTx,
  actor: StaffActor,
  request: Pick<Request, "id" | "organisationId">,
  action: string,
  extra: Pick<AuditInput, "payload" | "personal" | "personId"> = {},
) {
  return recordAudit(tx, {
    organisationId: request.organisationId,
    requestId: request.id,
    actorId: actor.id,
    actorRole: roleIn(actor, request.organisationId),
    action,
    ...extra,
  });
}

function organisationContact(org: Organisation): string {
  return [org.contactEmail, org.contactPhone].filter(Boolean).join(", ");
}

/**
 * Queue an email to the subject of a request, in their request's language. Returns false when there is
 * no address (a letter received without one): the caller records that in its audit payload, and staff
 * answer by post.
 */
export async function emailSubject(
  tx: DbOrTx,
  request: Request,
  template: TemplateCode,
  extraVars: Record<string, string> = {},
  appendix?: string,
): Promise<boolean> {
  if (!request.subjectEmail) return false;
  const org = await loadOrganisation(tx, request.organisationId);
  const locale = request.locale as Locale;
  await enqueueEmail(tx, {
    template,
    locale,
    to: request.subjectEmail,
    organisationId: request.organisationId,
    requestId: request.id,
    vars: {
      organisationName: org.name,
      organisationContact: organisationContact(org),
      reference: request.reference,
      requestTypeLabel: requestTypeLabels[locale][request.type],
      requestUrl: subjectRequestUrl(request.id),
      portalUrl: subjectPortalUrl(),
      recipientName: request.subjectName,
      ...extraVars,
    },
    appendix,
  });
  return true;
}

export { organisationContact };
