import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../support/db";
import { createOrg, createPerson, createRequest, type Org } from "./fixtures";
import type { DbHandle } from "@/lib/db/client";
import type { RequestDetails } from "@/lib/db/types";
import {
  applyRestriction,
  askForInformation,
  assignRequest,
  completeRequest,
  decideObjection,
  decideRectification,
  executeErasure,
  extendRequest,
  forwardRequest,
  rejectRequest,
  reopenRequest,
  resumeRequest,
  withdrawConsents,
} from "@/lib/workflow/queries";
import { createReport } from "@/lib/reports/queries";
import { WorkflowError } from "@/lib/workflow/errors";
import { reason } from "../support/refusal";

// The server side of lib/workflow/action-rules.ts: each action the page no longer offers is refused by
// the query itself with a typed conflict, against the real database.
let h: DbHandle;
let a: Org;
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "ARF");
});
afterAll(async () => {
  await h?.close();
});

const long = "Perustelut, jotka ovat riittävän pitkät tähän tarkoitukseen.";

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkflowError);
    expect((e as WorkflowError).code).toBe("conflict");
    return (e as WorkflowError).reason;
  }
  return "ok";
}

describe("a completed request refuses the actions the page hides", () => {
  it("ask, extend, reject, forward, assign, complete, resume", async () => {
    const r = await createRequest(h.db, a, { status: "completed", closedAt: new Date() });
    const id = { requestId: r.id };
    await expect(refusal(askForInformation(h.db, a.staff, { ...id, reason: "clarification", message: "Kerro lisää.", pauseClock: false }))).resolves.toBe("request_closed");
    await expect(refusal(extendRequest(h.db, a.staff, { ...id, reason: long }))).resolves.toBe("request_closed");
    await expect(refusal(rejectRequest(h.db, a.staff, { ...id, ground: "other", reasons: long }))).resolves.toBe("request_closed");
    await expect(refusal(forwardRequest(h.db, a.staff, { ...id, controller: "Kaupunki", message: "Välitetty." }))).resolves.toBe("request_closed");
    await expect(refusal(assignRequest(h.db, a.staff, { ...id, assigneeId: a.staff.id }))).resolves.toBe("request_closed");
    await expect(refusal(completeRequest(h.db, a.staff, id))).resolves.toBe("request_closed");
    await expect(refusal(resumeRequest(h.db, a.staff, id))).resolves.toBe("not_awaiting_subject");
  });

  it("a report is generated on an open request only", async () => {
    const r = await createRequest(h.db, a, { status: "completed", closedAt: new Date() });
    await expect(refusal(createReport(h.db, { requestId: r.id, format: "json", actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } }))).resolves.toBe("request_closed");
  });

  it("a withdrawn request is not reopened", async () => {
    const r = await createRequest(h.db, a, { status: "withdrawn", closedAt: new Date() });
    await expect(refusal(reopenRequest(h.db, a.staff, { requestId: r.id, reason: "Avataan." }))).resolves.toBe("not_closed");
  });
});

describe("an open request refuses what does not apply to it", () => {
  it("reopen on a new request", async () => {
    const r = await createRequest(h.db, a);
    await expect(refusal(reopenRequest(h.db, a.staff, { requestId: r.id, reason: "Avataan." }))).resolves.toBe("not_closed");
  });

  it("'the subject has answered' when nobody was asked", async () => {
    const r = await createRequest(h.db, a, { status: "in_progress" });
    await expect(refusal(resumeRequest(h.db, a.staff, { requestId: r.id }))).resolves.toBe("not_awaiting_subject");
  });

  it("completion before the subject's e-mail check", async () => {
    const r = await createRequest(h.db, a, { status: "awaiting_verification" });
    await expect(refusal(completeRequest(h.db, a.staff, { requestId: r.id }))).resolves.toBe("identity_pending");
  });

  it("fulfilment actions of another request type", async () => {
    const person = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, { status: "in_progress", personIds: [person.id] });
    const id = { requestId: r.id };
    expect(await reason(decideRectification(h.db, a.staff, { ...id, items: [] } as never))).toBe("wrong_type");
    expect(await reason(executeErasure(h.db, a.staff, { ...id, plan: [], confirmed: true } as never))).toBe("wrong_type");
    expect(await reason(applyRestriction(h.db, a.staff, { ...id } as never))).toBe("wrong_type");
    expect(await reason(decideObjection(h.db, a.staff, { ...id, decision: "upheld", reasons: long } as never))).toBe("wrong_type");
    expect(await reason(withdrawConsents(h.db, a.staff, id))).toBe("wrong_type");
    const rect = await createRequest(h.db, a, { type: "rectification", status: "in_progress", details: { type: "rectification", items: [] } as unknown as RequestDetails });
    await expect(refusal(createReport(h.db, { requestId: rect.id, format: "json", actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } }))).resolves.toBe("wrong_type");
  });
});
