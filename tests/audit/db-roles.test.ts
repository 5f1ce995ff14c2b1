import { chainOf } from "@/lib/audit/chain";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { withDatabase } from "../support/db";
import { openPostgres, prepareSchema, setDbForProcess, type DbHandle } from "@/lib/db/client";
import { checkDatabaseRoles } from "@/lib/db/role-check";
import { identityVerifications } from "@/lib/db/schema";
import { fileRequest } from "@/lib/requests/queries";
import { verifyAuditChains } from "@/lib/audit/queries";
import { makeOrg, makePerson, makeUser } from "../requests/fixtures";

// Issue 9, finding 14 (the database side): the app connects as a role that owns nothing, migrations
// run as the owner. PostgreSQL only: PGlite has a single role. CI's PostgreSQL run must run this file.
const base = process.env.DATABASE_URL;
const suffix = crypto.randomBytes(5).toString("hex");
const dbName = `omatieto_roles_${suffix}`;
const ownerRole = `omatieto_own_${suffix}`;
const appRole = `omatieto_app_${suffix}`;
const password = crypto.randomBytes(12).toString("hex");
const urlAs = (role: string) => {
  const u = new URL(withDatabase(base!, dbName));
  u.username = role;
  u.password = password;
  return u.toString();
};

let admin: DbHandle;
let app: DbHandle;
let owner: DbHandle;

describe.skipIf(!base)("two PostgreSQL roles (owner migrates, the app owns nothing)", () => {
  beforeAll(async () => {
    admin = await openPostgres(base!, 1);
    await admin.db.execute(sql.raw(`create role ${ownerRole} login password '${password}'`));
    await admin.db.execute(sql.raw(`create role ${appRole} login password '${password}'`));
    await admin.db.execute(sql.raw(`create database ${dbName} owner ${ownerRole}`));
    app = await openPostgres(urlAs(appRole), 3);
    owner = await openPostgres(urlAs(ownerRole), 1);
    // The app's start: the owner's connection migrates and grants the app's own role.
    await prepareSchema(app, urlAs(ownerRole));
  });

  afterAll(async () => {
    setDbForProcess(undefined);
    await app?.close();
    await owner?.close();
    if (!admin) return;
    await admin.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
    await admin.db.execute(sql.raw(`drop role if exists ${appRole}`));
    await admin.db.execute(sql.raw(`drop role if exists ${ownerRole}`));
    await admin.close();
  });

  const refusal = (q: Promise<unknown>) =>
    q.then(() => "accepted", (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message ?? ""}`);

  it("lets the app role file a request with its audit event and anchored head", async () => {
    const { org, reg } = await makeOrg(app.db);
    const user = await makeUser(app.db);
    const { person } = await makePerson(app.db, { organisationId: org.id, registerId: reg.id, userId: user.id, email: user.email });
    await app.db.insert(identityVerifications).values({ userId: user.id, organisationId: org.id, level: 2, method: "email_match" });
    const r = await fileRequest(app.db, {
      organisationId: org.id, userId: user.id, type: "access",
      details: { type: "access", registerIds: [reg.id], formats: ["pdf"] },
      channel: "portal", receivedAt: new Date(), locale: "fi", subjectName: "Aino Virtanen", subjectEmail: user.email,
      personIds: [person.id], actor: { id: user.id, role: "subject" },
    });
    expect(r.status).toBe("new");
    // A request's events are in its organisation's chain for that request (lib/audit/chain.ts chainOf).
    const report = (await verifyAuditChains(app.db)).find((x) => x.chain === chainOf(org.id, r.id));
    expect(report).toMatchObject({ status: "intact" });
    expect(report!.events).toBeGreaterThan(0);
  });

  it("refuses the app role UPDATE, DELETE, TRUNCATE, DISABLE TRIGGER and DROP on the audit trail", async () => {
    expect(await refusal(app.db.execute(sql`update audit_events set action = 'x'`))).toMatch(/permission denied/);
    expect(await refusal(app.db.execute(sql`delete from audit_events`))).toMatch(/permission denied/);
    expect(await refusal(app.db.execute(sql`truncate audit_events`))).toMatch(/permission denied/);
    expect(await refusal(app.db.execute(sql`delete from audit_chain_heads`))).toMatch(/permission denied/);
    expect(await refusal(app.db.execute(sql`alter table audit_events disable trigger user`))).toMatch(/must be owner|permission denied/);
    expect(await refusal(app.db.execute(sql`drop table audit_events`))).toMatch(/must be owner|permission denied/);
    expect(await refusal(app.db.execute(sql`drop table audit_chain_heads`))).toMatch(/must be owner|permission denied/);
    const n = await app.db.execute(sql`select count(*)::int as n from audit_events`);
    expect((n as unknown as { n: number }[])[0].n).toBeGreaterThan(0);
  });

  it("starts without a migration URL when the owner migrated separately, and refuses a stale schema", async () => {
    await expect(prepareSchema(app, "")).resolves.toBeUndefined();
    const [last] = (await owner.db.execute(
      sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations) returning hash, created_at`,
    )) as unknown as { hash: string; created_at: string }[];
    await expect(prepareSchema(app, "")).rejects.toThrow(/schema is behind/);
    await owner.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${last.hash}, ${last.created_at})`);
    await expect(prepareSchema(app, "")).resolves.toBeUndefined();
  });

  it("the production boot check refuses an owner connection and accepts the app role", async () => {
    const demo = process.env.OMATIETO_DEMO;
    delete process.env.OMATIETO_DEMO;
    try {
      setDbForProcess(owner);
      await expect(checkDatabaseRoles()).rejects.toThrow(/owner of the tables/);
      setDbForProcess(admin); // a superuser is refused as well
      await expect(checkDatabaseRoles()).rejects.toThrow(/owner of the tables/);
      setDbForProcess(app);
      await expect(checkDatabaseRoles()).resolves.toBeUndefined();
      process.env.OMATIETO_DEMO = "1";
      setDbForProcess(owner);
      await expect(checkDatabaseRoles()).resolves.toBeUndefined();
    } finally {
      if (demo === undefined) delete process.env.OMATIETO_DEMO;
      else process.env.OMATIETO_DEMO = demo;
      setDbForProcess(undefined);
    }
  });
});
