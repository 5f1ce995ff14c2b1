import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createPerson, createRequest, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { personReads } from "@/lib/db/schema";
import { getPerson, listPersons } from "@/lib/persons/queries";
import { loadReportData } from "@/lib/reports/queries";
import { getRequestView } from "@/lib/workflow/queries";
import { isTemporaryHetu } from "@/lib/identity/hetu";

let h: DbHandle;
let a: Org;
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "RLG");
});
afterAll(async () => h?.close());

const accessLog = async (personId: string) => {
  const { head } = await loadReportData(h.db, { personIds: [personId], organisationId: a.id, locale: "en", includeIdentityCode: false });
  return head.registers.flatMap((r) => r.records).find((r) => r.id === personId)!.accessLog;
};

describe("access log of staff reads (CJEU C-579/21)", () => {
  it("staff open a record → the next report's access log shows that read, with when and why, never who", async () => {
    const p = await createPerson(h.db, a);
    expect(await accessLog(p.id)).toEqual([]);
    await getPerson(h.db, a.staff, p.id);
    const rows = await h.db.select().from(personReads).where(eq(personReads.personId, p.id));
    expect(rows).toHaveLength(1);
    // Ids and a purpose code only: nothing personal is copied into the log.
    expect(Object.keys(rows[0]).sort()).toEqual(["actorId", "at", "id", "organisationId", "personId", "purpose", "requestId"]);
    expect(rows[0]).toMatchObject({ organisationId: a.id, actorId: a.staff.id, purpose: "person_viewed", requestId: null });
    const log = await accessLog(p.id);
    expect(log.map((e) => e.purpose)).toEqual(["Viewing the data in client work"]);
    expect(log[0].date).toBe(rows[0].at.toISOString());
    expect(JSON.stringify(log)).not.toContain(a.staff.email);
  });

  it("opening a request that shows the person is logged with the request as the reason", async () => {
    const p = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, { personIds: [p.id] });
    await getRequestView(h.db, a.staff2, r.id);
    const [row] = await h.db.select().from(personReads).where(eq(personReads.personId, p.id));
    expect(row).toMatchObject({ purpose: "request_viewed", requestId: r.id });
    expect((await accessLog(p.id)).map((e) => e.purpose)).toEqual(["Handling a request: viewing your data"]);
  });
});

describe("temporary identity codes (LEGAL.md §5)", () => {
  it("recognises individual numbers 900–999", () => {
    expect(isTemporaryHetu("010594Y9021")).toBe(true);
    expect(isTemporaryHetu("020502e902x")).toBe(true);
    expect(isTemporaryHetu("131052-308T")).toBe(false);
    expect(isTemporaryHetu("rubbish")).toBe(false);
  });

  it("are flagged wherever staff see the person: record page, persons list and the request's records", async () => {
    const temp = await createPerson(h.db, a, { identityCodeEnc: "010594Y9021", lastName: "Tilapäinen" });
    const perm = await createPerson(h.db, a, { identityCodeEnc: "131052-308T", lastName: "Pysyvä" });
    expect((await getPerson(h.db, a.staff, temp.id)).person.identityCodeTemporary).toBe(true);
    expect((await getPerson(h.db, a.staff, perm.id)).person.identityCodeTemporary).toBe(false);
    const list = await listPersons(h.db, a.staff, { q: "" } as never);
    const flag = (id: string) => list.rows.find((r) => r.id === id)?.identityCodeTemporary;
    expect([flag(temp.id), flag(perm.id)]).toEqual([true, false]);
    // The list carries the flag, never the sealed code.
    expect(list.rows.some((r) => "identityCodeEnc" in r)).toBe(false);
    const r = await createRequest(h.db, a, { personIds: [temp.id, perm.id] });
    const view = await getRequestView(h.db, a.staff, r.id);
    expect(Object.fromEntries(view.persons.map((p) => [p.id, p.identityCodeTemporary]))).toEqual({ [temp.id]: true, [perm.id]: false });
  });
});
