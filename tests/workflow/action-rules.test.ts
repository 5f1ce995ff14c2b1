import { describe, expect, it } from "vitest";
import { allowedActions, isActionAllowed, refusalOf, STAFF_ACTIONS } from "@/lib/workflow/action-rules";
import { REQUEST_STATUSES, REQUEST_TYPES } from "@/lib/workflow/constants";

// The one table of which staff action applies in which status (issue 12 item 4), checked directly.
describe("action rules", () => {
  it("offers nothing that ends or changes a request once it is closed, except reopening a decided one", () => {
    for (const status of ["completed", "rejected"] as const) {
      expect(allowedActions({ status, type: "access" })).toEqual(["reopen", "message", "note"]);
    }
    expect(allowedActions({ status: "withdrawn", type: "access" })).toEqual(["message", "note"]);
  });

  it("never offers reopening an open request", () => {
    for (const status of ["awaiting_verification", "new", "in_progress", "awaiting_subject"]) {
      expect(isActionAllowed("reopen", { status, type: "erasure" })).toBe(false);
      expect(refusalOf("reopen", { status, type: "erasure" })).toBe("not_closed");
    }
  });

  it("offers 'the subject has answered' only while waiting for the subject", () => {
    for (const status of REQUEST_STATUSES) expect(isActionAllowed("resume", { status, type: "access" })).toBe(status === "awaiting_subject");
  });

  it("completes only a request whose identity is settled", () => {
    expect(refusalOf("complete", { status: "awaiting_verification", type: "access" })).toBe("identity_pending");
    expect(refusalOf("complete", { status: "in_progress", type: "access" })).toBeNull();
    expect(refusalOf("complete", { status: "completed", type: "access" })).toBe("request_closed");
  });

  it("ties each fulfilment action to its request type", () => {
    const byType = {
      generateReport: ["access", "portability"],
      releaseReport: ["access", "portability"],
      decideRectification: ["rectification"],
      executeErasure: ["erasure"],
      applyRestriction: ["restriction"],
      decideObjection: ["objection"],
      withdrawConsents: ["consent_withdrawal"],
    } as const;
    for (const [action, types] of Object.entries(byType)) {
      for (const type of REQUEST_TYPES) {
        const allowed = (types as readonly string[]).includes(type);
        expect(isActionAllowed(action as keyof typeof byType, { status: "in_progress", type }), `${action} on ${type}`).toBe(allowed);
        if (!allowed) expect(refusalOf(action as keyof typeof byType, { status: "in_progress", type })).toBe("wrong_type");
      }
    }
  });

  it("has a rule and a translated reason for every action and status", () => {
    for (const action of STAFF_ACTIONS) {
      for (const status of REQUEST_STATUSES) {
        const why = refusalOf(action, { status, type: "access" });
        expect(why === null || ["request_closed", "identity_pending", "not_closed", "not_awaiting_subject", "action_not_allowed", "wrong_type"].includes(why)).toBe(true);
      }
    }
  });
});
