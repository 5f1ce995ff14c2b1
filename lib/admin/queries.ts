import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { organisations, registers } from "../db/schema";
import type { OrganisationSettings, RegisterNotice } from "../db/types";
import { recordAudit } from "../audit/queries";
import { ActionError } from "../errors";
import { refuse } from "../workflow/errors";
import type { StaffActor } from "../workflow/types";
import { assertAdminOf } from "./guard";
import { recordNoticeVersion } from "../registers/version-queries";
export { assertAdminOf };
import { lines, type NoticeInput, type SettingsInput } from "./schema";

export { saveTemplateOverride, resetTemplateOverride, previewTemplate, listTemplateOverrides } from "./template-queries";
export { addStaff, updateStaff, removeStaff, listStaff, withdrawInvitation } from "./staff-queries";
export { listMyInvitations, answerInvitation } from "./invitation-queries";

/** The organisations this actor administers: active admin memberships only, not every membership. */
export async function listAdminOrganisations(db: DbOrTx, actor: StaffActor) {
  const ids = (actor.adminOrganisationIds ?? []).filter((id) => actor.organisationIds.includes(id));
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.name));
}

export async function getOrganisationForAdmin(db: DbOrTx, actor: StaffActor, organisationId: string) {
  assertAdminOf(actor, organisationId);
  const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!org) throw new ActionError("not_found");
  const regs = await db.select().from(registers).where(eq(registers.organisationId, org.id)).orderBy(asc(registers.slug));
  // The sealed secret never leaves the server; the page learns only whether one is stored.
  const { oidcClientSecretEnc: secret, ...safe } = org;
  return { organisation: safe, registers: regs, hasOidcSecret: Boolean(secret) };
}

/** The per-organisation settings of PRODUCT.md §8; the changed keys are audited. */
export async function updateSettings(db: Db, actor: StaffActor, input: SettingsInput) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId)).for("update");
    if (!org) throw new ActionError("not_found");
    const next: OrganisationSettings = {
      ...org.settings,
      clockStart: input.clockStart,
      pauseClock: input.pauseClock,
      identityLevels: { ...org.settings.identityLevels, ...input.levels },
      specialCategoryReportLevel: input.specialCategoryReportLevel,
      internalTargetDays: input.internalTargetDays,
      reminderDays: input.reminderDays,
      reportLifetimeDays: input.reportLifetimeDays,
      closedRequestRetentionYears: input.closedRequestRetentionYears,
      holidayExclude: input.holidayExclude,
      closureDates: input.closureDates,
      pauseReminderDays: input.pauseReminderDays ?? org.settings.pauseReminderDays,
      pauseStaffDays: input.pauseStaffDays ?? org.settings.pauseStaffDays,
    };
    // An empty list and a missing one are the same setting (holiday lists were added later).
    const norm = (v: unknown) => JSON.stringify(Array.isArray(v) && v.length === 0 ? null : (v ?? null));
    const changed = (Object.keys(next) as Array<keyof OrganisationSettings>).filter((k) => norm(next[k]) !== norm(org.settings[k]));
    if (changed.length === 0) return [];
    await tx.update(organisations).set({ settings: next, updatedAt: new Date() }).where(eq(organisations.id, org.id));
    await recordAudit(tx, {
      organisationId: org.id,
      actorId: actor.id,
      actorRole: "admin",
      action: "organisation.settings_updated",
      payload: { changed, before: Object.fromEntries(changed.map((k) => [k, org.settings[k]])), after: Object.fromEntries(changed.map((k) => [k, next[k]])) },
    });
    return changed;
  });
}

export async function updateOrganisation(
  db: Db,
  actor: StaffActor,
  input: { organisationId: string; name: string; businessId?: string; streetAddress: string; postalCode: string; city: string; contactName: string; contactEmail: string; contactPhone?: string; dpoName?: string; dpoEmail?: string },
) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    const { organisationId, ...rest } = input;
    const values = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === "" ? null : v]));
    await tx.update(organisations).set({ ...values, updatedAt: new Date() }).where(eq(organisations.id, organisationId));
    await recordAudit(tx, { organisationId, actorId: actor.id, actorRole: "admin", action: "organisation.updated", payload: { fields: Object.keys(rest) } });
  });
}

async function loadRegister(tx: DbOrTx, actor: StaffActor, registerId: string) {
  const [reg] = await tx.select().from(registers).where(eq(registers.id, registerId));
  if (!reg) throw new ActionError("not_found");
  assertAdminOf(actor, reg.organisationId);
  return reg;
}

export async function getRegisterForAdmin(db: DbOrTx, actor: StaffActor, registerId: string) {
  return loadRegister(db, actor, registerId);
}

