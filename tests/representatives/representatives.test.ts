/**
 * Issue 10 item 7: a guardian files an access request for a child with a document. The request waits
 * for staff to confirm the authority (audited; the filer's own identity level does not release it);
 * the report then goes to the guardian with the child's data under the child's own name. The document
 * is encrypted at rest and readable (audited) only by staff of the organisation. Refusal needs reasons
 * and tells the representative.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, authorityDocuments, emailOutbox, messages, organisations, requestRecords, requests } from "@/lib/db/schema";
import { fileAsRepresentative, findRepresentedCandidates, readAuthorityDocument } from "@/lib/representatives/queries";
import { decideAuthority } from "@/lib/representatives/decision-queries";
import { recordIdentityVerification } from "@/lib/identity/queries";
import { finishTasks } from "../support/tasks";
import { createReport, getReportForDownload, releaseReport, resolveReportPath } from "@/lib/reports/queries";
import { createOrg, createPerson, createUser, settings, type Org } from "../workflow/fixtures";
import { removeReportFiles } from "../reports/helpers";
import { pruneClosedRequests } from "@/lib/jobs/retention";

let h: DbHandle;
let a: Org;
let b: Org;
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "RPA");
  b = await createOrg(h.db, "RPB");
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n% huoltopäätös\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const values = (over: Partial<Parameters<typeof fileAsRepresentative>[2]> = {}) => ({
  organisationId: a.id,
  role: "guardian" as const,
  representedName: "Eetu Lapsi",
  representedBirthDate: "2015-06-01",
  representedIdentityCode: undefined,
  registerIds: [a.registerId],
  formats: ["json" as const],
  note: undefined,
  ...over,
});

async function fileForChild(org = a) {
  const guardian = await createUser(h.db, "subject");
  const child = await createPerson(h.db, org, { firstName: "Eetu", lastName: "Lapsi", birthDate: "2015-06-01", birthYear: 2015, email: null });
  const r = await fileAsRepresentative(h.db, guardian, values({ organisationId: org.id, registerIds: [org.registerId] }), { bytes: PDF, type: "application/pdf" }, "fi");
  return { guardian, child, r };
}

describe("filing for someone else", () => {
  it("holds the request for the authority check, with the document encrypted at rest", async () => {
    const { guardian, r } = await fileForChild();
    expect(r).toMatchObject({ status: "awaiting_verification", authorityStatus: "pending", subjectName: "Eetu Lapsi", representativeRole: "guardian", userId: guardian.id, representedBirthDate: "2015-06-01" });
    expect(await h.db.select().from(requestRecords).where(eq(requestRecords.requestId, r.id))).toHaveLength(0);
    const [doc] = await h.db.select().from(authorityDocuments).where(eq(authorityDocuments.requestId, r.id));
    expect(doc).toMatchObject({ mimeType: "application/pdf", sizeBytes: PDF.byteLength, organisationId: a.id });
    expect(doc.contentEnc).not.toContain("huoltop");
    expect(Buffer.from(doc.contentEnc.split(".")[3] ?? "", "base64url").toString("utf8")).not.toContain("PDF");
    const [filed] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "request_filed")));
    expect(filed.payload).toMatchObject({ representative: true, authority: "pending" });
  });

  it("is not released by the filer's own identity level, nor given the filer's records", async () => {
    const { guardian, r } = await fileForChild();
    const own = await createPerson(h.db, a, { userId: guardian.id });
    await h.db.transaction((tx) => recordIdentityVerification(tx, { userId: guardian.id, organisationId: a.id, level: 3, method: "in_person", actor: { id: a.staff.id, role: "staff" } }));
    const [after] = await h.db.select().from(requests).where(eq(requests.id, r.id));
    expect(after.status).toBe("awaiting_verification");
    const links = await h.db.select().from(requestRecords).where(eq(requestRecords.requestId, r.id));
    expect(links.map((l) => l.personId)).not.toContain(own.id);
  });

  it("lets staff of the organisation read the document (audited); another organisation's staff get not found", async () => {
    const { r } = await fileForChild();
    const [doc] = await h.db.select().from(authorityDocuments).where(eq(authorityDocuments.requestId, r.id));
    const read = await readAuthorityDocument(h.db, a.staff, { requestId: r.id, documentId: doc.id });
    expect(Buffer.compare(read.bytes, Buffer.from(PDF))).toBe(0);
    expect(read.mimeType).toBe("application/pdf");
    await expect(readAuthorityDocument(h.db, b.admin, { requestId: r.id, documentId: doc.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(readAuthorityDocument(h.db, a.staff, { requestId: crypto.randomUUID(), documentId: doc.id })).rejects.toMatchObject({ code: "not_found" });
    const reads = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "authority.document_read")));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: a.staff.id, organisationId: a.id });
  });

  it("staff confirm the authority: audited, the child's record linked, the guardian told; the report goes to the guardian under the child's name", async () => {
    const { guardian, child, r } = await fileForChild();
    const candidates = await findRepresentedCandidates(h.db, r);
    expect(candidates.map((c) => c.id)).toContain(child.id);
    await expect(decideAuthority(h.db, b.staff, { requestId: r.id, decision: "confirm", personId: child.id })).rejects.toMatchObject({ code: "not_found" });
    await decideAuthority(h.db, a.staff, { requestId: r.id, decision: "confirm", personId: child.id });
    const [after] = await h.db.select().from(requests).where(eq(requests.id, r.id));
    expect(after).toMatchObject({ status: "new", authorityStatus: "confirmed" });
    expect(after.powerOfAttorneyCheckedAt).not.toBeNull();
    expect((await h.db.select().from(requestRecords).where(eq(requestRecords.requestId, r.id))).map((l) => l.personId)).toEqual([child.id]);
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "authority.confirmed")));
    expect(ev).toMatchObject({ actorId: a.staff.id, personId: child.id });
    const msgs = await h.db.select().from(messages).where(eq(messages.requestId, r.id));
    expect(msgs[0].body).toContain("Eetu Lapsi");
    const mails = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.requestId, r.id), eq(emailOutbox.toAddress, guardian.email)));
    expect(mails.map((m) => m.template)).toEqual(expect.arrayContaining(["request_received", "message_received"]));
    await expect(decideAuthority(h.db, a.staff, { requestId: r.id, decision: "confirm" })).rejects.toMatchObject({ code: "conflict" });

    const staff = { id: a.staff.id, role: "staff" as const, organisationIds: [a.id] };
    await finishTasks(h.db, a.staff, r.id);
    const report = await createReport(h.db, { requestId: r.id, format: "json", actor: staff });
    await releaseReport(h.db, { reportId: report.id, actor: staff });
    const got = await getReportForDownload(h.db, { reportId: report.id, userId: guardian.id });
    expect(got.status).toBe("ok");
    const json = JSON.parse(fs.readFileSync(resolveReportPath(report.storagePath!), "utf8"));
    expect(json.subject.name).toBe("Eetu Lapsi");
    expect(json.subject.requestedBy).toEqual({ name: guardian.name, role: "Alaikäisen huoltaja" });
    const records = json.registers.flatMap((reg: { records: Array<{ id?: string }> }) => reg.records);
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records)).toContain("2015-06-01");
    const stranger = await createUser(h.db, "subject");
    expect((await getReportForDownload(h.db, { reportId: report.id, userId: stranger.id })).status).toBe("not_found");
  });

  it("restarts the month at confirmation when the organisation starts the clock at verification", async () => {
    await h.db.update(organisations).set({ settings: { ...settings(), clockStart: "verification" } }).where(eq(organisations.id, b.id));
    const { r } = await fileForChild(b);
    const at = new Date("2099-03-05T10:00:00Z");
    await decideAuthority(h.db, b.staff, { requestId: r.id, decision: "confirm" }, { now: at });
    const [after] = await h.db.select().from(requests).where(eq(requests.id, r.id));
    expect(after).toMatchObject({ receivedOn: "2099-03-05", status: "new" });
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "authority.confirmed")));
    expect(ev.payload).toMatchObject({ clockRestarted: true, recordLinked: false });
  });

  it("refusal needs reasons, closes the request and tells the representative with them", async () => {
    const { guardian, r } = await fileForChild();
    await expect(decideAuthority(h.db, a.staff, { requestId: r.id, decision: "refuse", reason: "lyhyt" })).rejects.toMatchObject({ code: "invalid_input" });
    await decideAuthority(h.db, a.staff, { requestId: r.id, decision: "refuse", reason: "Asiakirjasta ei käy ilmi huoltajuus." });
    const [after] = await h.db.select().from(requests).where(eq(requests.id, r.id));
    expect(after).toMatchObject({ status: "rejected", authorityStatus: "refused", rejectionGround: "authority_not_shown" });
    const [mail] = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.requestId, r.id), eq(emailOutbox.template, "rejected")));
    expect(mail.toAddress).toBe(guardian.email);
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "authority.refused")));
    expect(ev.sealed).toBeTruthy();
    expect(JSON.stringify(ev.payload)).not.toContain("huoltajuus");
  });

  it("pruning a closed request years later deletes the document and the represented person's details", async () => {
    const { r } = await fileForChild();
    await decideAuthority(h.db, a.staff, { requestId: r.id, decision: "refuse", reason: "Valtakirja ei koske tätä henkilöä." });
    await pruneClosedRequests(h.db, "2099-01-01");
    expect(await h.db.select().from(authorityDocuments).where(eq(authorityDocuments.requestId, r.id))).toHaveLength(0);
    const [after] = await h.db.select().from(requests).where(eq(requests.id, r.id));
    expect(after).toMatchObject({ subjectName: "-", representativeName: null, representedBirthDate: null, representedIdentityLookup: null });
  });
});
