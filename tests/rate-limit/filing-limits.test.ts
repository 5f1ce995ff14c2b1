/**
 * Issue 9, finding 6: one free account must not flood an organisation's queue with requests that
 * carry legal deadlines. The portal path (submitMyRequest, which the form's server action and
 * POST /api/v1/requests both reach through fileMyRequest) on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, emailOutbox, identityVerifications, requests } from "@/lib/db/schema";
import { fileRequest } from "@/lib/requests/queries";
import { fileMyRequest, submitMyRequest } from "@/lib/requests/queries-subject";
import { hitFilingLimits } from "@/lib/rate-limit/queries";
import { filingPolicies } from "@/lib/rate-limit/policies";
import { makeOrg, makePerson, makeStaff, makeUser } from "../requests/fixtures";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const MIN = 60_000;
const limits = filingPolicies({});

async function subjectWithRecord() {
  const { org, reg } = await makeOrg(h.db);
  await makeStaff(h.db, org.id);
  const user = await makeUser(h.db);
  await makePerson(h.db, { organisationId: org.id, registerId: reg.id, userId: user.id, email: user.email });
  await h.db.insert(identityVerifications).values({ userId: user.id, organisationId: org.id, level: 2, method: "email_match" });
  return { org, reg, user };
}

const accessForm = (orgId: string, regId: string) => ({ type: "access", organisationId: orgId, registerIds: [regId], formats: ["pdf"], confirmDuplicate: true });

async function counts(orgId: string) {
  const n = async (q: Promise<Array<{ n: number }>>) => Number((await q)[0].n);
  return {
    requests: await n(h.db.select({ n: sql<number>`count(*)::int` }).from(requests).where(eq(requests.organisationId, orgId))),
    audit: await n(h.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(eq(auditEvents.organisationId, orgId))),
    emails: await n(h.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(eq(emailOutbox.organisationId, orgId))),
  };
}

describe("filing limits", () => {
  it("the defaults are those documented: 5 an hour and 20 a day per account, 200 an hour per organisation", () => {
    expect([limits.account.max, limits.accountDay.max, limits.organisation.max]).toEqual([5, 20, 200]);
    expect(filingPolicies({ OMATIETO_FILING_LIMITS: "7,30,500" }).account.max).toBe(7);
    expect(filingPolicies({ OMATIETO_FILING_LIMITS: "0,x" }).account.max).toBe(5);
  });

  it("refuses an account's filing past the hourly limit with the minutes to wait, storing and sending nothing", async () => {
    const { org, reg, user } = await subjectWithRecord();
    for (let i = 0; i < limits.account.max; i++) {
      expect(await submitMyRequest(h.db, user, accessForm(org.id, reg.id), "fi")).toMatchObject({ ok: true, data: { kind: "filed" } });
    }
    const before = await counts(org.id);
    const refused = await submitMyRequest(h.db, user, accessForm(org.id, reg.id), "fi");
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    expect(!refused.ok && refused.retryAfterMinutes).toBeGreaterThanOrEqual(1);
    expect(!refused.ok && refused.retryAfterMinutes).toBeLessThanOrEqual(60);
    expect(await counts(org.id)).toEqual(before);
    // The same account with another organisation: the limit is per account, across organisations.
    const other = await makeOrg(h.db);
    await makePerson(h.db, { organisationId: other.org.id, registerId: other.reg.id, userId: user.id });
    expect(await submitMyRequest(h.db, user, accessForm(other.org.id, other.reg.id), "fi")).toMatchObject({ ok: false, code: "rate_limited" });
    // Staff intake by letter is not a portal filing and is not limited.
    const staff = await makeStaff(h.db, org.id);
    const letter = await fileRequest(h.db, {
      organisationId: org.id, userId: null, type: "access", details: { type: "access", registerIds: [reg.id], formats: ["pdf"] },
      channel: "letter", receivedAt: new Date(), locale: "fi", subjectName: "Kirjeen lähettäjä", subjectEmail: null, personIds: [], actor: { id: staff.id, role: "staff" },
    });
    expect(letter.reference).toBeTruthy();
  });

  it("counts concurrent filings of one account exactly: a burst stores only the limit", async () => {
    const { org, reg, user } = await subjectWithRecord();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => fileMyRequest(h.db, user, accessForm(org.id, reg.id) as never, "fi")),
    );
    const filed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected" && (r.reason as { code?: string }).code === "rate_limited");
    expect(filed).toHaveLength(limits.account.max);
    expect(refused).toHaveLength(12 - limits.account.max);
    expect((await counts(org.id)).requests).toBe(limits.account.max);
  });

  it("a refused or failed filing does not use up the allowance", async () => {
    const { org, reg, user } = await subjectWithRecord();
    // Invalid records: rolled back with the count.
    for (let i = 0; i < 8; i++) {
      const bad = await submitMyRequest(h.db, user, { ...accessForm(org.id, reg.id), registerIds: [crypto.randomUUID()] }, "fi");
      expect(bad).toMatchObject({ ok: false });
    }
    expect(await submitMyRequest(h.db, user, accessForm(org.id, reg.id), "fi")).toMatchObject({ ok: true, data: { kind: "filed" } });
  });

  it("the daily limit holds across hours", async () => {
    const q = { userId: crypto.randomUUID(), organisationId: crypto.randomUUID() };
    const t0 = Date.now();
    let allowed = 0;
    for (let hour = 0; hour < 23; hour++) {
      for (let i = 0; i < limits.account.max + 1; i++) if ((await hitFilingLimits(h.db, q, new Date(t0 + hour * 61 * MIN))).allowed) allowed++;
    }
    expect(allowed).toBe(limits.accountDay.max);
  });

  it("the organisation's ceiling bounds many accounts together; an account past its own limit cannot use it up", async () => {
    const organisationId = crypto.randomUUID();
    const t0 = new Date();
    // One account hammering: only its own five reach the organisation's counter.
    const noisy = crypto.randomUUID();
    for (let i = 0; i < 50; i++) await hitFilingLimits(h.db, { userId: noisy, organisationId }, t0);
    let allowed = limits.account.max;
    for (let a = 0; allowed < limits.organisation.max; a++) {
      const userId = crypto.randomUUID();
      for (let i = 0; i < limits.account.max; i++) if ((await hitFilingLimits(h.db, { userId, organisationId }, t0)).allowed) allowed++;
    }
    expect(allowed).toBe(limits.organisation.max);
    const late = await hitFilingLimits(h.db, { userId: crypto.randomUUID(), organisationId }, t0);
    expect(late.allowed).toBe(false);
    expect(late.retryAfterSeconds).toBeGreaterThan(59 * 60);
    // Another organisation is not affected.
    expect((await hitFilingLimits(h.db, { userId: crypto.randomUUID(), organisationId: crypto.randomUUID() }, t0)).allowed).toBe(true);
  });
});
