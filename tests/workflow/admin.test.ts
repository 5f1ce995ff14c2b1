import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createUser, type Org } from "./fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, memberships, organisations, registers, sessions, users } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/queries";
import { ActionError } from "@/lib/errors";
import { WorkflowError } from "@/lib/workflow/errors";
import {
  addStaff,
  noticeToForm,
  previewTemplate,
  resetTemplateOverride,
  saveTemplateOverride,
  updateNotice,
  updateRegisterRetention,
  updateSettings,
  updateStaff,
} from "@/lib/admin/queries";
import { noticeSchema, settingsSchema } from "@/lib/admin/schema";

let h: DbHandle;
let a: Org;
let b: Org;
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "ADA");
  b = await createOrg(h.db, "ADB");
});
afterAll(async () => h?.close());

async function reason(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    if (e instanceof WorkflowError) return e.reason;
    if (e instanceof ActionError) return e.code;
    throw e;
  }
  return "ok";
}

const settingsForm = (organisationId: string, over: Record<string, unknown> = {}) =>
  settingsSchema.parse({
    organisationId,
    clockStart: "verification",
    pauseClock: "",
    levels: { access: "3", rectification: "2", erasure: "2", restriction: "2", objection: "1", consent_withdrawal: "1", portability: "2" },
    specialCategoryReportLevel: "3",
    internalTargetDays: "14",
    reminderDays: "2, 7, 7",
    reportLifetimeDays: "30",
    closedRequestRetentionYears: "3",
    ...over,
  });

describe("organisation settings (PRODUCT.md §8)", () => {
  it("saves only for the organisation's admin, with the changed keys audited", async () => {
    const input = settingsForm(a.id);
    expect(input.reminderDays).toEqual([7, 2]);
    expect(await reason(updateSettings(h.db, a.staff, input))).toBe("forbidden");
    expect(await reason(updateSettings(h.db, b.admin, input))).toBe("not_found");
    const changed = await updateSettings(h.db, a.admin, input);
    expect(changed.sort()).toEqual(["clockStart", "identityLevels", "internalTargetDays", "pauseClock"].sort());
    const [org] = await h.db.select().from(organisations).where(eq(organisations.id, a.id));
    expect(org.settings).toMatchObject({ clockStart: "verification", pauseClock: false, internalTargetDays: 14, identityLevels: { access: 3 } });
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, a.id), eq(auditEvents.action, "organisation.settings_updated")));
    expect(ev.payload).toMatchObject({ changed: expect.arrayContaining(["clockStart"]) });
    expect(settingsSchema.safeParse({ ...settingsForm(a.id), reminderDays: "seven" }).success).toBe(false);
  });

  it("sets a register's retention rule", async () => {
    expect(await reason(updateRegisterRetention(h.db, a.admin, { registerId: a.registerId, retentionRule: "erase_after_relationship_end", retentionMonthsAfterEnd: null }))).toBe("months_required");
    await updateRegisterRetention(h.db, a.admin, { registerId: a.registerId, retentionRule: "erase_after_relationship_end", retentionMonthsAfterEnd: 12 });
    const [reg] = await h.db.select().from(registers).where(eq(registers.id, a.registerId));
    expect(reg.retentionMonthsAfterEnd).toBe(12);
    expect(await reason(updateRegisterRetention(h.db, b.admin, { registerId: a.registerId, retentionRule: "while_needed", retentionMonthsAfterEnd: null }))).toBe("not_found");
  });
});

describe("register notices", () => {
  it("round-trips a language version through the form and refuses unknown category codes", async () => {
    const [reg] = await h.db.select().from(registers).where(eq(registers.id, a.registerId));
    const form = noticeToForm(reg.notice.sv);
    const input = noticeSchema.parse({
      ...form,
      registerId: a.registerId,
      locale: "sv",
      purposes: "Skötsel av klientrelationen\nStatistik",
      dataCategories: "identity | Namn\nspecial_notes | Hälsouppgifter | Anteckningar om hälsa | x",
    });
    await updateNotice(h.db, a.admin, input);
    const [after] = await h.db.select().from(registers).where(eq(registers.id, a.registerId));
    expect(after.notice.sv.purposes).toEqual(["Skötsel av klientrelationen", "Statistik"]);
    expect(after.notice.sv.dataCategories).toEqual([
      { code: "identity", label: "Namn" },
      { code: "special_notes", label: "Hälsouppgifter", description: "Anteckningar om hälsa", special: true },
    ]);
    expect(after.notice.fi).toEqual(reg.notice.fi);
    expect(await reason(updateNotice(h.db, a.admin, { ...input, dataCategories: "shoe_size | Skostorlek" }))).toBe("unknown_category_code");
  });
});

