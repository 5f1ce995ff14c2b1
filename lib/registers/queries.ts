import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { organisations, registers } from "../db/schema";
import type { Locale, RegisterNotice, RegisterNoticeByLocale } from "../db/types";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { refuse } from "../workflow/errors";
import type { StaffActor } from "../workflow/types";
import { assertAdminOf } from "../admin/guard";
import { listVersions, recordNoticeVersion } from "./version-queries";
import type { CreateRegisterInput } from "./schema";

export { noticesInForce, recordNoticeVersion, type NoticeVersionRef } from "./version-queries";

/** An empty notice in one language, with the controller's details filled in from the organisation. */
function emptyNotice(name: string, org: { name: string; contactName: string; contactEmail: string; dpoName: string | null; dpoEmail: string | null }): RegisterNotice {
  return {
    name,
    purposes: [],
    legalBasis: "",
    subjectGroups: [],
    dataCategories: [],
    sources: [],
    recipients: [],
    processors: [],
    transfers: "",
    retention: "",
    security: [],
    rights: [],
    contact: org.contactEmail,
    changes: "",
    controller: org.name,
    contactPerson: `${org.contactName}, ${org.contactEmail}`,
    dpo: org.dpoName ? [org.dpoName, org.dpoEmail].filter(Boolean).join(", ") : "",
    automatedDecisions: "",
  };
}

/** A new register of this organisation; its notice starts as version 1, completed per language afterwards. */
export async function createRegister(db: Db, actor: StaffActor, input: CreateRegisterInput) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) throw new ActionError("not_found");
    const [taken] = await tx.select({ id: registers.id }).from(registers).where(and(eq(registers.organisationId, org.id), eq(registers.slug, input.slug)));
    if (taken) refuse("slug_taken", "conflict");
    const special = input.specialCategories.filter((c) => input.categories.includes(c));
    const notice: RegisterNoticeByLocale = { fi: emptyNotice(input.nameFi, org), sv: emptyNotice(input.nameSv, org), en: emptyNotice(input.nameEn, org) };
    const [reg] = await tx
      .insert(registers)
      .values({ organisationId: org.id, slug: input.slug, notice, categories: input.categories, specialCategories: special })
      .returning();
    const version = await recordNoticeVersion(tx, actor.id, reg, notice);
    await recordAudit(tx, { organisationId: org.id, actorId: actor.id, actorRole: "admin", action: "register.created", payload: { registerId: reg.id, version: version.version } });
    return { registerId: reg.id };
  });
}

/** Archive (or restore) a register: it leaves the public notice and new requests; records and history stay. */
export async function archiveRegister(db: Db, actor: StaffActor, input: { registerId: string; archive: "archive" | "restore" }) {
  return db.transaction(async (tx) => {
    const [reg] = await tx.select().from(registers).where(eq(registers.id, input.registerId)).for("update");
    if (!reg) throw new ActionError("not_found");
    assertAdminOf(actor, reg.organisationId);
    const archivedAt = input.archive === "archive" ? (reg.archivedAt ?? new Date()) : null;
    await tx.update(registers).set({ archivedAt, updatedAt: new Date() }).where(eq(registers.id, reg.id));
    await recordAudit(tx, { organisationId: reg.organisationId, actorId: actor.id, actorRole: "admin", action: input.archive === "archive" ? "register.archived" : "register.restored", payload: { registerId: reg.id } });
  });
}

/** The version history an admin sees: number, date in force, and the name in the admin's language. */
export async function listRegisterVersions(db: DbOrTx, actor: StaffActor, registerId: string, locale: Locale) {
  const [reg] = await db.select({ id: registers.id, organisationId: registers.organisationId }).from(registers).where(eq(registers.id, registerId));
  if (!reg) throw new ActionError("not_found");
  assertAdminOf(actor, reg.organisationId);
  const rows = await listVersions(db, reg.id);
  return rows.map((v) => ({ id: v.id, version: v.version, inForceFrom: v.inForceFrom, createdAt: v.createdAt, notice: v.notice[locale] ?? v.notice.fi }));
}
