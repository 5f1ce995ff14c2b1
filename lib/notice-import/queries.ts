import "server-only";
import { and, eq, inArray, lt } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { noticeImportDrafts, registers } from "../db/schema";
import type { RegisterNoticeByLocale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { isUuid } from "../validation/ids";
import { refuse } from "../workflow/errors";
import type { StaffActor } from "../workflow/types";
import { assertAdminOf } from "../admin/guard";
import { noticeToForm, updateNotice } from "../admin/queries";
import type { ImportDraft } from "./fields";
import { assignPassage, codeOf, draftToNotice, emptyNotice } from "./to-notice";
import { importedNoticeSchema, type AcceptInput, type AssignInput, type UploadInput } from "./schema";
import { detectKind } from "./file-type";
import { checkText, extractNoticeText } from "./extract";
import { parseNotice } from "./parse-notice";

/** A draft waits a week for review; it quotes the notice's contact persons, so it does not stay longer. */
const DRAFT_LIFETIME_MS = 7 * 24 * 3600_000;

/** Store a draft read from a notice, for the admin of its organisation to review. Expired drafts go first. */
export async function createDraft(db: Db, actor: StaffActor, input: { organisationId: string; registerId?: string; source: "paste" | "txt" | "html" | "docx" | "pdf"; draft: ImportDraft }, now = new Date()) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    if (input.registerId) {
      if (!isUuid(input.registerId)) throw new ActionError("not_found");
      const [reg] = await tx.select({ id: registers.id }).from(registers).where(and(eq(registers.id, input.registerId), eq(registers.organisationId, input.organisationId)));
      if (!reg) throw new ActionError("not_found");
    }
    await tx.delete(noticeImportDrafts).where(lt(noticeImportDrafts.expiresAt, now));
    const [row] = await tx
      .insert(noticeImportDrafts)
      .values({ organisationId: input.organisationId, registerId: input.registerId ?? null, createdBy: actor.id, source: input.source, draft: input.draft, expiresAt: new Date(now.getTime() + DRAFT_LIFETIME_MS) })
      .returning({ id: noticeImportDrafts.id });
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: "notice_import.created",
      payload: { draftId: row.id, source: input.source, fields: Object.keys(input.draft.fields), unplaced: input.draft.unplaced.length },
    });
    return row.id;
  });
}

/**
 * A pasted text or an uploaded file → a stored draft. The admin is authorised before the file is read;
 * a refused file throws ImportRefused and nothing is stored.
 */
export async function importNotice(db: Db, actor: StaffActor, input: UploadInput, file: { name: string; bytes: Uint8Array } | null) {
  assertAdminOf(actor, input.organisationId);
  const source = file ? detectKind(file.bytes, file.name) : "paste";
  const text = file ? await extractNoticeText(file.bytes, file.name) : checkText(input.text);
  return createDraft(db, actor, { organisationId: input.organisationId, registerId: input.registerId, source, draft: parseNotice(text) });
}

