import "server-only";
import crypto from "node:crypto";
import { concernedRegisterIds, plannedProcessorTasks } from "../workflow/task-queries";
import { eq, sql } from "drizzle-orm";
import { rowsOf, type DbOrTx, type Tx } from "../db/client";
import type { Locale, RequestDetails, RequestTypeCode } from "../db/types";
import { emailOutbox, organisations, requestRecords, requests, tasks, type Organisation, type Request } from "../db/schema";
import { recordAudits, type AuditInput } from "../audit/queries";
import { ActionError, fieldErrorsOf } from "../errors";
import { datesFor, toHelsinkiDate } from "../deadlines";
import { RECTIFIABLE_FIELDS, type Channel } from "./constants";
import { parseRequestDetails } from "./schema";
import { clockStartsLater, initialStatus, requiredLevelFor } from "./levels";
import { formatReference } from "./reference";
import { FilingLimitError, RequestInputError } from "./errors";
import { hitFilingLimits, releaseRateLimits } from "../rate-limit/queries";
import { outboxRow } from "../mail/queries";
import { applyImmediateEffects, filedEmails, type ImmediateEffects } from "./queries-effects";
import { loadFilingContext, type FilingContext } from "./filing-context-queries";
import { readOrganisationVersion } from "../organisations/version-queries";

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
 *
 * Issue 13: the reads go out together before the transaction (filing-context-queries.ts) and the
 * writes are pipelined in it, the audit append last (its chain lock is held until commit). The filing
 * limits are counted in one statement beside the reads, not in the transaction, so their hot counter
 * rows are not locked until commit; a refused or failed filing gives its count back.
 */
export async function fileRequest(db: DbOrTx, input: FileRequestInput, preloaded: { org?: Organisation; version?: string | null } = {}): Promise<FiledRequest> {
  if (input.details.type !== input.type) throw new RequestInputError({ type: ["invalid_choice"] });
  const parsed = parseRequestDetails(input.details);
  if (!parsed.success) throw new RequestInputError(fieldErrorsOf(parsed.issues));
  // Staff forms check that a letter's receipt date is not in the future; here only that it is a date.
  if (!(input.receivedAt instanceof Date) || Number.isNaN(input.receivedAt.getTime())) {
    throw new RequestInputError({ receivedAt: ["invalid_date"] });
  }
  const subjectName = input.subjectName.trim();
  if (!subjectName) throw new RequestInputError({ subjectName: ["required"] });
  if (input.actor.role === "subject" && (input.userId !== input.actor.id || input.channel !== "portal")) throw new ActionError("forbidden");

  // The version is read before the organisation's kept data is used (lib/organisations/org-cache.ts).
  const [org, version] = preloaded.org
    ? [preloaded.org, preloaded.version ?? null]
    : await Promise.all([
        db.select().from(organisations).where(eq(organisations.id, input.organisationId)).then((rows) => rows[0]),
        readOrganisationVersion(db, input.organisationId),
      ]);
  if (!org || org.id !== input.organisationId) throw new ActionError("not_found");
  const dates = requestDates(org, input.receivedAt);
  const year = Number(dates.receivedOn.slice(0, 4));
  await ensureReferenceSequence(db, org.referencePrefix, year);
  const personIds = [...new Set(input.personIds)];
  const counting = input.applyFilingLimits && input.userId ? hitFilingLimits(db, { userId: input.userId, organisationId: org.id }) : null;
  const [ctxResult, limitResult] = await Promise.allSettled([
    loadFilingContext(db, {
      organisationId: org.id,
      userId: input.userId,
      actor: input.actor,
      personIds,
      consentIds: parsed.details.type === "consent_withdrawal" ? parsed.details.consentIds : [],
      referenceSequence: referenceSequence(org.referencePrefix, year),
      version,
    }),
    counting,
  ]);
  const counted = limitResult.status === "fulfilled" ? (limitResult.value?.counted ?? []) : [];
  try {
    if (ctxResult.status === "rejected") throw ctxResult.reason;
    if (limitResult.status === "rejected") throw limitResult.reason;
    const ctx = ctxResult.value;
    authoriseFiler(ctx, input, personIds);
    const details = checkDetails(ctx, input, parsed.details);
    // After every check, as when the count was taken in the transaction: a bad filing is told what is wrong.
    if (limitResult.value && !limitResult.value.allowed) throw new FilingLimitError(limitResult.value.retryAfterSeconds);

    const required = requiredLevelFor(org.settings, input.type);
    // Intake by staff of someone without an account: the handler judges identity in the queue.
    const current = ctx.identityLevel ?? required;
    // A representative's request waits for staff to confirm the authority, whatever the filer's own level.
    const status = input.representative?.authority === "pending" ? "awaiting_verification" : initialStatus(required, current);
    const values = {
      id: crypto.randomUUID(),
      reference: formatReference(org.referencePrefix, year, ctx.referenceNumber),
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
    } satisfies typeof requests.$inferInsert;
    const filed: AuditInput = {
      organisationId: org.id,
      requestId: values.id,
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
    };
    const emails = filedEmails(org, values, clockStartsLater(org.settings, status), ctx.staff).map((e) => outboxRow(e, ctx.overrides));
    // Processor and recipient tasks exist from the start (issue 11): nothing depends on someone assigning it.
    const byId = new Map(ctx.records.map((r) => [r.id, r]));
    const registerIds = concernedRegisterIds(values, personIds.map((id) => byId.get(id)!.registerId), ctx.registers.map((r) => r.id));
    const planned = plannedProcessorTasks(input.actor, values, registerIds, ctx.processors);
    const recordRows = personIds.map((personId) => ({ requestId: values.id, personId }));
    // Effects that are audited themselves come after the filing in the trail.
    const hasEffects = status === "new" && (input.type === "objection" || input.type === "consent_withdrawal");

    return await db.transaction(async (tx) => {
      if (!hasEffects && !input.representative?.attach) {
        // One pipeline: PostgreSQL runs the statements in the order sent (drizzle's queries start when
        // Promise.all subscribes, in array order), the audit append last; then its second trip, then commit.
        const [[request]] = await Promise.all([
          tx.insert(requests).values(values).returning(),
          recordRows.length ? tx.insert(requestRecords).values(recordRows) : null,
          emails.length ? tx.insert(emailOutbox).values(emails) : null,
          planned ? tx.insert(tasks).values(planned.rows) : null,
          recordAudits(tx, planned ? [filed, planned.event] : [filed]),
        ]);
        return { ...request, immediate: { bansSet: [], consentsWithdrawn: [] } };
      }
      const [request] = await tx.insert(requests).values(values).returning();
      if (recordRows.length) await tx.insert(requestRecords).values(recordRows);
      await input.representative?.attach?.(tx, request);
      if (hasEffects) await recordAudits(tx, [filed]);
      const immediate: ImmediateEffects =
        status === "new" ? await applyImmediateEffects(tx, request, personIds, input.actor) : { bansSet: [], consentsWithdrawn: [] };
      if (emails.length) await tx.insert(emailOutbox).values(emails);
      if (planned) await tx.insert(tasks).values(planned.rows);
      await recordAudits(tx, [...(hasEffects ? [] : [filed]), ...(planned ? [planned.event] : [])]);
      return { ...request, immediate };
    });
  } catch (e) {
    // The count was taken outside the transaction: give it back (a refusal keeps only its own counter's).
    if (counted.length) await releaseRateLimits(db, counted).catch(() => {});
    throw e;
  }
}

