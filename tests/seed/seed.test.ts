import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { rowsOf, type DbHandle } from "@/lib/db/client";
import { seedDatabase, seedIfEmpty } from "@/lib/seed/seed";
import { openText } from "@/lib/crypto";
import { verifyAuditChains } from "@/lib/audit/queries";
import { seedPersons } from "@/lib/seed/data/persons";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { requestStatusValues, requestTypeValues } from "@/lib/db/schema";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

const TABLES = ["organisations", "registers", "processors", "users", "memberships", "person_records", "consents", "case_notes", "event_registrations", "media_entries", "contact_events", "feedback", "requests", "messages", "tasks", "audit_events", "identity_verifications"];

async function counts() {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number(rowsOf<{ n: number }>(await h.db.execute(sql.raw(`select count(*)::int as n from ${t}`)))[0].n);
  return out;
}

describe("demo data", () => {
  it("seeds an empty database once and is idempotent", async () => {
    expect(await seedIfEmpty(h.db)).toBe(true);
    const first = await counts();
    expect(first.organisations).toBe(2);
    expect(first.person_records).toBeGreaterThanOrEqual(28);
    for (const t of TABLES) expect(first[t], t).toBeGreaterThan(0);
    await seedDatabase(h.db);
    expect(await seedIfEmpty(h.db)).toBe(false);
    expect(await counts()).toEqual(first);
  });

  it("gives each demo staff account its role in its own organisation, on the membership (issue 9)", async () => {
    const rows = rowsOf<{ email: string; kind: string; slug: string; role: string; active: boolean }>(
      await h.db.execute(sql`select u.email, u.role::text as kind, o.slug, m.role::text as role, (m.accepted_at is not null and m.disabled_at is null) as active
        from memberships m join users u on u.id = m.user_id join organisations o on o.id = m.organisation_id order by u.email`),
    );
    const expected = seedOrganisations.flatMap((o) => o.staff.map((s) => ({ email: s.email, kind: "staff", slug: o.slug, role: s.role, active: true })));
    expect(rows).toEqual(expected.sort((a, b) => a.email.localeCompare(b.email)));
  });

  it("has requests in every status and of every type", async () => {
    const rows = rowsOf<{ type: string; status: string }>(await h.db.execute(sql`select distinct type::text, status::text from requests`));
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(requestTypeValues));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(requestStatusValues));
  });

  it("stores identity codes encrypted (AES-256-GCM): the raw column never holds the code", async () => {
    const withCode = seedPersons.filter((p) => p.identityCode);
    expect(withCode.length).toBeGreaterThan(0);
    const rows = rowsOf<{ first_name: string; identity_code_enc: string }>(
      await h.db.execute(sql`select first_name, identity_code_enc from person_records where identity_code_enc is not null`),
    );
    expect(rows).toHaveLength(withCode.length);
    const all = JSON.stringify(rowsOf(await h.db.execute(sql`select * from person_records`)));
    for (const p of withCode) expect(all).not.toContain(p.identityCode!);
    const clear = rows.map((r) => openText(r.identity_code_enc)).sort();
    expect(clear).toEqual(withCode.map((p) => p.identityCode!).sort());
  });

  it("leaves an intact audit chain per organisation", async () => {
    for (const r of await verifyAuditChains(h.db)) expect(r.firstBroken, r.chain).toBeUndefined();
  });
});
