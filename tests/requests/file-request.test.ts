import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, consents, emailOutbox, personRecords, requestRecords, requests } from "@/lib/db/schema";
import { processOutbox } from "@/lib/mail/queries";
import { verifyAuditChains } from "@/lib/audit/queries";
import { fileRequest, findOpenDuplicate, getIdentityLevel, RequestInputError, type FileRequestInput } from "@/lib/requests/queries";
import { identityVerifications } from "@/lib/db/schema";
import { makeOrg, makePerson, makeStaff, makeUser } from "./fixtures";

let h: DbHandle;
let smtp: SmtpBox;
beforeAll(async () => {
  h = await createTestDb();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
});

async function setup(settings = {}) {
  const { org, reg, reg2 } = await makeOrg(h.db, { settings });
  const staff = await makeStaff(h.db, org.id, "sv");
  const user = await makeUser(h.db);
  const { person, consents: cs } = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, userId: user.id, email: user.email, consents: ["photos", "newsletter"] });
  await h.db.insert(identityVerifications).values({ userId: user.id, organisationId: org.id, level: 2, method: "email_match" });
  const base = (over: Partial<FileRequestInput>): FileRequestInput => ({
    organisationId: org.id,
    userId: user.id,
    type: "access",
    details: { type: "access", registerIds: [reg.id], formats: ["pdf"] },
    channel: "portal",
    receivedAt: new Date("2026-03-04T23:30:00Z"),
    locale: "fi",
    subjectName: "Aino Virtanen",
    subjectEmail: user.email,
    personIds: [person.id],
    actor: { id: user.id, role: "subject" },
    ...over,
  });
  return { org, reg, reg2, staff, user, person, consents: cs, base };
}

