import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { addChildren, createOrg, createPerson as insertPerson, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/client";
import { auditEvents, personRecords } from "@/lib/db/schema";
import { openText } from "@/lib/crypto";
import { createPerson, getPerson, importPersonsChunk, listPersons, updatePerson } from "@/lib/persons/queries";
import { createPersonSchema, personSearchSchema, updatePersonSchema } from "@/lib/persons/schema";
import { parseCsv } from "@/lib/persons/csv";
import { reason } from "../support/refusal";

let h: DbHandle;
let a: Org;
let b: Org;

beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "PPA");
  b = await createOrg(h.db, "PPB");
});
afterAll(async () => h?.close());

const search = (v: Record<string, string> = {}) => personSearchSchema.parse(v);

describe("person records", () => {
  it("creates a record with the identity code sealed, finds it by code, and never across organisations", async () => {
    const input = createPersonSchema.parse({ registerId: a.registerId, firstName: "Matti", lastName: "Meikäläinen", identityCode: "131052-308t", email: "Matti@Example.fi", subjectGroups: "member; volunteer", directMarketingBan: "on" });
    const id = await createPerson(h.db, a.staff, input);
    const [row] = await h.db.select().from(personRecords).where(eq(personRecords.id, id));
    expect(row.email).toBe("matti@example.fi");
    expect(row.subjectGroups).toEqual(["member", "volunteer"]);
    expect(row.directMarketingBan).toBe(true);
    expect(row.identityCodeEnc).not.toContain("131052");
    expect(openText(row.identityCodeEnc!)).toBe("131052-308T");
    const hits = rowsOf<{ n: number }>(await h.db.execute(sql`select count(*)::int as n from person_records where identity_code_lookup like '%131052%' or identity_code_enc like '%131052%'`));
    expect(Number(hits[0].n)).toBe(0);
    expect((await listPersons(h.db, a.staff, search({ q: "131052-308T" }))).rows.map((r) => r.id)).toEqual([id]);
    expect((await listPersons(h.db, a.staff, search({ q: "meikä" }))).rows.map((r) => r.id)).toEqual([id]);
    expect((await listPersons(h.db, b.staff, search({ q: "meikä" }))).rows).toHaveLength(0);
    expect(await reason(createPerson(h.db, b.staff, { ...input, registerId: a.registerId }))).toBe("not_found");
    expect(await reason(getPerson(h.db, b.staff, id))).toBe("not_found");
    const view = await getPerson(h.db, a.staff, id);
    expect(view.person.identityCodeMasked).toBe("131052-****");
    expect(view.person.identityCodeEnc).toBeNull();
    expect(createPersonSchema.safeParse({ registerId: a.registerId, identityCode: "131052-308U" }).success).toBe(false);
  });

  it("shows special-category notes only to members allowed to read them, and audits each reading", async () => {
    const p = await insertPerson(h.db, a);
    await addChildren(h.db, p.id, "SPECIAL");
    const limited = await getPerson(h.db, a.staff2, p.id);
    expect(limited.notes.some((n) => n.special)).toBe(false);
    expect(limited.hiddenSpecial).toBe(1);
    const none = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, p.id), eq(auditEvents.action, "person.special_read")));
    expect(none).toHaveLength(0);
    const full = await getPerson(h.db, a.staff, p.id);
    expect(full.notes.some((n) => n.special)).toBe(true);
    const reads = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, p.id), eq(auditEvents.action, "person.special_read")));
    expect(reads).toHaveLength(1);
    expect(reads[0].actorId).toBe(a.staff.id);
    // The edit form shows no notes: it neither loads them nor records a special read.
    const edit = await getPerson(h.db, a.staff, p.id, { notes: false });
    expect(edit.notes).toHaveLength(0);
    const after = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, p.id), eq(auditEvents.action, "person.special_read")));
    expect(after).toHaveLength(1);
    // A page id that is not a UUID is "not found" before any query (a 404, never a 500).
    await expect(getPerson(h.db, a.staff, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
  });

  it("edits with the changed fields audited; restricted and anonymised records refuse edits", async () => {
    const p = await insertPerson(h.db, a, { phone: "040 1" });
    const changed = await updatePerson(h.db, a.staff, updatePersonSchema.parse({ personId: p.id, firstName: "Aino", lastName: p.lastName, phone: "050 2", birthYear: "1985", birthDate: "1985-05-01", email: p.email, streetAddress: "Kotikatu 5", postalCode: "20100", city: "Turku", gender: "nainen", motherTongue: "suomi", subjectGroups: "client_professional", relationshipStart: "2024-01-01" }));
    expect(changed).toEqual(["phone"]);
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.personId, p.id), eq(auditEvents.action, "person.updated")));
    expect(ev.payload).toEqual({ fields: ["phone"] });
    expect(JSON.parse(openText(ev.sealed!, a.id))).toEqual({ phone: { before: "040 1", after: "050 2" } });
    const r = await insertPerson(h.db, a, { restricted: true, restrictedAt: new Date() });
    expect(await reason(updatePerson(h.db, a.staff, updatePersonSchema.parse({ personId: r.id, phone: "1" })))).toBe("record_restricted");
    const x = await insertPerson(h.db, a, { anonymisedAt: new Date() });
    expect(await reason(updatePerson(h.db, a.staff, updatePersonSchema.parse({ personId: x.id, phone: "1" })))).toBe("record_anonymised");
    expect(await reason(updatePerson(h.db, b.staff, updatePersonSchema.parse({ personId: p.id, phone: "1" })))).toBe("not_found");
  });

  it("keeps restricted and banned records out of the marketing list", async () => {
    const ok = await insertPerson(h.db, a, { lastName: "Zmarketing" });
    const banned = await insertPerson(h.db, a, { lastName: "Zmarketing", directMarketingBan: true });
    const restricted = await insertPerson(h.db, a, { lastName: "Zmarketing", restricted: true });
    const ids = (await listPersons(h.db, a.staff, search({ q: "Zmarketing", list: "marketing" }))).rows.map((r) => r.id);
    expect(ids).toContain(ok.id);
    expect(ids).not.toContain(banned.id);
    expect(ids).not.toContain(restricted.id);
    expect((await listPersons(h.db, a.staff, search({ list: "restricted" }))).rows.every((r) => r.restricted)).toBe(true);
  });

  it("pages the list with a keyset cursor, every record once", async () => {
    const c = await createOrg(h.db, "PPC");
    for (let i = 0; i < 120; i++) await insertPerson(h.db, c, { lastName: i % 7 === 0 ? null : `Name${String(i % 40).padStart(2, "0")}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listPersons(h.db, c.staff, search(cursor ? { cursor } : {}));
      seen.push(...page.rows.map((r) => r.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });
});

describe("CSV import", () => {
  it("parses quotes, semicolons, CRLF and newlines inside quotes", () => {
    expect(parseCsv('a;b\r\n"x;1";"he said ""hi"""\r\n"multi\nline";2\r\n\r\n')).toEqual([
      ["a", "b"],
      ["x;1", 'he said "hi"'],
      ["multi\nline", "2"],
    ]);
    expect(parseCsv("\ufeffetunimi,sukunimi\nA,B")).toEqual([["etunimi", "sukunimi"], ["A", "B"]]);
  });

  it("imports valid rows, reports each bad row with its column, and skips duplicates", async () => {
    const header = ["Etunimi", "Sukunimi", "email", "hetu", "birth_date", "service_language", "shoe size"];
    const rows = [
      ["Liisa", "Laine", "liisa@example.fi", "010594Y9021", "1994-05-01", "fi", "38"],
      ["Pekka", "Puu", "not-an-email", "", "", "", ""],
      ["Outi", "Oja", "outi@example.fi", "131052-308U", "", "", ""],
      ["Ville", "Vuori", "ville@example.fi", "", "1990-02-30", "de", ""],
      ["Liisa", "Laine", "liisa@example.fi", "", "", "", ""],
      ["", "", "", "", "", "", ""],
      ["Kalle", "Kivi", "", "", "", "sv", ""],
    ];
    const res = await importPersonsChunk(h.db, a.staff, { registerId: a.registerId, header, rows, firstRow: 2 });
    expect(res.imported).toBe(2);
    expect(res.unknownColumns).toEqual(["shoe size"]);
    expect(res.errors).toEqual([
      { row: 3, field: "email", error: "email_invalid" },
      { row: 4, field: "identityCode", error: "identity_code_invalid" },
      { row: 5, field: "birthDate", error: "date_invalid" },
      { row: 5, field: "serviceLanguage", error: "invalid_choice" },
      { row: 6, field: "email", error: "duplicate" },
      { row: 7, field: "lastName", error: "row_empty" },
    ]);
    const again = await importPersonsChunk(h.db, a.staff, { registerId: a.registerId, header, rows: [rows[0]], firstRow: 2 });
    expect(again.errors).toEqual([{ row: 2, field: "email", error: "duplicate" }]);
    expect(await reason(importPersonsChunk(h.db, b.staff, { registerId: a.registerId, header, rows, firstRow: 2 }))).toBe("not_found");
    const [ev] = await h.db.select().from(auditEvents).where(eq(auditEvents.action, "persons.imported"));
    expect(ev.payload).toMatchObject({ count: 2, registerId: a.registerId });
  });
});
