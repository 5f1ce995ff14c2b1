import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { personRecords, registers } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { lookupHash } from "../crypto";
import { normaliseHetu } from "../identity/hetu";
import { isStaffRole, roleIn } from "../auth/types";
import { ActionError } from "../errors";
import { isUuid } from "../validation/ids";
import type { StaffActor } from "../workflow/types";
import { normaliseHeader } from "./csv";
import { personFieldsSchema, type ImportChunk } from "./schema";
import { sealIdentityCode, toColumns } from "./columns";

/** CSV column → form field. Headers are matched loosely (normaliseHeader), in Finnish or English. */
const COLUMNS: Record<string, string> = {
  firstname: "firstName", etunimi: "firstName",
  lastname: "lastName", sukunimi: "lastName",
  birthyear: "birthYear", syntymavuosi: "birthYear", "syntymävuosi": "birthYear",
  birthdate: "birthDate", syntymaaika: "birthDate", "syntymäaika": "birthDate",
  identitycode: "identityCode", hetu: "identityCode", henkilotunnus: "identityCode", "henkilötunnus": "identityCode",
  gender: "gender", sukupuoli: "gender",
  mothertongue: "motherTongue", aidinkieli: "motherTongue", "äidinkieli": "motherTongue",
  servicelanguage: "serviceLanguage", asiointikieli: "serviceLanguage",
  workinglifestatus: "workingLifeStatus",
  email: "email", sahkoposti: "email", "sähköposti": "email",
  phone: "phone", puhelin: "phone",
  streetaddress: "streetAddress", katuosoite: "streetAddress", osoite: "streetAddress",
  postalcode: "postalCode", postinumero: "postalCode",
  city: "city", postitoimipaikka: "city", kunta: "city",
  subjectgroups: "subjectGroups",
  relationshipstart: "relationshipStart",
  relationshipend: "relationshipEnd",
  relationshipstate: "relationshipState",
  directmarketingban: "directMarketingBan",
  researchban: "researchBan",
  profilingban: "profilingBan",
};

export type RowError = { row: number; field: string; error: string };
export type ImportResult = { imported: number; errors: RowError[]; unknownColumns: string[] };

/**
 * Import one chunk of CSV rows into a register of the actor's organisation: every row is checked with the
 * person form's schema; rows with errors are reported (row number, column, message key) and skipped, the
 * valid ones inserted in one transaction with one audit event. A row whose email or identity code is
 * already in the register is a duplicate, not a second record.
 */
export async function importPersonsChunk(db: Db, actor: StaffActor, chunk: ImportChunk): Promise<ImportResult> {
  if (!isStaffRole(actor.role) || actor.organisationIds.length === 0) throw new ActionError("not_found");
  const fields = chunk.header.map((h) => COLUMNS[normaliseHeader(h)] ?? null);
  const unknownColumns = chunk.header.filter((_, i) => !fields[i]);
  const errors: RowError[] = [];
  const valid: Array<{ row: number; values: ReturnType<typeof toColumns>; code?: string }> = [];
  chunk.rows.forEach((cells, i) => {
    const row = chunk.firstRow + i;
    const raw: Record<string, string> = {};
    fields.forEach((f, c) => {
      if (f) raw[f] = cells[c] ?? "";
    });
    const parsed = personFieldsSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row, field: String(issue.path[0] ?? ""), error: issue.message });
      return;
    }
    if (!parsed.data.firstName && !parsed.data.lastName && !parsed.data.email) {
      errors.push({ row, field: "lastName", error: "row_empty" });
      return;
    }
    valid.push({ row, values: toColumns(parsed.data), code: parsed.data.identityCode });
  });
  if (!isUuid(chunk.registerId)) throw new ActionError("not_found");
  return db.transaction(async (tx) => {
    const [reg] = await tx
      .select()
      .from(registers)
      .where(and(eq(registers.id, chunk.registerId), inArray(registers.organisationId, actor.organisationIds)));
    if (!reg) throw new ActionError("not_found");
    const emails = valid.map((v) => v.values.email).filter((e): e is string => Boolean(e));
    const lookups = valid.filter((v) => v.code).map((v) => lookupHash(normaliseHetu(v.code!)));
    const existing = emails.length
      ? await tx.select({ email: personRecords.email }).from(personRecords).where(and(eq(personRecords.registerId, reg.id), inArray(personRecords.email, emails)))
      : [];
    const byCode = lookups.length
      ? await tx.select({ lookup: personRecords.identityCodeLookup }).from(personRecords).where(and(eq(personRecords.registerId, reg.id), inArray(personRecords.identityCodeLookup, lookups)))
      : [];
    const seenEmail = new Set(existing.map((e) => e.email));
    const seenCode = new Set(byCode.map((e) => e.lookup));
    const rows = [];
    for (const v of valid) {
      const lookup = v.code ? lookupHash(normaliseHetu(v.code)) : null;
      if ((v.values.email && seenEmail.has(v.values.email)) || (lookup && seenCode.has(lookup))) {
        errors.push({ row: v.row, field: v.values.email && seenEmail.has(v.values.email) ? "email" : "identityCode", error: "duplicate" });
        continue;
      }
      if (v.values.email) seenEmail.add(v.values.email);
      if (lookup) seenCode.add(lookup);
      rows.push({ organisationId: reg.organisationId, registerId: reg.id, ...v.values, ...(v.code ? sealIdentityCode(v.code) : {}) });
    }
    if (rows.length) {
      await tx.insert(personRecords).values(rows);
      await recordAudit(tx, {
        organisationId: reg.organisationId,
        actorId: actor.id,
        actorRole: roleIn(actor, reg.organisationId),
        action: "persons.imported",
        payload: { registerId: reg.id, count: rows.length, firstRow: chunk.firstRow, rejected: chunk.rows.length - rows.length },
      });
    }
    errors.sort((a, b) => a.row - b.row);
    return { imported: rows.length, errors, unknownColumns };
  });
}