describe("fileRequest", () => {
  it("stores the request with Helsinki receipt day, due date, target, reference, records, audit and both emails", async () => {
    const s = await setup();
    const r = await fileRequest(h.db, s.base({}));
    expect(r.status).toBe("new");
    expect(r.receivedOn).toBe("2026-03-05");
    expect(r.dueOn).toBe("2026-04-07");
    expect(r.baseDueOn).toBe("2026-04-05");
    expect(r.targetOn).toBe("2026-03-26");
    expect(r.reference).toBe(`${s.org.referencePrefix}-2026-0001`);
    const recs = await h.db.select().from(requestRecords).where(eq(requestRecords.requestId, r.id));
    expect(recs.map((x) => x.personId)).toEqual([s.person.id]);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.requestId, r.id));
    expect(audit.map((a) => a.action)).toEqual(["request_filed"]);
    expect(JSON.stringify(audit[0].payload)).not.toContain("Aino");

    await processOutbox(h.db, { limit: 100 });
    const mine = await smtp.waitFor((m) => toAddress(m) === s.user.email);
    expect(mine.subject).toContain(r.reference);
    expect(mine.text).toContain("7.4.2026");
    const staffMail = await smtp.waitFor((m) => toAddress(m) === s.staff.email);
    expect(staffMail.subject).toContain("Ny dataskyddsbegäran");
    expect(staffMail.text).not.toContain("Aino");
  });

  it("numbers references per organisation and year without gaps, also under concurrency", async () => {
    const s = await setup();
    const filed = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        fileRequest(h.db, s.base({ type: "objection", details: { type: "objection", kind: "legitimate_interest", personalSituation: `Tilanne numero ${i} on tämä`, registerIds: [s.reg.id] } })),
      ),
    );
    const seqs = filed.map((r) => Number(r.reference.split("-").pop())).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
  });

  it("holds a request below the required level in awaiting_verification", async () => {
    const s = await setup({ identityLevels: { objection: 1, consent_withdrawal: 1, access: 3, rectification: 2, restriction: 2, portability: 2, erasure: 2 } });
    expect(await getIdentityLevel(h.db, s.user.id, s.org.id)).toBe(2);
    const r = await fileRequest(h.db, s.base({}));
    expect(r.status).toBe("awaiting_verification");
    expect(r.requiredLevel).toBe(3);
  });

  it("sets the marketing ban at once on an objection to direct marketing, audited", async () => {
    const s = await setup();
    const r = await fileRequest(h.db, s.base({ type: "objection", details: { type: "objection", kind: "direct_marketing", registerIds: [s.reg.id] } }));
    expect(r.immediate.bansSet).toEqual([{ personId: s.person.id, ban: "direct_marketing" }]);
    const [p] = await h.db.select().from(personRecords).where(eq(personRecords.id, s.person.id));
    expect(p.directMarketingBan).toBe(true);
    const audit = await h.db.select().from(auditEvents).where(eq(auditEvents.requestId, r.id));
    expect(audit.map((a) => a.action)).toEqual(["request_filed", "ban_set"]);
  });

  it("withdraws the chosen consents at once (Art. 7(3))", async () => {
    const s = await setup();
    const r = await fileRequest(h.db, s.base({ type: "consent_withdrawal", details: { type: "consent_withdrawal", consentIds: [s.consents[0].id] } }));
    expect(r.immediate.consentsWithdrawn).toEqual([s.consents[0].id]);
    const rows = await h.db.select().from(consents).where(eq(consents.personId, s.person.id));
    expect(rows.find((c) => c.id === s.consents[0].id)?.withdrawnAt).toBeTruthy();
    expect(rows.find((c) => c.id === s.consents[1].id)?.withdrawnAt).toBeNull();
  });

  it("refuses records, registers and consents that are not the subject's, storing nothing", async () => {
    const s = await setup();
    const other = await setup();
    const before = (await h.db.select().from(requests)).length;
    await expect(fileRequest(h.db, s.base({ personIds: [other.person.id] }))).rejects.toBeInstanceOf(RequestInputError);
    await expect(fileRequest(h.db, s.base({ details: { type: "access", registerIds: [other.reg.id], formats: ["pdf"] } }))).rejects.toBeInstanceOf(RequestInputError);
    await expect(
      fileRequest(h.db, s.base({ type: "consent_withdrawal", details: { type: "consent_withdrawal", consentIds: [other.consents[0].id] } })),
    ).rejects.toBeInstanceOf(RequestInputError);
    await expect(fileRequest(h.db, s.base({ actor: { id: other.user.id, role: "subject" } }))).rejects.toMatchObject({ code: "forbidden" });
    expect((await h.db.select().from(requests)).length).toBe(before);
    const pending = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.organisationId, s.org.id), eq(emailOutbox.status, "pending")));
    expect(pending).toHaveLength(0);
  });

  it("lets staff file on behalf (letter with the real receipt date) only in their organisation", async () => {
    const s = await setup();
    const other = await setup();
    const letter = s.base({ userId: null, channel: "letter", receivedAt: new Date("2026-01-31T10:00:00Z"), subjectEmail: null, actor: { id: s.staff.id, role: "staff" }, representative: { name: "Huoltaja", role: "guardian" } });
    const r = await fileRequest(h.db, letter);
    expect(r).toMatchObject({ status: "new", channel: "letter", receivedOn: "2026-01-31", dueOn: "2026-03-02", representativeRole: "guardian" });
    await expect(fileRequest(h.db, { ...letter, actor: { id: other.staff.id, role: "staff" } })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("finds an open duplicate of the same type and organisation only", async () => {
    const s = await setup();
    expect(await findOpenDuplicate(h.db, { userId: s.user.id, organisationId: s.org.id, type: "access" })).toBeNull();
    const r = await fileRequest(h.db, s.base({}));
    expect((await findOpenDuplicate(h.db, { userId: s.user.id, organisationId: s.org.id, type: "access" }))?.id).toBe(r.id);
    expect(await findOpenDuplicate(h.db, { userId: s.user.id, organisationId: s.org.id, type: "erasure" })).toBeNull();
    await h.db.update(requests).set({ status: "completed" }).where(eq(requests.id, r.id));
    expect(await findOpenDuplicate(h.db, { userId: s.user.id, organisationId: s.org.id, type: "access" })).toBeNull();
  });

  it("keeps every audit chain intact", async () => {
    const reports = await verifyAuditChains(h.db);
    expect(reports.every((r) => !r.firstBroken)).toBe(true);
  });
});
