/**
 * Registers as versioned privacy notices (issue 10 item 2, issue 11 item 6) against a real database:
 * created, edited, versioned and archived by the organisation's admin only; the report cites the
 * version in force and takes Art. 15(1)(h) from the register.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createPerson, type Org } from "../workflow/fixtures";
import { reason } from "../support/refusal";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, registers, registerVersions } from "@/lib/db/schema";
import { archiveRegister, createRegister, listRegisterVersions, noticesInForce } from "@/lib/registers/queries";
import { createRegisterSchema } from "@/lib/registers/schema";
import { noticeToForm, updateNotice } from "@/lib/admin/queries";
import { noticeSchema } from "@/lib/admin/schema";
import { loadReportData } from "@/lib/reports/load-queries";
import { addDays, toHelsinkiDate } from "@/lib/deadlines";

let h: DbHandle;
let x: Org;
let y: Org;
beforeAll(async () => {
  h = await createTestDb();
  x = await createOrg(h.db, "RGX");
  y = await createOrg(h.db, "RGY");
});
afterAll(async () => h?.close());

const today = toHelsinkiDate(new Date());
const createInput = (organisationId: string, slug = "tapahtumat") =>
  createRegisterSchema.parse({ organisationId, slug, nameFi: "Tapahtumarekisteri", nameSv: "Evenemangsregister", nameEn: "Event register", categories: "identity, contact, event_registrations", specialCategories: "" });

/** One language of the notice as the admin form sends it, with the automated-decision text. */
function noticeInput(registerId: string, locale: "fi" | "sv" | "en", over: Record<string, string> = {}) {
  return noticeSchema.parse({
    registerId, locale, name: `Rekisteri ${locale}`, purposes: "Tapahtumien järjestäminen", legalBasis: "Suostumus (6 art. 1 a)", subjectGroups: "participant | Osallistuja",
    dataCategories: "identity | Nimi\ncontact | Yhteystiedot", sources: "Rekisteröity", recipients: "Lastensuojeluviranomainen (laki velvoittaa)", processors: "Flo Apps Oy | Jäsenrekisteri",
    transfers: "Ei siirtoja EU:n tai ETA:n ulkopuolelle.", retention: "Kaksi vuotta tapahtuman jälkeen.", security: "Salasanat", rights: "Tarkastusoikeus", contact: "tietosuoja@example.fi", changes: "",
    controller: "Yhdistys ry", contactPerson: "Katja, tietosuoja@example.fi", dpo: "", automatedDecisions: `Ilmoittautumisjärjestys ratkaistaan arvonnalla (${locale}).`, ...over,
  });
}

describe("create", () => {
  it("the admin creates a register with version 1 in force today, audited", async () => {
    const { registerId } = await createRegister(h.db, x.admin, createInput(x.id));
    const [reg] = await h.db.select().from(registers).where(eq(registers.id, registerId));
    expect(reg.notice.sv.name).toBe("Evenemangsregister");
    expect(reg.categories).toEqual(["identity", "contact", "event_registrations"]);
    const versions = await h.db.select().from(registerVersions).where(eq(registerVersions.registerId, registerId));
    expect(versions.map((v) => [v.version, v.inForceFrom])).toEqual([[1, today]]);
    const audit = await h.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, x.id), eq(auditEvents.action, "register.created")));
    expect(audit).toHaveLength(1);
  });
  it("refuses a handler, another organisation's admin, a taken slug and unknown category codes", async () => {
    expect(await reason(createRegister(h.db, x.staff, createInput(x.id, "toinen")))).toBe("forbidden");
    expect(await reason(createRegister(h.db, y.admin, createInput(x.id, "toinen")))).toBe("not_found");
    expect(await reason(createRegister(h.db, x.admin, createInput(x.id)))).toBe("slug_taken");
    const bad = createRegisterSchema.safeParse({ organisationId: x.id, slug: "Ä ä", nameFi: "", nameSv: "a", nameEn: "a", categories: "identity, salaiset", specialCategories: "" });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["slug:slug_format", "nameFi:required", "categories:unknown_category_code"]));
  });
});

