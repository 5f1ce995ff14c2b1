/**
 * Issue 13: organisations' rarely changing data is kept in each instance's memory under a version that
 * database triggers renew with every change (lib/organisations/org-cache.ts). Here: which changes renew
 * it, and that a filing made after a change made elsewhere (another instance, a tool, SQL) uses the
 * new data. On PostgreSQL the change goes through a second connection pool, as another instance's would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { openPostgres, type Db, type DbHandle } from "@/lib/db/client";
import { emailOutbox, emailTemplates, identityVerifications, memberships, organisations, processors, registers, registerVersions, users } from "@/lib/db/schema";
import { getOrganisationWithRegisters } from "@/lib/organisations/queries";
import { readOrganisationVersion } from "@/lib/organisations/version-queries";
import { findKept } from "@/lib/organisations/org-cache";
import { submitMyRequest } from "@/lib/requests/queries-subject";
import { makeOrg, makePerson, makeStaff, makeUser } from "../requests/fixtures";

let h: DbHandle & { url?: string };
let other: DbHandle | null = null;
/** The database as another instance sees it: a second pool on PostgreSQL, the same handle on PGlite. */
let elsewhere: Db;

beforeAll(async () => {
  process.env.OMATIETO_FILING_LIMITS = "100,100,1000";
  h = await createTestDb();
  other = h.url ? await openPostgres(h.url, 2) : null;
  elsewhere = other?.db ?? h.db;
});
afterAll(async () => {
  await other?.close();
  await h?.close();
  delete process.env.OMATIETO_FILING_LIMITS;
});

describe("an organisation's data version", () => {
  it("is renewed by every change to what instances keep, and not by a sign-in", async () => {
    const { org, reg } = await makeOrg(h.db);
    const staff = await makeStaff(h.db, org.id);
    const version = () => readOrganisationVersion(h.db, org.id);
    const renews = async (what: string, change: () => Promise<unknown>) => {
      const before = await version();
      await change();
      const after = await version();
      expect(after, what).not.toBeNull();
      expect(after, what).not.toBe(before);
    };
    await renews("a register's notice", () => elsewhere.update(registers).set({ retentionLaw: "Kirjanpitolaki 2:10 §" }).where(eq(registers.id, reg.id)));
    const [proc] = await h.db.insert(processors).values({ registerId: reg.id, kind: "processor", name: "Pilvi Oy", service: { fi: "Pilvipalvelu", sv: "Molntjänst", en: "Cloud service" }, taskFor: ["access"] } as never).returning();
    await renews("a processor's name", () => elsewhere.update(processors).set({ name: "Pilvi Oyj" }).where(eq(processors.id, proc.id)));
    await renews("a processor removed", () => elsewhere.delete(processors).where(eq(processors.id, proc.id)));
    await renews("an email template", () =>
      elsewhere.insert(emailTemplates).values({ organisationId: org.id, template: "staff_new_request", locale: "fi", subject: "Uusi", body: "Uusi pyyntö" }),
    );
    await renews("a membership disabled", () => elsewhere.update(memberships).set({ disabledAt: new Date() }).where(eq(memberships.userId, staff.id)));
    await renews("a staff member's name", () => elsewhere.update(users).set({ name: "Uusi Nimi" }).where(eq(users.id, staff.id)));
    await renews("a new register", () => makeOrgRegister(elsewhere, org.id));

    const before = await version();
    await elsewhere.update(users).set({ emailVerified: new Date() }).where(eq(users.id, staff.id));
    expect(await version()).toBe(before);
  });

  it("goes with its organisation", async () => {
    const { org } = await makeOrg(h.db);
    expect(await readOrganisationVersion(h.db, org.id)).not.toBeNull();
    await h.db.delete(organisations).where(eq(organisations.id, org.id));
    expect(await readOrganisationVersion(h.db, org.id)).toBeNull();
  });
});

describe.skipIf(!process.env.DATABASE_URL)("two edits of one organisation at once (PostgreSQL)", () => {
  it("do not deadlock on its version, whatever order they touch their rows in", async () => {
    const { org, reg } = await makeOrg(h.db);
    const [proc] = await h.db.insert(processors).values({ registerId: reg.id, kind: "processor", name: "Pilvi Oy", service: { fi: "Pilvi", sv: "Moln", en: "Cloud" }, taskFor: ["access"] } as never).returning();
    const before = await readOrganisationVersion(h.db, org.id);
    const latch = () => {
      let open!: () => void;
      return { opened: new Promise<void>((r) => (open = r)), open: () => open() };
    };
    const aWroteRegister = latch();
    const bWroteProcessor = latch();
    // A: the register, then (once B holds it) the processor. B: the processor, then commits while A waits.
    // Had each change renewed the version at once, A would hold the version row and wait for B's
    // processor while B waited for the version row: a deadlock, one of them refused.
    const a = h.db.transaction(async (tx) => {
      await tx.update(registers).set({ retentionLaw: "A" }).where(eq(registers.id, reg.id));
      aWroteRegister.open();
      // B blocked here (on the version row A would hold) is the deadlock, seen without waiting for PostgreSQL's detector.
      let timer: NodeJS.Timeout | undefined;
      const blocked = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("B is blocked behind A")), 5000)));
      await Promise.race([bWroteProcessor.opened, blocked]).finally(() => clearTimeout(timer));
      await tx.update(processors).set({ name: "Pilvi A" }).where(eq(processors.id, proc.id));
    });
    const b = elsewhere.transaction(async (tx) => {
      await aWroteRegister.opened;
      await tx.update(processors).set({ name: "Pilvi B" }).where(eq(processors.id, proc.id));
      bWroteProcessor.open();
      await new Promise((r) => setTimeout(r, 300));
    });
    await expect(Promise.all([a, b])).resolves.toBeDefined();
    const [after] = await h.db.select().from(processors).where(eq(processors.id, proc.id));
    expect(after.name).toBe("Pilvi A");
    expect(await readOrganisationVersion(h.db, org.id)).not.toBe(before);
  });
});

