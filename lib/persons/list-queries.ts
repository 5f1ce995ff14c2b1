import "server-only";
import { and, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import { personRecords } from "../db/schema";
import { lookupHash } from "../crypto";
import { normaliseHetu, validateHetu } from "../identity/hetu";
import { toHelsinkiDate } from "../deadlines";
import { isStaffRole } from "../auth/types";
import { ActionError } from "../errors";
import { cursorKeyOf, decodeCursor, keysetPlan, toPage, type KeysetSpec } from "../pagination/keyset";
import type { StaffActor } from "../workflow/types";
import type { PersonSearch } from "./schema";
import { hasTemporaryIdentityCode } from "./columns";

export const PERSONS_PAGE_SIZE = 50;

/** By last name then id; written exactly like person_records_list_idx (organisation_id, coalesce(last_name, ''), id). */
const spec: KeysetSpec = { key: sql`coalesce(${personRecords.lastName}, '')`, keyKind: "text", id: personRecords.id, idKind: "uuid", order: "asc" };

function filters(search: PersonSearch): SQL[] {
  const where: SQL[] = [];
  if (search.register) where.push(eq(personRecords.registerId, search.register));
  if (search.list === "restricted") where.push(eq(personRecords.restricted, true));
  if (search.list === "marketing") {
    where.push(eq(personRecords.directMarketingBan, false), eq(personRecords.restricted, false), isNull(personRecords.anonymisedAt), isNotNull(personRecords.email));
  }
  const q = search.q?.trim();
  if (q) {
    const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const conds = [ilike(personRecords.firstName, like), ilike(personRecords.lastName, like), ilike(personRecords.email, like), eq(personRecords.clientReference, q)];
    if (validateHetu(q.toUpperCase(), toHelsinkiDate(new Date())).ok) conds.push(eq(personRecords.identityCodeLookup, lookupHash(normaliseHetu(q))));
    where.push(or(...conds)!);
  }
  return where;
}

/**
 * The organisation's person records, searched by name, email, client reference or identity code (by its
 * keyed hash: the code itself is never compared in clear). "marketing" is the list a mailing may use:
 * no ban, not restricted (Art. 18), not anonymised, with an email.
 *
 * Keyset pages (issue 13). Each organisation is read as its own ordered range of
 * person_records_list_idx, LIMITed; a member of several organisations gets those ranges merged by
 * PostgreSQL (UNION ALL, then a sort of at most a page per organisation), so the database's collation
 * decides the order everywhere and a page costs the same however many records there are.
 */
export async function listPersons(db: DbOrTx, actor: StaffActor, search: PersonSearch) {
  if (!isStaffRole(actor.role) || actor.organisationIds.length === 0) throw new ActionError("not_found");
  const limit = PERSONS_PAGE_SIZE;
  const cursor = decodeCursor(search.cursor, spec);
  const plan = keysetPlan(spec, cursor);
  const where = filters(search);
  const perOrg = (orgId: string) =>
    db
      .select({
        id: personRecords.id,
        cursorKey: cursorKeyOf(spec).as("cursor_key"),
        firstName: personRecords.firstName,
        lastName: personRecords.lastName,
        birthYear: personRecords.birthYear,
        email: personRecords.email,
        registerId: personRecords.registerId,
        restricted: personRecords.restricted,
        anonymisedAt: personRecords.anonymisedAt,
        directMarketingBan: personRecords.directMarketingBan,
        identityCodeEnc: personRecords.identityCodeEnc,
      })
      .from(personRecords)
      .where(and(eq(personRecords.organisationId, orgId), ...where, plan.where))
      .orderBy(...plan.orderBy)
      .limit(limit + 1);
  const [first, second, ...rest] = actor.organisationIds.map(perOrg);
  const dir = sql.raw(cursor?.dir === "before" ? "desc" : "asc");
  const rows = second ? await unionAll(first, second, ...rest).orderBy(sql`cursor_key ${dir}`, sql`id ${dir}`).limit(limit + 1) : await first;
  const page = toPage(rows, limit, cursor);
  // The sealed code never leaves this function: only whether it is a temporary one (LEGAL.md §5).
  return {
    rows: page.rows.map(({ identityCodeEnc, ...r }) => ({ ...r, identityCodeTemporary: hasTemporaryIdentityCode({ id: r.id, identityCodeEnc }) })),
    next: page.next,
    prev: page.prev,
    /** The earlier name of `next`, kept for callers written before issue 13. */
    nextCursor: page.next,
  };
}
