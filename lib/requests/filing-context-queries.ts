import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "../db/client";
import { consents, memberships, personRecords, processors, registers, type PersonRecord, type Processor } from "../db/schema";
import { activeMembership } from "../auth/membership";
import { getIdentityLevel } from "../identity/level-queries";
import { listActiveStaff, type ActiveStaffMember } from "../organisations/staff-queries";
import { loadTemplateOverrides, type TemplateOverrides } from "../mail/queries";
import { processorOrder } from "../workflow/task-queries";
import { readThroughOrganisationCache } from "../organisations/version-queries";

/** What a filing reads before it writes (lib/requests/queries.ts fileRequest). */
export type FilingContext = {
  registers: Array<{ id: string; categories: string[] }>;
  /** The named records that exist in this organisation (whose they are is checked by the caller). */
  records: PersonRecord[];
  /** The filing account's identity level with the organisation; null without an account. */
  identityLevel: 1 | 2 | 3 | null;
  /** Staff filing on behalf: an active membership in the organisation. */
  filerIsMember: boolean;
  /** Of the consents a withdrawal names, those of the named records. */
  consentIds: string[];
  staff: ActiveStaffMember[];
  overrides: TemplateOverrides;
  /** The processors and recipients of the organisation's registers, in processorOrder. */
  processors: Processor[];
  /** The next number of the reference sequence (drawn outside the transaction: a gap is harmless). */
  referenceNumber: number;
};

export type FilingContextQuery = {
  organisationId: string;
  userId: string | null;
  actor: { id: string; role: "subject" | "staff" | "admin" };
  personIds: string[];
  consentIds: string[];
  referenceSequence: string;
  /**
   * The organisation's data version, read before this is called (lib/organisations/org-cache.ts): its
   * registers, staff, templates and processors then come from the instance's memory when unchanged.
   * Null: nothing versioned yet, everything is read.
   */
  version: string | null;
};

/**
 * Everything a filing reads, asked for at once (issue 13): the statements are independent, so they go
 * out together — pipelined on the pool's connections, queued in order on PGlite — instead of one
 * round trip each. Nothing here locks; the writes that depend on it check again (foreign keys, the
 * unique reference).
 */
export async function loadFilingContext(db: DbOrTx, q: FilingContextQuery): Promise<FilingContext> {
  const none = Promise.resolve([] as never[]);
  const kept = <T>(key: string, load: () => Promise<T>) => readThroughOrganisationCache(db, q.organisationId, q.version, key, load);
  const [regs, records, identityLevel, member, consentRows, staff, overrides, procs, seq] = await Promise.all([
    kept("filing:registers", () => db.select({ id: registers.id, categories: registers.categories }).from(registers).where(eq(registers.organisationId, q.organisationId))),
    q.personIds.length
      ? db.select().from(personRecords).where(and(inArray(personRecords.id, q.personIds), eq(personRecords.organisationId, q.organisationId)))
      : none,
    q.userId ? getIdentityLevel(db, q.userId, q.organisationId) : Promise.resolve(null),
    q.actor.role === "subject"
      ? none
      : db
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.userId, q.actor.id), eq(memberships.organisationId, q.organisationId), activeMembership)),
    q.consentIds.length && q.personIds.length
      ? db.select({ id: consents.id }).from(consents).where(and(inArray(consents.id, q.consentIds), inArray(consents.personId, q.personIds)))
      : none,
    kept("staff", () => listActiveStaff(db, q.organisationId)),
    kept("filing:overrides", () => loadTemplateOverrides(db, q.organisationId, ["request_received", "staff_new_request"])),
    kept("processors", async () =>
      (
        await db
          .select({ p: processors })
          .from(processors)
          .innerJoin(registers, eq(registers.id, processors.registerId))
          .where(eq(registers.organisationId, q.organisationId))
          .orderBy(...processorOrder)
      ).map((r) => r.p),
    ),
    db.execute(sql`select nextval(${q.referenceSequence}::regclass) as n`),
  ]);
  return {
    registers: regs,
    records,
    identityLevel,
    filerIsMember: member.length > 0,
    consentIds: consentRows.map((c: { id: string }) => c.id),
    staff,
    overrides,
    processors: procs,
    referenceNumber: Number(rowsOf<{ n: string | number }>(seq)[0].n),
  };
}
