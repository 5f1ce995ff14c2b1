import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, type Org } from "../workflow/fixtures";
import { reason } from "../support/refusal";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, noticeImportDrafts, registers } from "@/lib/db/schema";
import { acceptDraft, assignDraftPassage, discardDraft, getDraftForAdmin, importNotice } from "@/lib/notice-import/queries";
import { uploadSchema } from "@/lib/notice-import/schema";
import { noticeIn, noticeLanguages } from "@/lib/notice-import/languages";
import { seedText } from "./seeds";

// Issue 14 against a real database (PGlite, or PostgreSQL with DATABASE_URL): upload → review → accept.
let h: DbHandle;
let x: Org;
let y: Org;
beforeAll(async () => {
  h = await createTestDb();
  x = await createOrg(h.db, "NIX");
  y = await createOrg(h.db, "NIY");
});
afterAll(async () => h?.close());

const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(__dirname, "fixtures", name))) });
const upload = (organisationId: string, text = "", registerId = "") => uploadSchema.parse({ organisationId, text, registerId });
const draftCount = async (orgId: string) => (await h.db.select().from(noticeImportDrafts).where(eq(noticeImportDrafts.organisationId, orgId))).length;
const refusal = (p: Promise<unknown>) => p.then(() => "accepted", (e: Error) => e.message);

describe("upload → review → accept", () => {
  it("seed 000 pasted becomes a draft, a passage is assigned, and accepting creates the register in Finnish only", async () => {
    const draftId = await importNotice(h.db, x.admin, upload(x.id, seedText("000")), null);
    const row = await getDraftForAdmin(h.db, x.admin, draftId);
    expect(row.draft.fields.recipients?.items.join()).toContain("FloMembers");
    const signature = row.draft.unplaced[0];
    await assignDraftPassage(h.db, x.admin, { draftId, passageId: signature, field: "drop" });
    expect((await getDraftForAdmin(h.db, x.admin, draftId)).draft.unplaced).toEqual([]);

    const { registerId, locale } = await acceptDraft(h.db, x.admin, { draftId, name: "" });
    expect(locale).toBe("fi");
    const [reg] = await h.db.select().from(registers).where(eq(registers.id, registerId));
    expect(reg.organisationId).toBe(x.id);
    expect(reg.notice.fi.name).toBe("Turun Kaupunkilähetys ry:n Asiakasrekisteri");
    expect(reg.notice.fi.recipients.join()).toContain("Clara");
    expect(reg.notice.fi.legalBasis).toContain("oikeutettu etu");
    expect(reg.notice.fi.controller).toContain("Kaupunkilähetys");
    expect(reg.categories).toEqual(reg.notice.fi.dataCategories.map((c) => c.code));
    expect(reg.noticeDate).toBe("2018-05-21");
    expect(noticeLanguages(reg.notice)).toEqual(["fi"]);
    // A Swedish reader gets the Finnish notice (the only one), never an empty one.
    expect(noticeIn(reg.notice, "sv")).toMatchObject({ locale: "fi", notice: { name: reg.notice.fi.name } });
    // The draft is gone and every step is audited.
    expect(await draftCount(x.id)).toBe(0);
    const actions = (await h.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, x.id), like(auditEvents.action, "notice_import.%")))).map((e) => e.action);
    expect(actions).toEqual(["notice_import.created", "notice_import.passage_assigned", "notice_import.accepted"]);
    const saved = await h.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, x.id), eq(auditEvents.action, "register.notice_updated")));
    expect(saved).toHaveLength(1);
  });

  it("a Swedish .txt becomes a new version of an existing register's Swedish notice; Finnish stays as it was", async () => {
    const [before] = await h.db.select().from(registers).where(eq(registers.id, x.registerId));
    const draftId = await importNotice(h.db, x.admin, upload(x.id, "", x.registerId), fixture("sv-medlemsregister.txt"));
    const { registerId, locale } = await acceptDraft(h.db, x.admin, { draftId, name: "" });
    expect({ registerId, locale }).toEqual({ registerId: x.registerId, locale: "sv" });
    const [after] = await h.db.select().from(registers).where(eq(registers.id, x.registerId));
    expect(after.notice.fi).toEqual(before.notice.fi);
    expect(after.notice.sv.name).toBe("Föreningen Skärgårdens Vänners medlemsregister");
    expect(after.categories).toEqual(expect.arrayContaining([...before.categories, ...after.notice.sv.dataCategories.map((c) => c.code)]));
  });

  it("the .docx of seed 000 gives the same draft as the text", async () => {
    const a = await importNotice(h.db, x.admin, upload(x.id, seedText("000")), null);
    const b = await importNotice(h.db, x.admin, upload(x.id), fixture("notice-000.docx"));
    const [da, db] = [await getDraftForAdmin(h.db, x.admin, a), await getDraftForAdmin(h.db, x.admin, b)];
    expect(db.source).toBe("docx");
    expect(db.draft.fields).toEqual(da.draft.fields);
    await discardDraft(h.db, x.admin, { draftId: a });
    await discardDraft(h.db, x.admin, { draftId: b });
  });
});

describe("refusals store nothing", () => {
  it.each([
    ["hostile-script.html", "import_html_active"],
    ["hostile-zip-bomb.docx", "import_docx_unsafe"],
    ["binary.txt", "import_binary"],
    ["wrong-extension.pdf", "import_type_mismatch"],
  ])("%s", async (name, code) => {
    const before = await draftCount(y.id);
    expect(await refusal(importNotice(h.db, y.admin, upload(y.id), fixture(name)))).toBe(code);
    expect(await draftCount(y.id)).toBe(before);
  });
  it("empty paste", async () => {
    expect(await refusal(importNotice(h.db, y.admin, upload(y.id, "  \n "), null))).toBe("import_empty");
  });
});

describe("only an admin of the organisation", () => {
  it("staff, another organisation's admin and another organisation's register are refused", async () => {
    expect(await reason(importNotice(h.db, x.staff, upload(x.id, seedText("004")), null))).toBe("forbidden");
    expect(await reason(importNotice(h.db, y.admin, upload(x.id, seedText("004")), null))).toBe("not_found");
    expect(await reason(importNotice(h.db, y.admin, upload(y.id, seedText("004"), x.registerId), null))).toBe("not_found");
    const draftId = await importNotice(h.db, x.admin, upload(x.id, seedText("004")), null);
    expect(await reason(getDraftForAdmin(h.db, y.admin, draftId))).toBe("not_found");
    expect(await reason(acceptDraft(h.db, y.admin, { draftId, name: "" }))).toBe("not_found");
    expect(await reason(getDraftForAdmin(h.db, x.staff, draftId))).toBe("not_found");
    expect(await reason(getDraftForAdmin(h.db, x.admin, draftId, new Date(Date.now() + 8 * 24 * 3600_000)))).toBe("not_found");
    expect(await reason(assignDraftPassage(h.db, x.admin, { draftId, passageId: "p1", field: "rights" }))).toBe("import_passage_placed");
  });
});
