import "server-only";
import { hasTemporaryIdentityCode } from "../persons/columns";
import { isTemporaryHetu } from "../identity/hetu";
import { openText } from "../crypto";
import { logPersonReads } from "../persons/read-log-queries";
import { markSubjectMessagesRead } from "./status-queries";
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Locale } from "../db/types";
import type { Db } from "../db/client";
import {
  consents,
  identityClaims,
  identityVerifications,
  memberships,
  organisations,
  personRecords,
  processors,
  registers,
  tasks,
  users,
} from "../db/schema";
import { loadRequest } from "./load-queries";
import { notePage, staffMessagePage, staffTimelinePage } from "../requests/thread-queries";
import { linkedPersons, registerCategoriesOf, requestAuditActions } from "./linked-queries";
import { categoriesWithData } from "./erasure-queries";
import { identityLevelOf } from "./identity-queries";
import { listRequestReports } from "../reports/queries";
import { canReadSpecialIn } from "./access-queries";
import type { StaffActor } from "./types";
import { activeMembership } from "../auth/membership";

/** Candidate records for a level-2 claim: same birth date, or the same last name, in the organisation. */
/** A claim's code, sealed to the claiming account, checked for 900–999 without returning it. */
function claimCodeIsTemporary(sealed: string | null, userId: string | null): boolean {
  if (!sealed || !userId) return false;
  try {
    return isTemporaryHetu(openText(sealed, `claim:${userId}`));
  } catch {
    return false;
  }
}

async function claimCandidates(db: Db, organisationId: string, claim: { fullName: string; birthDate: string | null }) {
  const last = claim.fullName.trim().split(/\s+/).pop() ?? "";
  const conds = [claim.birthDate ? eq(personRecords.birthDate, claim.birthDate) : undefined, last.length > 1 ? ilike(personRecords.lastName, last) : undefined].filter(Boolean);
  if (conds.length === 0) return [];
  return db
    .select({ id: personRecords.id, firstName: personRecords.firstName, lastName: personRecords.lastName, birthDate: personRecords.birthDate, email: personRecords.email, userId: personRecords.userId })
    .from(personRecords)
    .where(and(eq(personRecords.organisationId, organisationId), isNull(personRecords.anonymisedAt), or(...conds)))
    .limit(10);
}

/**
 * Everything the staff request page shows, in one scoped load. Internal notes and messages come back
 * separately (they are shown apart and never mixed, PRODUCT.md §2).
 */
