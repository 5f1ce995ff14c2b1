import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { addChildren, createOrg, createPerson, type Org } from "./fixtures";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, emailOutbox, requestRecords, requests } from "@/lib/db/schema";
import { ActionError } from "@/lib/errors";
import { intakeSchema } from "@/lib/workflow/intake-schema";
import { fileOnBehalf } from "@/lib/workflow/intake-queries";

let h: DbHandle;
let a: Org;
let b: Org;
beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "INA");
  b = await createOrg(h.db, "INB");
});
afterAll(async () => h?.close());

const form = (over: Record<string, string>) =>
  intakeSchema.parse({ organisationId: a.id, type: "access", channel: "letter", receivedOn: "2026-03-05", subjectName: "Kirje Kirjoittaja", subjectEmail: "", locale: "fi", ...over });

describe("intake on behalf", () => {
  it("files a letter with the real receipt date: the deadline counts from it", async () => {
    const id = await fileOnBehalf(h.db, a.staff, form({ subjectEmail: "kirje@example.fi", note: "Kirje saapui 5.3." }));
    const [r] = await h.db.select().from(requests).where(eq(requests.id, id));
    expect(r).toMatchObject({ channel: "letter", receivedOn: "2026-03-05", dueOn: "2026-04-07", status: "new", userId: null });
    expect(r.details).toMatchObject({ type: "access", formats: ["pdf"], note: "Kirje saapui 5.3." });
    const acts = (await h.db.select().from(auditEvents).where(eq(auditEvents.requestId, id))).map((e) => [e.action, e.actorId]);
    expect(acts).toContainEqual(["request_filed", a.staff.id]);
    const mails = await h.db.select().from(emailOutbox).where(eq(emailOutbox.requestId, id));
    expect(mails.map((m) => m.template)).toContain("request_received");
  });

  it("links the person record, withdraws their consents for a consent withdrawal, and refuses other organisations", async () => {
    const p = await createPerson(h.db, a);
    await addChildren(h.db, p.id, "INTAKE");
    const id = await fileOnBehalf(h.db, a.staff, form({ type: "consent_withdrawal", personId: p.id, channel: "in_person", representativeName: "Huoltaja Henna", representativeRole: "guardian", authorityChecked: "on" }));
    expect(await h.db.select().from(requestRecords).where(eq(requestRecords.requestId, id))).toHaveLength(1);
    const [r] = await h.db.select().from(requests).where(eq(requests.id, id));
    expect(r.representativeName).toBe("Huoltaja Henna");
    await expect(fileOnBehalf(h.db, b.staff, form({}))).rejects.toBeInstanceOf(ActionError);
    await expect(fileOnBehalf(h.db, a.staff, form({ type: "rectification", personId: (await createPerson(h.db, b)).id, correctValue: "x", field: "phone" }))).rejects.toBeInstanceOf(ActionError);
  });

  it("asks for what each type needs and refuses a future receipt date", () => {
    const bad = intakeSchema.safeParse({ organisationId: a.id, type: "erasure", channel: "letter", receivedOn: "2999-01-01", subjectName: "X", locale: "fi" });
    expect(bad.success).toBe(false);
    const paths = bad.success ? [] : bad.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(["receivedOn:date_in_future", "erasureGround:required"]));
    const obj = intakeSchema.safeParse({ organisationId: a.id, type: "objection", objectionKind: "legitimate_interest", channel: "email", receivedOn: "2026-03-01", subjectName: "X", locale: "sv" });
    expect(obj.success).toBe(false);
  });
});
