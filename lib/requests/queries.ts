import "server-only";
import { ensureProcessorTasks } from "../workflow/task-queries";
import { and, eq, inArray, sql } from "drizzle-orm";
import { rowsOf, type DbOrTx, type Tx } from "../db/client";
import type { Locale, RequestDetails, RequestTypeCode } from "../db/types";
import { activeMembership } from "../auth/membership";
import { consents, memberships, organisations, personRecords, registers, requestRecords, requests, type Organisation, type Request } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { ActionError, fieldErrorsOf } from "../errors";
import { datesFor, toHelsinkiDate } from "../deadlines";
import { RECTIFIABLE_FIELDS, type Channel } from "./constants";
import { parseRequestDetails } from "./schema";
import { clockStartsLater, initialStatus, requiredLevelFor } from "./levels";
import { formatReference } from "./reference";
import { FilingLimitError, RequestInputError } from "./errors";
import { hitFilingLimits } from "../rate-limit/queries";
import { applyImmediateEffects, notifyRequestFiled, type ImmediateEffects } from "./queries-effects";
import { getIdentityLevel } from "../identity/level-queries";
import { findOpenDuplicate } from "./duplicate-queries";

export { FilingLimitError, RequestInputError } from "./errors";
export { applyImmediateEffects, releaseAwaitingRequests, type ImmediateEffects } from "./queries-effects";
// The portal's own reads and writes are in ./queries-subject.ts (and ./queries-form.ts), which build on
// this file; re-exporting them here made a cycle (issue 10 item 9).
export { getIdentityLevel } from "../identity/level-queries";
export { findOpenDuplicate } from "./duplicate-queries";

export type RequestActor = { id: string; role: "subject" | "staff" | "admin" };

export type FileRequestInput = {
  organisationId: string;
  /** The subject's portal account; null for intake by letter/in person of someone without one. */
  userId: string | null;
  type: RequestTypeCode;
  details: RequestDetails;
  channel: Channel;
  /** The real receipt instant: for letters the date staff enter (LEGAL.md §1). */
  receivedAt: Date;
  locale: Locale;
  subjectName: string;
  subjectEmail: string | null;
  /** The person records the request concerns (checked against the account / organisation). */
  personIds: string[];
  representative?: RepresentativeInput;
  actor: RequestActor;
  /** Subjects' own filings (portal form, API) count against the filing limits; staff intake does not. */
  applyFilingLimits?: boolean;
};

/**
 * Someone filing for another person (LEGAL.md §2). `authority: "pending"` holds the request in
 * awaiting_verification until staff confirm the document; "confirmed" when staff checked it at intake.
 * `attach` runs inside the filing transaction (the document is stored with the request, or neither).
 */
export type RepresentativeInput = {
  name: string;
  role: string;
  authority?: "pending" | "confirmed";
  birthDate?: string | null;
  identityLookup?: string | null;
  attach?: (tx: Tx, request: Request) => Promise<void>;
};

export type FiledRequest = Request & { immediate: ImmediateEffects };

/**
 * File a request: dates, level check, reference, records, audit, emails and the effects that are
 * due at once (Art. 21(3) marketing ban, Art. 7(3) consent withdrawal) — all in ONE transaction,
 * so a request never exists without its audit event and confirmation (house rule 4).
 * Throws ActionError / RequestInputError (field errors) and rolls everything back.
 */
