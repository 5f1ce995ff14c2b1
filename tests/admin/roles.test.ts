import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, emailOutbox, memberships, sessions } from "@/lib/db/schema";
import type { StaffActor } from "@/lib/workflow/types";
import { readSessionExtras } from "@/lib/auth/queries";
import { addStaff, answerInvitation, listMyInvitations, listStaff, removeStaff, updateSettings, updateStaff, withdrawInvitation } from "@/lib/admin/queries";
import { settingsSchema } from "@/lib/admin/schema";
import { reason } from "../support/refusal";

// Issue 9, finding 2: roles and disabled state are per organisation; an existing account is invited,
// never attached. Actors are built from the database exactly as a session is (readSessionExtras).

let h: DbHandle;
let x: Org;
let y: Org;
beforeAll(async () => {
  h = await createTestDb();
  x = await createOrg(h.db, "RLX");
  y = await createOrg(h.db, "RLY");
});
afterAll(async () => h?.close());

/** What a session of this account may do right now. */
async function actorOf(userId: string): Promise<StaffActor> {
  const e = await readSessionExtras(h.db, userId);
  return { id: userId, role: e.role, organisationIds: e.organisationIds, adminOrganisationIds: e.adminOrganisationIds };
}

const membershipOf = async (userId: string, organisationId: string) =>
  (await h.db.select().from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId))))[0];

const settingsOf = (organisationId: string) =>
  settingsSchema.parse({
    organisationId,
    clockStart: "receipt",
    pauseClock: "on",
    levels: { access: "2", rectification: "2", erasure: "2", restriction: "2", objection: "1", consent_withdrawal: "1", portability: "2" },
    specialCategoryReportLevel: "3",
    internalTargetDays: "21",
    reminderDays: "7, 2",
    reportLifetimeDays: "30",
    closedRequestRetentionYears: "3",
  });

const staffInput = (organisationId: string, email: string, role: "staff" | "admin" = "staff") => ({ organisationId, email, name: "Ignored For Existing", role, locale: "fi" as const, canReadSpecial: true });
const change = (organisationId: string, userId: string, role: "staff" | "admin", disabled: boolean) => ({ organisationId, userId, role, canReadSpecial: false, disabled });