/** The draft, only for an admin of its organisation and only until it expires; anything else is "not found". */
export async function getDraftForAdmin(db: DbOrTx, actor: StaffActor, draftId: string, now = new Date(), lock = false) {
  const orgs = (actor.adminOrganisationIds ?? []).filter((id) => actor.organisationIds.includes(id));
  if (!isUuid(draftId) || orgs.length === 0) throw new ActionError("not_found");
  const q = db.select().from(noticeImportDrafts).where(and(eq(noticeImportDrafts.id, draftId), inArray(noticeImportDrafts.organisationId, orgs)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row || row.expiresAt < now) throw new ActionError("not_found");
  assertAdminOf(actor, row.organisationId);
  return row;
}

/** Assign a "not placed" passage to a field, or drop it. */
export async function assignDraftPassage(db: Db, actor: StaffActor, input: AssignInput) {
  return db.transaction(async (tx) => {
    const row = await getDraftForAdmin(tx, actor, input.draftId, new Date(), true);
    if (!row.draft.unplaced.includes(input.passageId)) refuse("import_passage_placed");
    const draft = assignPassage(row.draft, input.passageId, input.field);
    await tx.update(noticeImportDrafts).set({ draft }).where(eq(noticeImportDrafts.id, row.id));
    await recordAudit(tx, { organisationId: row.organisationId, actorId: actor.id, actorRole: "admin", action: "notice_import.passage_assigned", payload: { draftId: row.id, passageId: input.passageId, field: input.field } });
  });
}

export async function discardDraft(db: Db, actor: StaffActor, input: { draftId: string }) {
  return db.transaction(async (tx) => {
    const row = await getDraftForAdmin(tx, actor, input.draftId, new Date(), true);
    await tx.delete(noticeImportDrafts).where(eq(noticeImportDrafts.id, row.id));
    await recordAudit(tx, { organisationId: row.organisationId, actorId: actor.id, actorRole: "admin", action: "notice_import.discarded", payload: { draftId: row.id } });
  });
}

/**
 * Accept: a new register (or a new version of the chosen register's notice) in the notice's language.
 * The notice is saved through the register editor's own save (lib/admin updateNotice) so that whatever
 * that save does (validation of category codes, versioning, audit) applies to imports too. The other
 * languages stay empty until written; the public page lists the languages that exist.
 */
export async function acceptDraft(db: Db, actor: StaffActor, input: AcceptInput) {
  return db.transaction(async (tx) => {
    const row = await getDraftForAdmin(tx, actor, input.draftId, new Date(), true);
    const d = row.draft;
    const notice = draftToNotice(d);
    if (input.name) notice.name = input.name;
    if (!notice.name) refuse("import_name_required", "invalid_input");
    const locale = d.locale;
    let registerId = row.registerId;
    if (registerId) {
      // A new version of an existing register: labels it already has keep their codes; new ones are added.
      const [reg] = await tx.select().from(registers).where(and(eq(registers.id, registerId), eq(registers.organisationId, row.organisationId))).for("update");
      if (!reg) throw new ActionError("not_found");
      const known = new Map(Object.values(reg.notice).flatMap((n) => n?.dataCategories ?? []).map((c) => [c.label.toLowerCase(), c.code]));
      const taken = new Set(reg.categories);
      notice.dataCategories = notice.dataCategories.map((c) => ({ ...c, code: known.get(c.label.toLowerCase()) ?? codeOf(c.label, taken) }));
      const categories = [...new Set([...reg.categories, ...notice.dataCategories.map((c) => c.code)])];
      // The imported version replaces the earlier version's free-form sections; the fields follow below.
      const keep = reg.notice[locale] ?? emptyNotice();
      await tx.update(registers).set({ categories, notice: { ...reg.notice, [locale]: { ...keep, extra: undefined } }, ...(d.noticeDate ? { noticeDate: d.noticeDate } : {}) }).where(eq(registers.id, reg.id));
    } else {
      const existing = await tx.select({ slug: registers.slug }).from(registers).where(eq(registers.organisationId, row.organisationId));
      const slug = codeOf(notice.name, new Set(existing.map((r) => r.slug)));
      const empty: RegisterNoticeByLocale = { fi: emptyNotice(), sv: emptyNotice(), en: emptyNotice() };
      const [reg] = await tx
        .insert(registers)
        .values({ organisationId: row.organisationId, slug, notice: empty, categories: notice.dataCategories.map((c) => c.code), noticeDate: d.noticeDate ?? null })
        .returning({ id: registers.id });
      registerId = reg.id;
    }
    // The editor's own limits apply to an imported notice too (its required fields may still be empty:
    // the checklist has told the admin, and the editor asks for them on the next save).
    const form = noticeToForm(notice);
    if (!importedNoticeSchema.safeParse({ registerId: registerId ?? "", locale, ...form }).success) refuse("import_field_too_long", "invalid_input");
    // One line per list item in the editor's format: an item's own line breaks and "|" would split it.
    const flat = (s: string) => s.split("\n").map((l) => l.replace(/\|/g, "/")).join("\n");
    await updateNotice(tx as unknown as Db, actor, {
      registerId,
      locale,
      inForceFrom: null,
      ...form,
      purposes: notice.purposes.map((i) => i.replace(/\s*\n\s*/g, " ")).join("\n"),
      recipients: notice.recipients.map((i) => i.replace(/\s*\n\s*/g, " ")).join("\n"),
      sources: notice.sources.map((i) => i.replace(/\s*\n\s*/g, " ")).join("\n"),
      security: notice.security.map((i) => i.replace(/\s*\n\s*/g, " ")).join("\n"),
      rights: notice.rights.map((i) => i.replace(/\s*\n\s*/g, " ")).join("\n"),
      subjectGroups: notice.subjectGroups.map((g) => `${g.code} | ${flat(g.label).replace(/\n/g, " ")}`).join("\n"),
      dataCategories: notice.dataCategories.map((c) => `${c.code} | ${flat(c.label).replace(/\n/g, " ")}`).join("\n"),
    });
    await tx.delete(noticeImportDrafts).where(eq(noticeImportDrafts.id, row.id));
    await recordAudit(tx, {
      organisationId: row.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: "notice_import.accepted",
      payload: { draftId: row.id, registerId, locale, created: !row.registerId },
    });
    return { registerId, locale };
  });
}
