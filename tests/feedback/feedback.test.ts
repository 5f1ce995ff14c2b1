import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, type Org } from "../workflow/fixtures";
import type { DbHandle } from "@/lib/db/client";
import { accessibilityFeedback, emailOutbox, organisations } from "@/lib/db/schema";
import { sendAccessibilityFeedback } from "@/lib/feedback/queries";
import { accessibilityFeedbackSchema } from "@/lib/feedback/schema";
import { ACCESSIBILITY_FEEDBACK_IP } from "@/lib/rate-limit/policies";

// Issue 12 item 9: the accessibility statement's feedback reaches the association — stored, emailed to
// its contact in the same transaction, and limited per IP like the other public forms.
let h: DbHandle;
let a: Org;
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "AFB");
  await h.db.update(organisations).set({ contactEmail: "tietosuoja@afb.example" }).where(eq(organisations.id, a.id));
});
afterAll(async () => h?.close());

describe("accessibility feedback", () => {
  it("is stored and emailed to the organisation's contact with the sender's words", async () => {
    const input = accessibilityFeedbackSchema.parse({ organisationId: a.id, message: "Valikko ei toimi ruudunlukijalla.", pageAddress: "", contact: "palaute@example.org" });
    await expect(sendAccessibilityFeedback(h.db, { ...input, locale: "sv", ip: "192.0.2.10" })).resolves.toEqual({ ok: true });
    const [row] = await h.db.select().from(accessibilityFeedback).where(eq(accessibilityFeedback.organisationId, a.id));
    expect(row).toMatchObject({ message: "Valikko ei toimi ruudunlukijalla.", contact: "palaute@example.org", pageAddress: null, locale: "sv" });
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.template, "staff_accessibility_feedback"));
    expect(mail.toAddress).toBe("tietosuoja@afb.example");
    expect(mail.text).toContain("Valikko ei toimi ruudunlukijalla.");
    expect(mail.text).toContain("palaute@example.org");
    expect(mail.subject).toContain("tillgänglighet");
  });

  it("refuses a too short message and an unknown organisation", async () => {
    expect(accessibilityFeedbackSchema.safeParse({ organisationId: a.id, message: "huono" }).success).toBe(false);
    await expect(sendAccessibilityFeedback(h.db, { organisationId: "00000000-0000-4000-8000-000000000000", message: "Valikko ei toimi.", locale: "fi", ip: "192.0.2.11" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("is limited per client IP", async () => {
    const send = () => sendAccessibilityFeedback(h.db, { organisationId: a.id, message: "Toistuva palaute testistä.", locale: "fi", ip: "192.0.2.99" });
    for (let i = 0; i < ACCESSIBILITY_FEEDBACK_IP.max; i++) expect((await send()).ok).toBe(true);
    const over = await send();
    expect(over.ok).toBe(false);
    // Another IP is not affected.
    expect((await sendAccessibilityFeedback(h.db, { organisationId: a.id, message: "Toinen lähettäjä, toinen osoite.", locale: "fi", ip: "192.0.2.100" })).ok).toBe(true);
  });
});