describe("the attack: an admin of X adds Y's admin and changes role and state", () => {
  it("creates a pending invitation that changes nothing in Y, and after acceptance X's changes stay in X", async () => {
    await h.db.insert(sessions).values({ sessionToken: `y-admin-${y.id}`, userId: y.admin.id, expires: new Date(Date.now() + 3600_000) });
    const before = await actorOf(y.admin.id);
    expect(before).toMatchObject({ role: "admin", organisationIds: [y.id], adminOrganisationIds: [y.id] });

    const added = await addStaff(h.db, x.admin, staffInput(x.id, y.admin.email));
    expect(added).toEqual({ userId: y.admin.id, invited: true });
    // Pending: X sees it as an invitation, Y's admin gains nothing of X and loses nothing of Y.
    expect((await listStaff(h.db, x.admin, x.id)).find((s) => s.id === y.admin.id)).toMatchObject({ pending: true });
    expect(await actorOf(y.admin.id)).toEqual(before);
    expect(await reason(updateStaff(h.db, x.admin, change(x.id, y.admin.id, "staff", true)))).toBe("invitation_pending");
    expect(await reason(removeStaff(h.db, x.admin, { organisationId: x.id, userId: y.admin.id }))).toBe("invitation_pending");
    // Y's membership is out of X's admin's reach altogether.
    expect(await reason(updateStaff(h.db, x.admin, change(y.id, y.admin.id, "staff", true)))).toBe("not_found");
    expect(await membershipOf(y.admin.id, y.id)).toMatchObject({ role: "admin", disabledAt: null });
    expect(await h.db.select().from(sessions).where(eq(sessions.userId, y.admin.id))).toHaveLength(1);

    // The invitation goes out by email and is in X's audit trail.
    const mails = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.template, "staff_invitation"), eq(emailOutbox.toAddress, y.admin.email)));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("/staff/invitations");
    const invitedEv = await h.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, x.id), eq(auditEvents.action, "staff.invited")));
    expect(invitedEv[0].payload).toMatchObject({ userId: y.admin.id, role: "staff", newAccount: false });

    // Y's admin sees and accepts it; now a handler in X, still admin in Y.
    expect(await listMyInvitations(h.db, before)).toEqual([expect.objectContaining({ organisationId: x.id, role: "staff" })]);
    await answerInvitation(h.db, before, { organisationId: x.id, accept: true });
    expect(await actorOf(y.admin.id)).toMatchObject({ organisationIds: expect.arrayContaining([x.id, y.id]), adminOrganisationIds: [y.id] });

    // X's admin demotes and disables the X membership: Y is untouched, the sessions live on.
    await updateStaff(h.db, x.admin, change(x.id, y.admin.id, "staff", true));
    expect(await membershipOf(y.admin.id, y.id)).toMatchObject({ role: "admin", disabledAt: null, canReadSpecial: true });
    expect(await h.db.select().from(sessions).where(eq(sessions.userId, y.admin.id))).toHaveLength(1);
    const after = await actorOf(y.admin.id);
    expect(after).toMatchObject({ role: "admin", organisationIds: [y.id], adminOrganisationIds: [y.id] });
    // Y's admin still administers Y, and reaches nothing of X.
    await updateSettings(h.db, after, settingsOf(y.id));
    expect(await reason(updateSettings(h.db, after, settingsOf(x.id)))).toBe("not_found");

    // Even made admin in X, being admin of X counts for nothing in Y and vice versa.
    await updateStaff(h.db, x.admin, change(x.id, y.admin.id, "admin", false));
    expect(await actorOf(y.admin.id)).toMatchObject({ adminOrganisationIds: expect.arrayContaining([x.id, y.id]) });
    await updateStaff(h.db, x.admin, change(x.id, y.admin.id, "staff", false));
    expect(await reason(updateSettings(h.db, await actorOf(y.admin.id), settingsOf(x.id)))).toBe("forbidden");
    const accepted = await h.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, x.id), eq(auditEvents.action, "staff.invitation_accepted")));
    expect(accepted).toHaveLength(1);
  });
});