/** receivedOn is the Helsinki day of receipt; the target never lies after the legal limit. */
export function requestDates(org: Pick<Organisation, "settings">, receivedAt: Date) {
  return datesFor(org.settings, toHelsinkiDate(receivedAt));
}

/**
 * `<prefix>-<year>-<sequence>` from a database sequence per prefix and year: `nextval` never blocks
 * and never repeats, so concurrent filers (on any app instance) neither collide nor wait for each
 * other. A rolled-back filing leaves a gap, which is harmless: references must be unique, not dense.
 * The number is drawn with the filing's other reads (filing-context-queries.ts).
 */
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

/** Subjects file for themselves through the portal (checked first); staff file on behalf only in their own organisations. */
function authoriseFiler(ctx: FilingContext, input: FileRequestInput, personIds: string[]): void {
  const { actor } = input;
  if (actor.role !== "subject" && !ctx.filerIsMember) throw new ActionError("forbidden");
  if (personIds.length === 0) return;
  // A subject may name only records linked to their own account (id guessing gets nothing).
  const ok = ctx.records.filter((p) => actor.role !== "subject" || p.userId === actor.id);
  if (ok.length !== personIds.length) throw new RequestInputError({ personIds: ["invalid_choice"] });
}

/** Every id inside the details must belong to this organisation and these records. */
function checkDetails(ctx: FilingContext, input: FileRequestInput, details: RequestDetails): RequestDetails {
  const registerSet = new Set(ctx.registers.map((r) => r.id));
  if ("registerIds" in details && details.registerIds.some((id) => !registerSet.has(id))) {
    throw new RequestInputError({ registerIds: ["invalid_choice"] });
  }
  if (details.type === "erasure") {
    const known = new Set(ctx.registers.flatMap((r) => r.categories));
    if (details.categories.some((c) => !known.has(c))) throw new RequestInputError({ categories: ["invalid_choice"] });
  }
  if (details.type === "consent_withdrawal") {
    if (ctx.consentIds.length !== new Set(details.consentIds).size) throw new RequestInputError({ consentIds: ["invalid_choice"] });
  }
  if (details.type === "rectification") {
    const ids = [...new Set(details.items.map((i) => i.personId))];
    if (ids.some((id) => !input.personIds.includes(id))) throw new RequestInputError({ items: ["invalid_choice"] });
    const byId = new Map(ctx.records.map((r) => [r.id, r]));
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
