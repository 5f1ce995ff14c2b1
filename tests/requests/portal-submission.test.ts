/**
 * Every request type filed through the portal path (the server action minus the session): a valid
 * form lands with its audit event and the emails, read back from a real SMTP server; an invalid one
 * returns field errors and stores and sends nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, emailOutbox, identityVerifications, requestRecords, requests } from "@/lib/db/schema";
import { processOutbox } from "@/lib/mail/queries";
import { submitMyRequest } from "@/lib/requests/queries-subject";
import { makeOrg, makePerson, makeStaff, makeUser } from "./fixtures";

let h: DbHandle;
let smtp: SmtpBox;
let s: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const { org, reg, reg2 } = await makeOrg(h.db);
  const staff = await makeStaff(h.db, org.id, "en");
  const user = await makeUser(h.db, { locale: "sv" });
  const { person, consents } = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, userId: user.id, email: user.email, consents: ["photos", "newsletter"], notes: 2 });
  await h.db.insert(identityVerifications).values({ userId: user.id, organisationId: org.id, level: 2, method: "email_match" });
  return { org, reg, reg2, staff, user, person, consents };
}

beforeAll(async () => {
  // One account files every request type here, more than the filing limit allows in an hour; the
  // limits themselves are tested in tests/rate-limit/filing-limits.test.ts.
  process.env.OMATIETO_FILING_LIMITS = "100,100,1000";
  h = await createTestDb();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  s = await setup();
});
afterAll(async () => {
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
  delete process.env.OMATIETO_FILING_LIMITS;
});

const counts = async () => {
  const [r] = await h.db.select({ n: sql<number>`count(*)::int` }).from(requests);
  const [m] = await h.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
  const [a] = await h.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  return { requests: Number(r.n), emails: Number(m.n), audit: Number(a.n) };
};

const valid = () => ({
  access: { type: "access", organisationId: s.org.id, registerIds: [s.reg.id, s.reg2.id], formats: ["pdf", "json"], note: "Erityisesti vuoden 2025 kirjaukset" },
  rectification: {
    type: "rectification",
    organisationId: s.org.id,
    items: [
      { personId: s.person.id, field: "phone", correctValue: "040 0000009", statement: "" },
      { personId: s.person.id, field: "caseNotes", correctValue: "", statement: "Kirjaus 3.2. on puutteellinen: kävin myös ryhmässä." },
    ],
  },
  erasure: { type: "erasure", organisationId: s.org.id, scope: "categories", categories: ["contact", "case_notes"], ground: "no_longer_necessary", explanation: "" },
  restriction: { type: "restriction", organisationId: s.org.id, ground: "a", explanation: "Puhelinnumeroni on väärä.", registerIds: [s.reg.id] },
  objection: { type: "objection", organisationId: s.org.id, kind: "legitimate_interest", personalSituation: "Asun turvakodissa enkä halua osoitettani käsiteltävän.", registerIds: [s.reg.id] },
  consent_withdrawal: { type: "consent_withdrawal", organisationId: s.org.id, consentIds: [s.consents[1].id] },
  portability: { type: "portability", organisationId: s.org.id, registerIds: [s.reg.id], formats: ["json", "csv"] },
});

const invalid = () => ({
  access: [{ type: "access", organisationId: s.org.id, registerIds: [], formats: [] }, ["registerIds", "formats"]],
  rectification: [{ type: "rectification", organisationId: s.org.id, items: [{ personId: s.person.id, field: "phone", correctValue: "" }] }, ["items.0.correctValue"]],
  erasure: [{ type: "erasure", organisationId: s.org.id, scope: "categories", categories: [], ground: null }, ["categories", "ground"]],
  restriction: [{ type: "restriction", organisationId: s.org.id, ground: "e", explanation: " ", registerIds: [s.reg.id] }, ["ground", "explanation"]],
  objection: [{ type: "objection", organisationId: s.org.id, kind: "legitimate_interest", personalSituation: "", registerIds: [s.reg.id] }, ["personalSituation"]],
  consent_withdrawal: [{ type: "consent_withdrawal", organisationId: s.org.id, consentIds: [] }, ["consentIds"]],
  portability: [{ type: "portability", organisationId: s.org.id, registerIds: [s.reg.id], formats: ["pdf"] }, ["formats.0"]],
});

const TYPES = ["access", "rectification", "erasure", "restriction", "objection", "consent_withdrawal", "portability"] as const;

describe.each(TYPES)("%s", (type) => {
  it("a valid form lands with its audit event and emails to the subject and the handler", async () => {
    const res = await submitMyRequest(h.db, s.user, { ...valid()[type], confirmDuplicate: true }, "sv");
    expect(res.ok).toBe(true);
    if (!res.ok || res.data.kind !== "filed") throw new Error("not filed");
    const [row] = await h.db.select().from(requests).where(eq(requests.id, res.data.id));
    expect(row).toMatchObject({ type, channel: "portal", locale: "sv", userId: s.user.id, status: "new" });
    expect(row.details.type).toBe(type);
    const recs = await h.db.select().from(requestRecords).where(eq(requestRecords.requestId, row.id));
    expect(recs.map((r) => r.personId)).toEqual([s.person.id]);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.requestId, row.id));
    expect(audit[0]).toMatchObject({ action: "request_filed", actorId: s.user.id, actorRole: "subject" });

    await processOutbox(h.db, { limit: 50 });
    const mine = await smtp.waitFor((m) => toAddress(m) === s.user.email && (m.subject ?? "").includes(row.reference));
    expect(mine.subject).toContain("Din begäran har tagits emot");
    expect(mine.text).toContain(`/my/requests/${row.id}`);
    const staffMail = await smtp.waitFor((m) => toAddress(m) === s.staff.email && (m.subject ?? "").includes(row.reference));
    expect(staffMail.subject).toContain("New data protection request");
    // Emails carry no content of the request (PRODUCT.md §7).
    for (const m of [mine, staffMail]) expect(m.text).not.toMatch(/turvakodissa|040 0000009|puutteellinen/);
    if (type === "rectification" && row.details.type === "rectification") {
      expect(row.details.items[0]).toMatchObject({ field: "phone", currentValue: "040 0000002", correctValue: "040 0000009" });
    }
    if (type === "consent_withdrawal") expect(res.data.consentsWithdrawn).toBe(1);
  });

  it("an invalid form returns field errors and stores and sends nothing", async () => {
    const [values, fields] = invalid()[type] as [Record<string, unknown>, string[]];
    const before = await counts();
    const res = await submitMyRequest(h.db, s.user, values, "fi");
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("invalid_input");
    expect(Object.keys(res.fieldErrors ?? {})).toEqual(expect.arrayContaining(fields));
    expect(await counts()).toEqual(before);
  });
});

describe("portal submission rules", () => {
  it("points out an open duplicate of the same type before filing, and files on confirmation", async () => {
    const values = valid().portability;
    const before = await counts();
    const dup = await submitMyRequest(h.db, s.user, values, "fi");
    expect(dup).toMatchObject({ ok: true, data: { kind: "duplicate" } });
    expect(await counts()).toEqual(before);
    const filed = await submitMyRequest(h.db, s.user, { ...values, confirmDuplicate: true }, "fi");
    expect(filed).toMatchObject({ ok: true, data: { kind: "filed" } });
  });

  it("sets the direct-marketing ban at once and says so in the result", async () => {
    const res = await submitMyRequest(h.db, s.user, { type: "objection", organisationId: s.org.id, kind: "direct_marketing", registerIds: [s.reg.id], confirmDuplicate: true }, "fi");
    expect(res).toMatchObject({ ok: true, data: { kind: "filed", bansSet: 1 } });
  });

  it("refuses ids from another organisation or person as field errors, storing nothing", async () => {
    const other = await setup();
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...valid().access, registerIds: [other.reg.id], confirmDuplicate: true }, "registerIds"],
      [{ type: "consent_withdrawal", organisationId: s.org.id, consentIds: [other.consents[0].id], confirmDuplicate: true }, "consentIds"],
      [{ type: "rectification", organisationId: s.org.id, items: [{ personId: other.person.id, field: "phone", correctValue: "1" }], confirmDuplicate: true }, "personIds"],
      [{ type: "erasure", organisationId: s.org.id, scope: "categories", categories: ["no_such_category"], ground: "unlawful", confirmDuplicate: true }, "categories"],
    ];
    for (const [values, field] of cases) {
      const res = await submitMyRequest(h.db, s.user, values, "fi");
      expect(res.ok).toBe(false);
      if (!res.ok) expect(Object.keys(res.fieldErrors ?? {})).toContain(field);
    }
    expect(await counts()).toEqual(before);
    const pending = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.organisationId, other.org.id)));
    expect(pending).toHaveLength(0);
  });
});