describe("invitations", () => {
  it("decline deletes it; withdraw is the admin's only move; only the invited account can answer", async () => {
    const invitee = await actorOf(y.staff.id);
    await addStaff(h.db, x.admin, staffInput(x.id, y.staff.email, "admin"));
    expect(await reason(addStaff(h.db, x.admin, staffInput(x.id, y.staff.email)))).toBe("already_member");
    // Someone else cannot answer it (the account comes from the session).
    expect(await reason(answerInvitation(h.db, await actorOf(y.staff2.id), { organisationId: x.id, accept: true }))).toBe("not_found");
    await answerInvitation(h.db, invitee, { organisationId: x.id, accept: false });
    expect(await membershipOf(y.staff.id, x.id)).toBeUndefined();
    expect(await actorOf(y.staff.id)).toMatchObject({ organisationIds: [y.id], adminOrganisationIds: [] });

    await addStaff(h.db, x.admin, staffInput(x.id, y.staff.email, "admin"));
    // Another organisation's admin cannot withdraw X's invitation.
    expect(await reason(withdrawInvitation(h.db, y.admin, { organisationId: x.id, userId: y.staff.id }))).toBe("not_found");
    await withdrawInvitation(h.db, x.admin, { organisationId: x.id, userId: y.staff.id });
    expect(await reason(withdrawInvitation(h.db, x.admin, { organisationId: x.id, userId: y.staff.id }))).toBe("not_found");
    expect(await reason(answerInvitation(h.db, invitee, { organisationId: x.id, accept: true }))).toBe("not_found");
    // An accepted membership is not "withdrawn" as if it were an invitation.
    expect(await reason(withdrawInvitation(h.db, x.admin, { organisationId: x.id, userId: x.staff.id }))).toBe("not_found");
    const actions = (await h.db.select().from(auditEvents).where(eq(auditEvents.organisationId, x.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["staff.invitation_declined", "staff.invitation_withdrawn"]));
  });
});

describe("the last admin", () => {
  it("cannot demote, disable or remove themselves; a disabled admin cannot act even with a stale session", async () => {
    const z = await createOrg(h.db, "RLZ");
    expect(await reason(updateStaff(h.db, z.admin, change(z.id, z.admin.id, "staff", false)))).toBe("last_admin");
    expect(await reason(updateStaff(h.db, z.admin, change(z.id, z.admin.id, "admin", true)))).toBe("last_admin");
    expect(await reason(removeStaff(h.db, z.admin, { organisationId: z.id, userId: z.admin.id }))).toBe("last_admin");
    // With a second admin the first may step down.
    await updateStaff(h.db, z.admin, change(z.id, z.staff.id, "admin", false));
    await updateStaff(h.db, z.admin, change(z.id, z.admin.id, "staff", false));
    expect(await actorOf(z.admin.id)).toMatchObject({ role: "staff", organisationIds: [z.id], adminOrganisationIds: [] });
    // z.admin's old actor (a session built before the change) still claims admin: refused in the database.
    expect(await reason(updateStaff(h.db, z.admin, change(z.id, z.staff2.id, "admin", false)))).toBe("forbidden");
    // The new admin is now the last one.
    const second = await actorOf(z.staff.id);
    expect(await reason(updateStaff(h.db, second, change(z.id, z.staff.id, "admin", true)))).toBe("last_admin");
    // A disabled member reaches nothing of the organisation.
    await updateStaff(h.db, second, change(z.id, z.staff2.id, "staff", true));
    expect(await actorOf(z.staff2.id)).toMatchObject({ organisationIds: [], adminOrganisationIds: [] });
  });
});

describe("migration of existing data (0008–0010)", () => {
  it("copies each account's former global role and disabled state into its memberships, accepted", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { sql } = await import("drizzle-orm");
    const { openPglite, rowsOf } = await import("@/lib/db/client");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // The migrations up to 0003, as a database deployed before this change has them.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mig-"));
    fs.mkdirSync(path.join(dir, "meta"));
    const journal = JSON.parse(fs.readFileSync("drizzle/meta/_journal.json", "utf8"));
    const old = journal.entries.filter((e: { tag: string }) => e.tag < "0004");
    for (const e of old) fs.copyFileSync(`drizzle/${e.tag}.sql`, path.join(dir, `${e.tag}.sql`));
    fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify({ ...journal, entries: old }));
    const p = await openPglite("memory://");
    try {
      await migrate(p.db as never, { migrationsFolder: dir });
      await p.db.execute(sql`insert into organisations (id, slug, name, street_address, postal_code, city, contact_name, contact_email, reference_prefix, settings)
        values ('00000000-0000-4000-8000-000000000001', 'o', 'O', 'k', '1', 'c', 'n', 'e@x', 'O', '{}')`);
      await p.db.execute(sql`insert into users (id, email, role, disabled_at) values ('a', 'a@x', 'admin', null), ('s', 's@x', 'staff', now()), ('p', 'p@x', 'subject', null)`);
      await p.db.execute(sql`insert into memberships (user_id, organisation_id) values ('a', '00000000-0000-4000-8000-000000000001'), ('s', '00000000-0000-4000-8000-000000000001')`);
      await migrate(p.db as never, { migrationsFolder: "drizzle" });
      const m = rowsOf<{ user_id: string; role: string; disabled: boolean; accepted: boolean }>(
        await p.db.execute(sql`select user_id, role, disabled_at is not null as disabled, accepted_at is not null as accepted from memberships order by user_id`),
      );
      expect(m).toEqual([
        { user_id: "a", role: "admin", disabled: false, accepted: true },
        { user_id: "s", role: "staff", disabled: true, accepted: true },
      ]);
      const u = rowsOf<{ id: string; role: string }>(await p.db.execute(sql`select id, role from users order by id`));
      expect(u).toEqual([{ id: "a", role: "staff" }, { id: "p", role: "subject" }, { id: "s", role: "staff" }]);
      // The account kind can no longer say "admin".
      await expect(p.db.execute(sql`update users set role = 'admin' where id = 'a'`)).rejects.toThrow();
      // A membership that is not accepted must be an explicit invitation.
      await expect(p.db.execute(sql`insert into memberships (user_id, organisation_id, accepted_at) values ('p', '00000000-0000-4000-8000-000000000001', null)`)).rejects.toThrow();
    } finally {
      await p.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
