import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { createOrg, createPerson, createRequest, createUser, type Org } from "./fixtures";
import { flat, pdfText, removeReportFiles } from "../reports/helpers";
import { reason } from "../support/refusal";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, emailOutbox, identityClaims, requestFees, requests, tasks } from "@/lib/db/schema";
import { processOutbox } from "@/lib/mail/queries";
import {
  answerFee,
  assignRequest,
  completeNoDataHeld,
  completeRequest,
  decideIdentityClaim,
  decideRectification,
  markTaskDone,
  proposeFee,
} from "@/lib/workflow/queries";
import { finishTasks } from "../support/tasks";
import { createReport, releaseReport, resolveReportPath } from "@/lib/reports/queries";
import { getMyRequest } from "@/lib/requests/queries-subject";
import { subjectNextStep } from "@/lib/requests/next-step";
import { claimDecisionSchema, feeSchema } from "@/lib/workflow/schema";
import { parseEuros } from "@/lib/workflow/outcomes";
import { toHelsinkiDate } from "@/lib/deadlines";

/** Issue 11 §3 (fee), §4 (claim rejection reason, "no data held") and §7 (Art. 19 recipients shown). */
let h: DbHandle;
let smtp: SmtpBox;
let a: Org;
let b: Org;

beforeAll(async () => {
  h = await createTestDb();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  a = await createOrg(h.db, "FEE");
  b = await createOrg(h.db, "FEB");
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
});

const load = async (id: string) => (await h.db.select().from(requests).where(eq(requests.id, id)))[0];
const actions = async (id: string) => (await h.db.select({ a: auditEvents.action, role: auditEvents.actorRole }).from(auditEvents).where(eq(auditEvents.requestId, id))).map((e) => `${e.role}:${e.a}`);

async function mail(requestId: string, template: string): Promise<string> {
  const [row] = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.requestId, requestId), eq(emailOutbox.template, template)));
  expect(row, `${template} queued`).toBeTruthy();
  await processOutbox(h.db, { onlyIds: [row.id] });
  const m = await smtp.waitFor((x) => toAddress(x) === row.toAddress && x.subject === row.subject);
  return flat(m.text ?? "");
}

