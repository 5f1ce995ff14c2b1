import { describe, expect, it } from "vitest";
import { formatReference, parseReferenceSequence } from "@/lib/requests/reference";
import { clockStartsLater, initialStatus, nextVerificationStep, requiredLevelFor } from "@/lib/requests/levels";
import { toSubjectTimeline } from "@/lib/requests/timeline";
import { parseRequestDetails, requestFormSchema } from "@/lib/requests/schema";
import { settings } from "./fixtures";

describe("references", () => {
  it("formats and parses <prefix>-<year>-<sequence>", () => {
    expect(formatReference("TKL", 2026, 7)).toBe("TKL-2026-0007");
    expect(formatReference("TKL", 2026, 12345)).toBe("TKL-2026-12345");
    expect(parseReferenceSequence("TKL-2026-0042", "TKL", 2026)).toBe(42);
    expect(parseReferenceSequence("TKL-2025-0042", "TKL", 2026)).toBeNull();
    expect(() => formatReference("TKL", 2026, 0)).toThrow();
  });
});

describe("identity levels", () => {
  it("uses the organisation's level per type, else the PRODUCT.md §4 defaults", () => {
    expect(requiredLevelFor(settings(), "objection")).toBe(1);
    expect(requiredLevelFor(settings(), "access")).toBe(2);
    expect(requiredLevelFor(settings({ identityLevels: { ...settings().identityLevels, erasure: 3 } }), "erasure")).toBe(3);
    expect(requiredLevelFor(null, "consent_withdrawal")).toBe(1);
    expect(initialStatus(2, 1)).toBe("awaiting_verification");
    expect(initialStatus(2, 3)).toBe("new");
    expect(clockStartsLater(settings({ clockStart: "verification" }), "awaiting_verification")).toBe(true);
    expect(clockStartsLater(settings(), "awaiting_verification")).toBe(false);
    expect(nextVerificationStep(1, 2, true)).toBe("link_records");
    expect(nextVerificationStep(2, 3, true)).toBe("strong_identification");
    expect(nextVerificationStep(2, 3, false)).toBe("in_person");
    expect(nextVerificationStep(3, 3, false)).toBeNull();
  });
});

describe("subject timeline", () => {
  it("keeps only subject-safe actions and fields", () => {
    const at = new Date();
    const out = toSubjectTimeline([
      { id: 1, action: "request_filed", at, payload: { channel: "portal", identityLevel: 2, onBehalf: false } },
      { id: 2, action: "request.assigned", at, payload: { assigneeId: "staff-1" } },
      { id: 3, action: "request.note_added", at, payload: {} },
      { id: 4, action: "request.rejected", at, payload: { ground: "excessive", justified: true } },
      { id: 5, action: "person.special_read", at, payload: {} },
    ]);
    expect(out).toEqual([
      { id: 1, action: "request_filed", at, facts: { channel: "portal" } },
      { id: 4, action: "request.rejected", at, facts: { ground: "excessive" } },
    ]);
  });
});

describe("schemas", () => {
  it("reports every mistake of a form at once", () => {
    const r = requestFormSchema.safeParse({ type: "objection", organisationId: "x", kind: "legitimate_interest", registerIds: [] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`).sort()).toEqual([
      "organisationId:choose_organisation",
      "personalSituation:personal_situation_required",
      "registerIds:choose_register",
    ]);
  });

  it("accepts only known codes as the correct value of a coded field", () => {
    const item = (field: string, correctValue: string) =>
      requestFormSchema.safeParse({ type: "rectification", organisationId: "5f0c7c0e-4a3b-4c1d-9e2f-0a1b2c3d4e5f", items: [{ personId: "5f0c7c0e-4a3b-4c1d-9e2f-0a1b2c3d4e5f", field, correctValue }] });
    expect(item("gender", "other").success).toBe(true);
    expect(item("gender", "nainen").error?.issues[0]).toMatchObject({ path: ["items", 0, "correctValue"], message: "invalid_choice" });
    expect(item("phone", "040 1234567").success).toBe(true);
  });

  it("validates details passed by staff intake with the same rules", () => {
    expect(parseRequestDetails({ type: "objection", kind: "legitimate_interest", registerIds: ["5f0c7c0e-4a3b-4c1d-9e2f-0a1b2c3d4e5f"] }).success).toBe(false);
    expect(parseRequestDetails({ type: "erasure", scope: "everything", categories: ["contact"], ground: "unlawful" })).toMatchObject({ success: true, details: { categories: [] } });
  });
});