export async function getRequestView(db: Db, actor: StaffActor, requestId: string, pages: { messages?: unknown; notes?: unknown; events?: unknown } = {}) {
  const request = await loadRequest(db, actor, requestId);
  const [org] = await db.select({ id: organisations.id, name: organisations.name, settings: organisations.settings }).from(organisations).where(eq(organisations.id, request.organisationId));
  const persons = await linkedPersons(db, request);
  // Opening the request shows the linked records' data (a read for the C-579/21 access log) and its
  // messages (clearing the queue's "unread message from the subject" marker).
  await logPersonReads(db, { organisationId: request.organisationId, personIds: persons.map((p) => p.id), actorId: actor.id, purpose: "request_viewed", requestId: request.id });
  await markSubjectMessagesRead(db, request.id, new Date());
  const regIds = [...new Set(persons.map((p) => p.registerId))];
  const regCats = await registerCategoriesOf(db, regIds);
  // Only the registers' names: the whole notice (every field, three languages) is not shown here.
  const regNames = await db
    .select({ id: registers.id, notice: sql<Record<Locale, { name?: string } | null>>`jsonb_build_object('fi', jsonb_build_object('name', ${registers.notice}->'fi'->'name'), 'sv', jsonb_build_object('name', ${registers.notice}->'sv'->'name'), 'en', jsonb_build_object('name', ${registers.notice}->'en'->'name'))` })
    .from(registers)
    .where(eq(registers.organisationId, request.organisationId));
  const personViews = await Promise.all(
    persons.map(async (p) => ({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      birthYear: p.birthYear,
      email: p.email,
      registerId: p.registerId,
      restricted: p.restricted,
      restrictionGround: p.restrictionGround,
      identityCodeTemporary: hasTemporaryIdentityCode(p),
      anonymisedAt: p.anonymisedAt,
      values: {
        firstName: p.firstName, lastName: p.lastName, birthYear: p.birthYear, birthDate: p.birthDate, gender: p.gender,
        motherTongue: p.motherTongue, serviceLanguage: p.serviceLanguage, workingLifeStatus: p.workingLifeStatus,
        email: p.email, phone: p.phone, streetAddress: p.streetAddress, postalCode: p.postalCode, city: p.city,
      } as Record<string, string | number | null>,
      categories: request.type === "erasure" ? await categoriesWithData(db, p, regCats.get(p.registerId)?.categories ?? []) : [],
    })),
  );
  const level = request.userId ? await identityLevelOf(db, request.userId, request.organisationId) : null;
  const verifications = request.userId
    ? await db
        .select({ level: identityVerifications.level, method: identityVerifications.method, createdAt: identityVerifications.createdAt })
        .from(identityVerifications)
        .where(and(eq(identityVerifications.userId, request.userId), eq(identityVerifications.organisationId, request.organisationId)))
        .orderBy(desc(identityVerifications.createdAt))
    : [];
  const claimRows = request.userId
    ? await db
        .select({ id: identityClaims.id, fullName: identityClaims.fullName, birthDate: identityClaims.birthDate, hasCode: identityClaims.identityCodeEnc, status: identityClaims.status, rejectionReason: identityClaims.rejectionReason, createdAt: identityClaims.createdAt })
        .from(identityClaims)
        .where(and(eq(identityClaims.userId, request.userId), eq(identityClaims.organisationId, request.organisationId)))
        .orderBy(desc(identityClaims.createdAt))
    : [];
  const claims = await Promise.all(
    claimRows.map(async (c) => ({ ...c, hasCode: Boolean(c.hasCode), codeTemporary: claimCodeIsTemporary(c.hasCode, request.userId), candidates: c.status === "pending" ? await claimCandidates(db, request.organisationId, c) : [] })),
  );
  // The latest page of each long list (issue 13); their cursors lead to earlier entries.
  const timeline = await staffTimelinePage(db, actor.organisationIds, request.id, { cursor: pages.events });
  const messagePage = await staffMessagePage(db, actor.organisationIds, request.id, { cursor: pages.messages });
  const notes = await notePage(db, actor.organisationIds, request.id, { cursor: pages.notes });
  const taskRows = await db
    .select({ id: tasks.id, kind: tasks.kind, action: tasks.action, title: tasks.title, status: tasks.status, skipReason: tasks.skipReason, doneAt: tasks.doneAt, processorKind: processors.kind, processorNames: processors.names, service: processors.service })
    .from(tasks)
    .leftJoin(processors, eq(processors.id, tasks.processorId))
    .where(eq(tasks.requestId, request.id))
    .orderBy(asc(tasks.createdAt), asc(tasks.title));
  const handlers = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, request.organisationId), eq(users.role, "staff"), activeMembership))
    .orderBy(asc(users.name));
  const assignee = handlers.find((h) => h.id === request.assigneeId) ?? null;
  const consentRows =
    request.details.type === "consent_withdrawal" && request.details.consentIds.length
      ? await db
          .select({ id: consents.id, purpose: consents.purpose, description: consents.description, givenAt: consents.givenAt, withdrawnAt: consents.withdrawnAt })
          .from(consents)
          .innerJoin(personRecords, eq(personRecords.id, consents.personId))
          .where(and(inArray(consents.id, request.details.consentIds), eq(personRecords.organisationId, request.organisationId)))
      : [];
  const reportRows =
    request.type === "access" || request.type === "portability"
      ? await listRequestReports(db, { requestId: request.id, staffOrgIds: actor.organisationIds })
      : [];
  // Art. 9: a report holding special-category notes is offered for download only to members allowed to read them.
  const canReadSpecial = await canReadSpecialIn(db, actor.id, request.organisationId);
  // One look for the three fulfilments (the timeline above is only its latest page).
  const happened = await requestAuditActions(db, request.id, ["erasure.executed", "restriction.applied", "objection.decided"]);
  const done = {
    erasure: happened.has("erasure.executed"),
    restriction: happened.has("restriction.applied"),
    objection: happened.has("objection.decided"),
  };
  return {
    request,
    organisation: org,
    assignee,
    handlers,
    persons: personViews,
    registers: regNames.map((r) => ({ id: r.id, notice: r.notice })),
    level,
    verifications,
    claims,
    timeline: timeline.rows,
    timelinePages: { next: timeline.next, prev: timeline.prev },
    messages: messagePage.rows,
    messagePages: { next: messagePage.next, prev: messagePage.prev },
    notes: notes.rows,
    notePages: { next: notes.next, prev: notes.prev },
    tasks: taskRows,
    consents: consentRows,
    reports: reportRows,
    canReadSpecial,
    done,
  };
}

export type RequestView = Awaited<ReturnType<typeof getRequestView>>;