/** The register's retention rule (PRODUCT.md §8, e.g. seed 004: erase when the relationship ended). */
export async function updateRegisterRetention(db: Db, actor: StaffActor, input: { registerId: string; retentionRule: string; retentionMonthsAfterEnd: number | null }) {
  return db.transaction(async (tx) => {
    const reg = await loadRegister(tx, actor, input.registerId);
    if (input.retentionRule === "erase_after_relationship_end" && input.retentionMonthsAfterEnd === null) refuse("months_required", "invalid_input");
    await tx
      .update(registers)
      .set({ retentionRule: input.retentionRule, retentionMonthsAfterEnd: input.retentionMonthsAfterEnd, updatedAt: new Date() })
      .where(eq(registers.id, reg.id));
    await recordAudit(tx, {
      organisationId: reg.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: "register.retention_updated",
      payload: { registerId: reg.id, retentionRule: input.retentionRule, months: input.retentionMonthsAfterEnd },
    });
  });
}

const split = (line: string) => line.split("|").map((p) => p.trim());

type OptionalNoticeField = "controller" | "contactPerson" | "dpo" | "automatedDecisions";
/** A field the form may leave out (e.g. an importer): absent keeps the previous text, given (even empty) replaces it. */
function optionalField(key: OptionalNoticeField, value: string | undefined, previous?: RegisterNotice) {
  const next = value === undefined ? previous?.[key] : value.trim();
  return next === undefined ? {} : { [key]: next };
}

/** Textarea lines → the notice's structure (the public privacy notice is rendered from it). */
export function noticeFromInput(input: NoticeInput, previous?: RegisterNotice): RegisterNotice {
  return {
    name: input.name.trim(),
    purposes: lines(input.purposes),
    legalBasis: input.legalBasis.trim(),
    subjectGroups: lines(input.subjectGroups).map((l) => {
      const [code, label] = split(l);
      return { code: code || label, label: label || code };
    }),
    dataCategories: lines(input.dataCategories).map((l) => {
      const [code, label, description, special] = split(l);
      return { code, label: label || code, ...(description ? { description } : {}), ...(special && /^(x|\*|yes|kyllä|ja|special)$/i.test(special) ? { special: true } : {}) };
    }),
    sources: lines(input.sources),
    recipients: lines(input.recipients),
    processors: lines(input.processors).map((l) => {
      const [name, service] = split(l);
      return { name, service: service ?? "" };
    }),
    transfers: input.transfers.trim(),
    retention: input.retention.trim(),
    security: lines(input.security),
    rights: lines(input.rights),
    contact: input.contact.trim(),
    changes: input.changes.trim(),
    ...optionalField("controller", input.controller, previous),
    ...optionalField("contactPerson", input.contactPerson, previous),
    ...optionalField("dpo", input.dpo, previous),
    ...optionalField("automatedDecisions", input.automatedDecisions, previous),
    ...(previous?.extra ? { extra: previous.extra } : {}),
  };
}

/** The notice as textarea text, the inverse of noticeFromInput. */
export function noticeToForm(n: RegisterNotice) {
  return {
    name: n.name,
    purposes: n.purposes.join("\n"),
    legalBasis: n.legalBasis,
    subjectGroups: n.subjectGroups.map((g) => `${g.code} | ${g.label}`).join("\n"),
    dataCategories: n.dataCategories.map((c) => [c.code, c.label, c.description ?? "", c.special ? "x" : ""].join(" | ").replace(/( \| )+$/, "")).join("\n"),
    sources: n.sources.join("\n"),
    recipients: n.recipients.join("\n"),
    processors: n.processors.map((p) => `${p.name} | ${p.service}`).join("\n"),
    transfers: n.transfers,
    retention: n.retention,
    security: n.security.join("\n"),
    rights: n.rights.join("\n"),
    contact: n.contact,
    changes: n.changes,
    controller: n.controller ?? "",
    contactPerson: n.contactPerson ?? "",
    dpo: n.dpo ?? "",
    automatedDecisions: n.automatedDecisions ?? "",
  };
}

/**
 * Edit one language version of a register's privacy notice; the category codes must stay in the
 * vocabulary. Every save is recorded as a version (lib/registers/version-queries.ts): a new one if the
 * latest is already in force, else the not-yet-public one is amended. `registers.notice` mirrors the
 * latest version; public pages and reports read the version in force on their own date.
 */
export async function updateNotice(db: Db, actor: StaffActor, input: NoticeInput) {
  return db.transaction(async (tx) => {
    const reg = await loadRegister(tx, actor, input.registerId);
    const notice = noticeFromInput(input, reg.notice[input.locale]);
    const unknown = notice.dataCategories.filter((c) => !reg.categories.includes(c.code));
    if (unknown.length) refuse("unknown_category_code", "invalid_input");
    const all = { ...reg.notice, [input.locale]: notice };
    await tx.update(registers).set({ notice: all, updatedAt: new Date() }).where(eq(registers.id, reg.id));
    const version = await recordNoticeVersion(tx, actor.id, reg, all, input.inForceFrom);
    await recordAudit(tx, {
      organisationId: reg.organisationId,
      actorId: actor.id,
      actorRole: "admin",
      action: "register.notice_updated",
      payload: { registerId: reg.id, locale: input.locale, version: version.version, inForceFrom: version.inForceFrom },
    });
    return version;
  });
}