export async function fileRequest(db: DbOrTx, input: FileRequestInput): Promise<FiledRequest> {
  if (input.details.type !== input.type) throw new RequestInputError({ type: ["invalid_choice"] });
  const parsed = parseRequestDetails(input.details);
  if (!parsed.success) throw new RequestInputError(fieldErrorsOf(parsed.issues));
  // Staff forms check that a letter's receipt date is not in the future; here only that it is a date.
  if (!(input.receivedAt instanceof Date) || Number.isNaN(input.receivedAt.getTime())) {
    throw new RequestInputError({ receivedAt: ["invalid_date"] });
  }
  const subjectName = input.subjectName.trim();
  if (!subjectName) throw new RequestInputError({ subjectName: ["required"] });

  const [orgRow] = await db.select({ prefix: organisations.referencePrefix }).from(organisations).where(eq(organisations.id, input.organisationId));
  if (!orgRow) throw new ActionError("not_found");
  await ensureReferenceSequence(db, orgRow.prefix, Number(toHelsinkiDate(input.receivedAt).slice(0, 4)));

  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) throw new ActionError("not_found");
    await authoriseFiler(tx, input);
    const details = await checkDetails(tx, input, parsed.details);

    const required = requiredLevelFor(org.settings, input.type);
    // Intake by staff of someone without an account: the handler judges identity in the queue.
    const current = input.userId ? await getIdentityLevel(tx, input.userId, org.id) : required;
    // A representative's request waits for staff to confirm the authority, whatever the filer's own level.
    const status = input.representative?.authority === "pending" ? "awaiting_verification" : initialStatus(required, current);
    const dates = requestDates(org, input.receivedAt);
    // Counted inside the transaction, after every check: a refused or failed filing rolls its count
    // back, and the counter's row lock makes concurrent filings of one account count exactly.
    if (input.applyFilingLimits && input.userId) {
      const limit = await hitFilingLimits(tx, { userId: input.userId, organisationId: org.id });
      if (!limit.allowed) throw new FilingLimitError(limit.retryAfterSeconds);
    }
    const reference = await nextReference(tx, org.referencePrefix, Number(dates.receivedOn.slice(0, 4)));

    const [request] = await tx
      .insert(requests)
      .values({
        reference,
        organisationId: org.id,
        userId: input.userId,
        type: input.type,
        status,
        channel: input.channel,
        locale: input.locale,
        subjectName,
        subjectEmail: input.subjectEmail?.trim() || null,
        representativeName: input.representative?.name.trim() || null,
        representativeRole: input.representative?.role.trim() || null,
        authorityStatus: input.representative?.authority ?? null,
        powerOfAttorneyCheckedAt: input.representative?.authority === "confirmed" ? new Date() : null,
        representedBirthDate: input.representative?.birthDate ?? null,
        representedIdentityLookup: input.representative?.identityLookup ?? null,
        receivedAt: input.receivedAt,
        ...dates,
        requiredLevel: required,
        details,
      })
      .returning();
    const personIds = [...new Set(input.personIds)];
    if (personIds.length) await tx.insert(requestRecords).values(personIds.map((personId) => ({ requestId: request.id, personId })));
    await input.representative?.attach?.(tx, request);

    const recordFiled = () =>
      recordAudit(tx, {
        organisationId: org.id,
        requestId: request.id,
        actorId: input.actor.id,
        actorRole: input.actor.role,
        action: "request_filed",
        payload: {
          type: input.type,
          channel: input.channel,
          status,
          requiredLevel: required,
          identityLevel: current,
          receivedOn: dates.receivedOn,
          dueOn: dates.dueOn,
          records: personIds.length,
          onBehalf: input.actor.id !== input.userId,
          representative: Boolean(input.representative),
          ...(input.representative?.authority ? { authority: input.representative.authority } : {}),
        },
      });
    // Appending to the organisation's hash chain holds its lock until commit, so it comes last —
    // unless effects that are audited themselves follow, which must come after the filing in the trail.
    const hasEffects = status === "new" && (input.type === "objection" || input.type === "consent_withdrawal");
    if (hasEffects) await recordFiled();
    const immediate: ImmediateEffects =
      status === "new" ? await applyImmediateEffects(tx, request, personIds, input.actor) : { bansSet: [], consentsWithdrawn: [] };
    await notifyRequestFiled(tx, org, request, clockStartsLater(org.settings, status));
    if (!hasEffects) await recordFiled();
    // Processor and recipient tasks exist from the start (issue 11): nothing depends on someone assigning it.
    await ensureProcessorTasks(tx, input.actor, request);
    return { ...request, immediate };
  });
}

/** receivedOn is the Helsinki day of receipt; the target never lies after the legal limit. */
export function requestDates(org: Pick<Organisation, "settings">, receivedAt: Date) {
  return datesFor(org.settings, toHelsinkiDate(receivedAt));
}

/**
 * `<prefix>-<year>-<sequence>` from a database sequence per prefix and year: `nextval` never blocks
 * and never repeats, so concurrent filers (on any app instance) neither collide nor wait for each
 * other. A rolled-back filing leaves a gap, which is harmless: references must be unique, not dense.
 */
async function nextReference(tx: Tx, prefix: string, year: number): Promise<string> {
  const [row] = rowsOf<{ n: string | number }>(await tx.execute(sql`select nextval(${referenceSequence(prefix, year)}::regclass) as n`));
  return formatReference(prefix, year, Number(row.n));
}

function referenceSequence(prefix: string, year: number): string {
  return `request_ref_${prefix.toLowerCase().replace(/[^a-z0-9]/g, "_")}_${year}`;
}