describe("fee (Art. 12(5), 15(3))", () => {
  it("parses amounts in euros and refuses the rest", () => {
    expect(parseEuros("25,50")).toBe(2550);
    expect(parseEuros("12 €")).toBe(1200);
    expect(parseEuros("-3")).toBeNull();
    expect(parseEuros("1,234")).toBeNull();
    expect(feeSchema.safeParse({ requestId: "x", basis: "further_copy", amount: "abc", reasons: "Hallinnolliset kulut: tulostus ja posti." }).success).toBe(false);
  });

  it("accepted: the subject is told on the page and by email, the request waits without pausing the clock, then handling goes on", async () => {
    const user = await createUser(h.db, "subject");
    const p = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, { userId: user.id, type: "access", personIds: [p.id], status: "in_progress", assigneeId: a.staff.id });
    expect(await reason(proposeFee(h.db, b.staff, { requestId: r.id, basis: "further_copy", amountCents: 2500, reasons: "Kolmas paperikopio samana vuonna: tulostus ja posti." }))).toBe("not_found");
    await proposeFee(h.db, a.staff, { requestId: r.id, basis: "further_copy", amountCents: 2500, reasons: "Kolmas paperikopio samana vuonna: tulostus ja posti." });
    const waiting = await load(r.id);
    expect(waiting.status).toBe("awaiting_subject");
    // LEGAL.md §1: a pause only for identity or specification; a fee is neither.
    expect(waiting.pausedSince).toBeNull();
    expect(waiting.dueOn).toBe(r.dueOn);
    const email = await mail(r.id, "fee_proposed");
    expect(email).toContain("25,00 €");
    expect(email).toContain("Kolmas paperikopio samana vuonna");
    expect(email).toContain(`/my/requests/${r.id}`);
    const page = await getMyRequest(h.db, user.id, r.id);
    expect(page?.fee).toMatchObject({ status: "pending", amountCents: 2500, basis: "further_copy" });
    expect(subjectNextStep({ status: waiting.status, level: 1, required: 1, oidcAvailable: false, latestClaim: null, feePending: true })).toBe("answer_fee");
    // Nothing is fulfilled before the answer.
    expect(await reason(completeRequest(h.db, a.staff, { requestId: r.id }))).toBe("fee_pending");
    const report = await createReport(h.db, { requestId: r.id, format: "pdf", actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } });
    expect(await reason(releaseReport(h.db, { reportId: report.id, actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } }))).toBe("fee_pending");
    // Only the subject of this very request can answer.
    const stranger = await createUser(h.db, "subject");
    await expect(answerFee(h.db, stranger.id, { requestId: r.id, answer: "accept" })).rejects.toMatchObject({ code: "not_found" });
    await answerFee(h.db, user.id, { requestId: r.id, answer: "accept" });
    expect((await load(r.id)).status).toBe("in_progress");
    expect((await h.db.select().from(requestFees).where(eq(requestFees.requestId, r.id)))[0].status).toBe("accepted");
    await finishTasks(h.db, a.staff, r.id);
    await releaseReport(h.db, { reportId: report.id, actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } });
    await completeRequest(h.db, a.staff, { requestId: r.id });
    expect(await actions(r.id)).toEqual(expect.arrayContaining(["staff:fee.proposed", "subject:fee.accepted", "staff:request.completed"]));
  });

  it("declined: the request is closed as refused, with the reasons and the remedies on the page and in the email", async () => {
    const user = await createUser(h.db, "subject");
    const r = await createRequest(h.db, a, { userId: user.id, type: "access", status: "new", locale: "en" });
    await proposeFee(h.db, a.staff, { requestId: r.id, basis: "excessive", amountCents: 4000, reasons: "Fourth identical request this month; staff time to compile it." });
    await answerFee(h.db, user.id, { requestId: r.id, answer: "decline" });
    const closed = await load(r.id);
    expect(closed).toMatchObject({ status: "rejected", rejectionGround: "fee_declined" });
    const page = await getMyRequest(h.db, user.id, r.id);
    expect(page?.outcome).toMatchObject({ overall: "refused", refusedAnything: true, items: [{ kind: "fee_declined", amountCents: 4000 }] });
    const email = await mail(r.id, "rejected");
    for (const s of ["You declined the fee of €40.00", "Fourth identical request this month", "Your right to complain and to go to court", "PO Box 800, 00531 Helsinki", "Art. 79"]) expect(email).toContain(s);
    expect(await actions(r.id)).toEqual(expect.arrayContaining(["staff:fee.proposed", "subject:fee.declined", "subject:request.rejected"]));
    await expect(answerFee(h.db, user.id, { requestId: r.id, answer: "accept" })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("identity claims and the subject's next step", () => {
  it("rejecting a claim needs a reason, which the subject sees with the real next step", async () => {
    expect(claimDecisionSchema.safeParse({ requestId: "r", claimId: "c", decision: "reject" }).success).toBe(false);
    const user = await createUser(h.db, "subject");
    const r = await createRequest(h.db, a, { userId: user.id, status: "awaiting_verification", requiredLevel: 2 });
    const [claim] = await h.db.insert(identityClaims).values({ userId: user.id, organisationId: a.id, fullName: "Aino Virtanen", birthDate: "1990-02-03" }).returning();
    let data = await getMyRequest(h.db, user.id, r.id);
    expect(subjectNextStep({ status: r.status, level: data!.identityLevel, required: 2, oidcAvailable: false, latestClaim: data!.latestClaim, feePending: false })).toBe("claim_pending");
    expect(await reason(decideIdentityClaim(h.db, a.staff, { requestId: r.id, claimId: claim.id, decision: "reject" }))).toBe("claim_reason_required");
    await decideIdentityClaim(h.db, a.staff, { requestId: r.id, claimId: claim.id, decision: "reject", reason: "Syntymäaika ei vastaa tietojamme. Tarkista se." });
    data = await getMyRequest(h.db, user.id, r.id);
    expect(data!.latestClaim).toEqual({ status: "rejected", rejectionReason: "Syntymäaika ei vastaa tietojamme. Tarkista se." });
    expect(subjectNextStep({ status: r.status, level: data!.identityLevel, required: 2, oidcAvailable: false, latestClaim: data!.latestClaim, feePending: false })).toBe("claim_rejected");
    // Other states have their own next steps, never "link your records".
    expect(subjectNextStep({ status: "awaiting_subject", level: 1, required: 2, oidcAvailable: false, latestClaim: data!.latestClaim, feePending: false })).toBe("answer_question");
    expect(subjectNextStep({ status: "in_progress", level: 1, required: 1, oidcAvailable: false, latestClaim: null, feePending: false })).toBeNull();
  });
});

describe("we hold no data about you (Art. 15(1))", () => {
  it("completes an access request with no records inside the deadline: page, email and report say so, register information still given", async () => {
    const user = await createUser(h.db, "subject", undefined, "fi");
    const r = await createRequest(h.db, a, { userId: user.id, type: "access", status: "awaiting_verification", requiredLevel: 2, receivedOn: toHelsinkiDate(new Date()) });
    expect(await reason(completeNoDataHeld(h.db, b.staff, { requestId: r.id }))).toBe("not_found");
    const report = await createReport(h.db, { requestId: r.id, format: "pdf", actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } });
    const pdf = flat(await pdfText(resolveReportPath(report.storagePath!)));
    expect(pdf).toContain("Rekistereissämme ei ole sinusta tietoja");
    expect(pdf).toContain("Asiakasrekisteri");
    await completeNoDataHeld(h.db, a.staff, { requestId: r.id });
    const done = await load(r.id);
    expect(done.status).toBe("completed");
    expect(toHelsinkiDate(done.closedAt!) <= done.dueOn).toBe(true);
    const page = await getMyRequest(h.db, user.id, r.id);
    expect(page?.outcome).toMatchObject({ overall: "no_data", refusedAnything: false });
    expect(page?.registers.map((x) => x.names.fi)).toContain("Asiakasrekisteri");
    const email = await mail(r.id, "completed");
    expect(email).toContain("Meillä ei ole sinusta tietoja");
    expect(email).toContain("tietosuojaseloste");
    expect(await actions(r.id)).toContain("staff:request.no_data_held");
    // With a record linked, the data is the answer.
    const p = await createPerson(h.db, a);
    const other = await createRequest(h.db, a, { userId: user.id, type: "access", personIds: [p.id] });
    expect(await reason(completeNoDataHeld(h.db, a.staff, { requestId: other.id }))).toBe("records_linked");
  });
});

describe("Art. 19: the recipients told are shown to the subject", () => {
  it("lists recipients whose notification task is done, not those skipped or open", async () => {
    const user = await createUser(h.db, "subject");
    const p = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, {
      userId: user.id,
      type: "rectification",
      details: { type: "rectification", items: [{ personId: p.id, field: "lastName", correctValue: "Korhonen" }] },
      personIds: [p.id],
    });
    await assignRequest(h.db, a.staff, { requestId: r.id, assigneeId: a.staff.id });
    const ts = await h.db.select().from(tasks).where(eq(tasks.requestId, r.id));
    expect(ts.map((t) => t.action).sort()).toEqual(["notify_recipient", "rectify_external"]);
    for (const t of ts) await markTaskDone(h.db, a.staff, { requestId: r.id, taskId: t.id });
    await decideRectification(h.db, a.staff, { requestId: r.id, items: [{ decision: "accepted" }] });
    await completeRequest(h.db, a.staff, { requestId: r.id });
    const page = await getMyRequest(h.db, user.id, r.id);
    // The recipient (Viranomainen), not the processor (FloMembers): Art. 19 is about recipients.
    expect(page?.outcome?.recipients).toEqual(["Viranomainen"]);
    const email = await mail(r.id, "completed");
    expect(email).toContain("Vastaanottajat, joille ilmoitettiin");
    expect(email).toContain("Viranomainen");
    expect(email).not.toContain("FloMembers");
  });
});