describe("a filing after a change made elsewhere", () => {
  it("mails the staff and uses the templates as they are now, not as this instance kept them", async () => {
    const { org, reg, first, user } = await makeFilingOrganisation();
    const file = () => fileAndReadStaffMail(h.db, user, org.id, reg.id);

    const before = await file();
    expect(before.map((m) => m.toAddress)).toEqual([first.email]);
    // This instance now keeps the staff list under the current version.
    const version = await readOrganisationVersion(h.db, org.id);
    expect(findKept(h.db, org.id, version, "staff")).toHaveLength(1);

    const second = await makeStaff(elsewhere, org.id);
    await elsewhere.insert(emailTemplates).values({ organisationId: org.id, template: "staff_new_request", locale: "fi", subject: "Muutettu otsikko", body: "Uusi pyyntö jonossa." });
    const after = await file();
    expect(after.map((m) => m.toAddress).sort()).toEqual([first.email, second.email].sort());
    expect(after.every((m) => m.subject === "Muutettu otsikko")).toBe(true);

    await elsewhere.update(memberships).set({ disabledAt: new Date() }).where(eq(memberships.userId, first.id));
    expect((await file()).map((m) => m.toAddress)).toEqual([second.email]);
  });
});

/** An organisation with one handler and a subject who may file there (identity level 2). */
async function makeFilingOrganisation() {
  const { org, reg } = await makeOrg(h.db);
  const first = await makeStaff(h.db, org.id);
  const user = await makeUser(h.db);
  await makePerson(h.db, { organisationId: org.id, registerId: reg.id, userId: user.id, email: user.email });
  await h.db.insert(identityVerifications).values({ userId: user.id, organisationId: org.id, level: 2, method: "email_match" });
  return { org, reg, first, user };
}

/** File an access request as the subject; the "new request" mails it queued for the staff. */
async function fileAndReadStaffMail(db: Db, user: Awaited<ReturnType<typeof makeUser>>, organisationId: string, registerId: string) {
  const r = await submitMyRequest(db, user, { type: "access", organisationId, registerIds: [registerId], formats: ["pdf"], confirmDuplicate: true }, "fi");
  if (!r.ok || r.data.kind !== "filed") throw new Error(`not filed: ${JSON.stringify(r)}`);
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.requestId, r.data.id), eq(emailOutbox.template, "staff_new_request")));
}

async function makeOrgRegister(db: Db, organisationId: string) {
  const [n] = await db.select({ n: sql<number>`count(*)::int` }).from(registers).where(eq(registers.organisationId, organisationId));
  const [base] = await db.select().from(registers).where(eq(registers.organisationId, organisationId)).limit(1);
  await db.insert(registers).values({ organisationId, slug: `rekisteri-${n.n}`, notice: base.notice, categories: ["identity"] });
}

describe("the public privacy notice", () => {
  it("shows a change made elsewhere at once, and the version in force on the day asked about", async () => {
    const { org, reg } = await makeOrg(h.db);
    const today = new Date("2026-12-02T10:00:00Z");
    const tomorrow = new Date("2026-12-03T10:00:00Z");
    const names = async (now: Date) => (await getOrganisationWithRegisters(org.slug, now))!.registers.map((r) => r.notice.fi.name).sort();
    const before = await names(today);
    expect(before).toHaveLength(2);

    const [base] = await h.db.select().from(registers).where(eq(registers.id, reg.id));
    await elsewhere.update(registers).set({ notice: { ...base.notice, fi: { ...base.notice.fi, name: "Uusi nimi" } } }).where(eq(registers.id, reg.id));
    expect(await names(today)).toContain("Uusi nimi");

    // A first version in force only from tomorrow: not published today, published tomorrow, with no
    // change in between (the same data version, another day).
    await elsewhere.insert(registerVersions).values({ registerId: reg.id, organisationId: org.id, version: 1, notice: { ...base.notice, fi: { ...base.notice.fi, name: "Huomisen nimi" } }, inForceFrom: "2026-12-03" });
    expect(await names(today)).toHaveLength(1);
    expect(await names(tomorrow)).toContain("Huomisen nimi");
    expect(await names(today)).toHaveLength(1);
  });
});

describe("inside a transaction", () => {
  it("a filing sees the staff the same transaction added before it", async () => {
    const { org, reg, first, user } = await makeFilingOrganisation();
    const addresses = await h.db.transaction(async (tx) => {
      const file = async () => (await fileAndReadStaffMail(tx as unknown as Db, user, org.id, reg.id)).map((m) => m.toAddress).sort();
      const before = await file();
      const second = await makeStaff(tx as unknown as Db, org.id);
      return { before, after: await file(), second: second.email };
    });
    expect(addresses.before).toEqual([first.email]);
    expect(addresses.after).toEqual([first.email, addresses.second].sort());
  });
});