describe("versions", () => {
  it("an edit of a notice in force makes a new version; a future version is amended in place; the past is refused", async () => {
    const reg = x.registerId;
    const v1 = await updateNotice(h.db, x.admin, noticeInput(reg, "fi"));
    expect(v1).toMatchObject({ version: 1, inForceFrom: today }); // the fixture's register had no versions
    const v2 = await updateNotice(h.db, x.admin, noticeInput(reg, "sv"));
    expect(v2).toMatchObject({ version: 2, inForceFrom: today });
    const future = addDays(today, 10);
    const v3 = await updateNotice(h.db, x.admin, noticeInput(reg, "en", { inForceFrom: future }));
    expect(v3).toMatchObject({ version: 3, inForceFrom: future });
    const amended = await updateNotice(h.db, x.admin, noticeInput(reg, "fi", { name: "Uusi nimi", inForceFrom: future }));
    expect(amended).toMatchObject({ id: v3.id, version: 3 });
    expect(await reason(updateNotice(h.db, x.admin, noticeInput(reg, "fi", { inForceFrom: "2020-01-01" })))).toBe("in_force_in_past");
    expect(await reason(updateNotice(h.db, y.admin, noticeInput(reg, "fi")))).toBe("not_found");

    // Today the public sees version 2; from the future date, version 3 with the amended name.
    expect((await noticesInForce(h.db, [reg], today)).get(reg)).toMatchObject({ version: 2 });
    const later = (await noticesInForce(h.db, [reg], future)).get(reg)!;
    expect(later.version).toBe(3);
    expect(later.notice.fi.name).toBe("Uusi nimi");
    expect(later.notice.en.automatedDecisions).toBe("Ilmoittautumisjärjestys ratkaistaan arvonnalla (en).");

    const history = await listRegisterVersions(h.db, x.admin, reg, "fi");
    expect(history.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(await reason(listRegisterVersions(h.db, y.admin, reg, "fi"))).toBe("not_found");
    // The form round-trips the new fields.
    expect(noticeToForm(later.notice.fi)).toMatchObject({ controller: "Yhdistys ry", automatedDecisions: "Ilmoittautumisjärjestys ratkaistaan arvonnalla (fi)." });
  });
  it("an importer's input without the new fields keeps them (the admin save function's signature is unchanged)", async () => {
    const { automatedDecisions: _a, controller: _c, contactPerson: _p, dpo: _d, ...bare } = noticeInput(x.registerId, "sv", { inForceFrom: addDays(today, 10) });
    void _a, void _c, void _p, void _d;
    await updateNotice(h.db, x.admin, bare);
    const later = (await noticesInForce(h.db, [x.registerId], addDays(today, 10))).get(x.registerId)!;
    expect(later.notice.sv.automatedDecisions).toBe("Ilmoittautumisjärjestys ratkaistaan arvonnalla (sv).");
  });
  it("a report cites the version in force on its day and takes Art. 15(1)(h) from it", async () => {
    const person = await createPerson(h.db, x);
    const input = { personIds: [person.id], organisationId: x.id, locale: "sv" as const, includeIdentityCode: false };
    const now = await loadReportData(h.db, input);
    expect(now.head.registers[0].noticeVersion).toMatchObject({ number: 2, inForceFrom: today });
    expect(now.head.registers[0].art15.automatedDecisions).toBe("Ilmoittautumisjärjestys ratkaistaan arvonnalla (sv).");
    const later = await loadReportData(h.db, { ...input, now: new Date(`${addDays(today, 11)}T12:00:00Z`) });
    expect(later.head.registers[0].noticeVersion).toMatchObject({ number: 3 });
    // A register that declares nothing gets the standard sentence, in the report's language.
    const other = await loadReportData(h.db, { personIds: [(await createPerson(h.db, y)).id], organisationId: y.id, locale: "en", includeIdentityCode: false });
    expect(other.head.registers[0].art15.automatedDecisions).toMatch(/^No decisions about you are based solely on automated processing/);
  });
});

describe("archive", () => {
  it("the admin archives and restores, audited; others are refused", async () => {
    const { registerId } = await createRegister(h.db, x.admin, createInput(x.id, "arkisto"));
    expect(await reason(archiveRegister(h.db, y.admin, { registerId, archive: "archive" }))).toBe("not_found");
    expect(await reason(archiveRegister(h.db, x.staff, { registerId, archive: "archive" }))).toBe("forbidden");
    await archiveRegister(h.db, x.admin, { registerId, archive: "archive" });
    expect((await h.db.select().from(registers).where(eq(registers.id, registerId)))[0].archivedAt).not.toBeNull();
    await archiveRegister(h.db, x.admin, { registerId, archive: "restore" });
    expect((await h.db.select().from(registers).where(eq(registers.id, registerId)))[0].archivedAt).toBeNull();
    const actions = (await h.db.select().from(auditEvents).where(eq(auditEvents.organisationId, x.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["register.archived", "register.restored"]));
  });
});