describe("staff accounts", () => {
  it("adds a new handler, refuses a subject's account and duplicates; disabling is per organisation and keeps sessions", async () => {
    const { userId: id, invited } = await addStaff(h.db, a.admin, { organisationId: a.id, email: "new.handler@example.fi", name: "Uusi Käsittelijä", role: "staff", locale: "sv", canReadSpecial: false });
    expect(invited).toBe(false);
    const [u] = await h.db.select().from(users).where(eq(users.id, id));
    expect(u).toMatchObject({ role: "staff", locale: "sv" });
    expect(await reason(addStaff(h.db, a.admin, { organisationId: a.id, email: "new.handler@example.fi", name: "x", role: "staff", locale: "fi", canReadSpecial: false }))).toBe("already_member");
    const subject = await createUser(h.db, "subject");
    expect(await reason(addStaff(h.db, a.admin, { organisationId: a.id, email: subject.email, name: "x", role: "staff", locale: "fi", canReadSpecial: false }))).toBe("user_is_subject");
    // An existing handler of another organisation is invited, not attached (tests/admin/roles.test.ts).
    expect((await addStaff(h.db, a.admin, { organisationId: a.id, email: b.staff.email, name: "x", role: "staff", locale: "fi", canReadSpecial: true })).invited).toBe(true);

    await h.db.insert(sessions).values({ sessionToken: "tok-1", userId: id, expires: new Date(Date.now() + 3600_000) });
    await updateStaff(h.db, a.admin, { organisationId: a.id, userId: id, role: "staff", canReadSpecial: true, disabled: true });
    expect(await h.db.select().from(sessions).where(eq(sessions.userId, id))).toHaveLength(1);
    const [d] = await h.db.select().from(memberships).where(and(eq(memberships.userId, id), eq(memberships.organisationId, a.id)));
    expect(d.disabledAt).not.toBeNull();
    expect(await reason(updateStaff(h.db, a.admin, { organisationId: a.id, userId: a.admin.id, role: "staff", canReadSpecial: true, disabled: false }))).toBe("last_admin");
    expect(await reason(updateStaff(h.db, b.admin, { organisationId: b.id, userId: id, role: "admin", canReadSpecial: true, disabled: false }))).toBe("not_found");
  });
});

describe("email template overrides (PRODUCT.md §7)", () => {
  it("previews, refuses unknown placeholders, and the saved override is what enqueueEmail sends", async () => {
    expect(previewTemplate("completed", "fi", { subject: "Valmis {{referenc}}", body: "x" }).unknown).toEqual(["referenc"]);
    const ok = previewTemplate("completed", "fi", { subject: "Valmis: {{reference}}", body: "{{greeting}}\n\nPyyntösi on käsitelty.\n\n{{portalUrl}}" });
    expect(ok.rendered?.subject).toBe("Valmis: OT-2026-0042");
    expect(await reason(saveTemplateOverride(h.db, a.admin, { organisationId: a.id, template: "completed", locale: "fi", subject: "{{nope}}", body: "x" }))).toBe("unknown_placeholders");
    expect(await reason(saveTemplateOverride(h.db, a.staff, { organisationId: a.id, template: "completed", locale: "fi", subject: "x", body: "x" }))).toBe("forbidden");
    await saveTemplateOverride(h.db, a.admin, { organisationId: a.id, template: "completed", locale: "fi", subject: "Valmis: {{reference}}", body: "{{greeting}}\n\nPyyntösi on käsitelty.\n\n{{portalUrl}}" });
    const vars = { organisationName: "Y", organisationContact: "c", reference: "R-1", requestTypeLabel: "L", portalUrl: "http://localhost:3000/my/requests", requestUrl: "http://localhost:3000/my/requests/1" };
    const mail = await enqueueEmail(h.db, { template: "completed", locale: "fi", to: "s@example.fi", vars, organisationId: a.id });
    expect(mail.subject).toBe("Valmis: R-1");
    await resetTemplateOverride(h.db, a.admin, { organisationId: a.id, template: "completed", locale: "fi" });
    const again = await enqueueEmail(h.db, { template: "completed", locale: "fi", to: "s@example.fi", vars, organisationId: a.id });
    expect(again.subject).not.toBe("Valmis: R-1");
  });
});