const knownSequences = new WeakMap<object, Set<string>>();

/**
 * Create the sequence of a prefix and year on first use, outside the filing transaction (so two
 * first filers cannot deadlock on the DDL), starting after any reference already given (demo data,
 * staff intake from before). The in-memory set only saves a catalogue lookup; the database decides.
 */
export async function ensureReferenceSequence(db: DbOrTx, prefix: string, year: number): Promise<void> {
  const name = referenceSequence(prefix, year);
  const known = knownSequences.get(db) ?? new Set<string>();
  knownSequences.set(db, known);
  if (known.has(name)) return;
  const exists = rowsOf(await db.execute(sql`select 1 from pg_class where relkind = 'S' and relname = ${name}`)).length > 0;
  if (!exists) {
    // Start after any reference already given, in the CREATE itself: no window in which another
    // filer could draw a number that is already taken.
    const head = `${prefix}-${year}-`;
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`select coalesce(max(substr(reference, ${head.length + 1}::int)::int), 0)::int as n from requests
        where left(reference, ${head.length}::int) = ${head} and substr(reference, ${head.length + 1}::int) ~ '^[0-9]+$'`),
    );
    const start = Number(row?.n ?? 0) + 1;
    try {
      await db.execute(sql.raw(`create sequence if not exists ${name} start with ${start}`));
    } catch {
      // Another instance created it at the same moment: it exists now.
    }
  }
  known.add(name);
}

/** Subjects file for themselves through the portal; staff file on behalf only in their own organisations. */
async function authoriseFiler(tx: Tx, input: FileRequestInput): Promise<void> {
  const { actor } = input;
  if (actor.role === "subject") {
    if (input.userId !== actor.id || input.channel !== "portal") throw new ActionError("forbidden");
  } else {
    const [m] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.userId, actor.id), eq(memberships.organisationId, input.organisationId), activeMembership));
    if (!m) throw new ActionError("forbidden");
  }
  const personIds = [...new Set(input.personIds)];
  if (personIds.length === 0) return;
  const owned = await tx
    .select({ id: personRecords.id, userId: personRecords.userId })
    .from(personRecords)
    .where(and(inArray(personRecords.id, personIds), eq(personRecords.organisationId, input.organisationId)));
  // A subject may name only records linked to their own account (id guessing gets nothing).
  const ok = owned.filter((p) => actor.role !== "subject" || p.userId === actor.id);
  if (ok.length !== personIds.length) throw new RequestInputError({ personIds: ["invalid_choice"] });
}

/** Every id inside the details must belong to this organisation and these records. */
async function checkDetails(tx: Tx, input: FileRequestInput, details: RequestDetails): Promise<RequestDetails> {
  const orgRegisters = await tx
    .select({ id: registers.id, categories: registers.categories })
    .from(registers)
    .where(eq(registers.organisationId, input.organisationId));
  const registerSet = new Set(orgRegisters.map((r) => r.id));
  if ("registerIds" in details && details.registerIds.some((id) => !registerSet.has(id))) {
    throw new RequestInputError({ registerIds: ["invalid_choice"] });
  }
  if (details.type === "erasure") {
    const known = new Set(orgRegisters.flatMap((r) => r.categories));
    if (details.categories.some((c) => !known.has(c))) throw new RequestInputError({ categories: ["invalid_choice"] });
  }
  if (details.type === "consent_withdrawal") {
    const found = input.personIds.length
      ? await tx
          .select({ id: consents.id })
          .from(consents)
          .where(and(inArray(consents.id, details.consentIds), inArray(consents.personId, input.personIds)))
      : [];
    if (found.length !== new Set(details.consentIds).size) throw new RequestInputError({ consentIds: ["invalid_choice"] });
  }
  if (details.type === "rectification") {
    const ids = [...new Set(details.items.map((i) => i.personId))];
    if (ids.some((id) => !input.personIds.includes(id))) throw new RequestInputError({ items: ["invalid_choice"] });
    const rows = await tx.select().from(personRecords).where(inArray(personRecords.id, ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    // The value on record when the request was made, so staff (and the audit) see what was contested.
    const items = details.items.map((i) => {
      const rec = byId.get(i.personId)!;
      const field = i.field as (typeof RECTIFIABLE_FIELDS)[number];
      const current = (RECTIFIABLE_FIELDS as readonly string[]).includes(i.field) ? rec[field] : null;
      return { ...i, currentValue: current === null || current === undefined ? null : String(current) };
    });
    return { type: "rectification", items };
  }
  return details;
}
