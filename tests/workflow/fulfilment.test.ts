import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { addChildren, createOrg, createPerson, createRequest, createUser, type Org } from "./fixtures";
import type { DbHandle } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/client";
import {
  auditEvents,
  caseNotes,
  consents,
  emailOutbox,
  identityClaims,
  identityVerifications,
  itemMarks,
  personRecords,
  requestRecords,
  requests,
} from "@/lib/db/schema";
import { openText } from "@/lib/crypto";
import { processOutbox } from "@/lib/mail/queries";
import {
  applyRestriction,
  completeRequest,
  decideIdentityClaim,
  decideObjection,
  decideRectification,
  executeErasure,
  liftRestriction,
  listAccessItems,
  markItem,
  removeMark,
  notifyRestrictionLifting,
  recordInPersonCheck,
  withdrawConsents,
  getRequestView,
} from "@/lib/workflow/queries";
import { applyRedaction } from "@/lib/workflow/access-queries";
import { reason } from "../support/refusal";
import { finishTasks } from "../support/tasks";

let h: DbHandle;
let smtp: SmtpBox;
let a: Org;
let b: Org;

beforeAll(async () => {
  h = await createTestDb();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  a = await createOrg(h.db, "AAA");
  b = await createOrg(h.db, "BBB");
});
afterAll(async () => {
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
});

const load = async (id: string) => (await h.db.select().from(requests).where(eq(requests.id, id)))[0];
const person = async (id: string) => (await h.db.select().from(personRecords).where(eq(personRecords.id, id)))[0];
describe("identity", () => {
  it("confirming a claim links the record, records level 2 and releases requests waiting for it", async () => {
    const user = await createUser(h.db, "subject");
    const p = await createPerson(h.db, a, { birthDate: "1990-02-03" });
    const r = await createRequest(h.db, a, { userId: user.id, status: "awaiting_verification", requiredLevel: 2 });
    const [claim] = await h.db.insert(identityClaims).values({ userId: user.id, organisationId: a.id, fullName: `Aino ${p.lastName}`, birthDate: "1990-02-03" }).returning();
    const view = await getRequestView(h.db, a.staff, r.id);
    expect(view.claims[0].candidates.map((c) => c.id)).toContain(p.id);
    expect(await reason(decideIdentityClaim(h.db, b.staff, { requestId: r.id, claimId: claim.id, decision: "confirm", personId: p.id }))).toBe("not_found");
    await decideIdentityClaim(h.db, a.staff, { requestId: r.id, claimId: claim.id, decision: "confirm", personId: p.id });
    expect((await person(p.id)).userId).toBe(user.id);
    const [v] = await h.db.select().from(identityVerifications).where(eq(identityVerifications.userId, user.id));
    expect(v).toMatchObject({ level: 2, method: "staff_confirmed", verifiedBy: a.staff.id });
    expect((await load(r.id)).status).toBe("new");
    expect(await h.db.select().from(requestRecords).where(eq(requestRecords.requestId, r.id))).toHaveLength(1);
    expect(await reason(decideIdentityClaim(h.db, a.staff, { requestId: r.id, claimId: claim.id, decision: "reject" }))).toBe("claim_decided");
  });

  it("an in-person check records level 3 with no document data, and restarts the clock when the setting says so", async () => {
    const user = await createUser(h.db, "subject");
    await h.db.execute(sql`update organisations set settings = jsonb_set(settings, '{clockStart}', '"verification"') where id = ${b.id}`);
    const r = await createRequest(h.db, b, { userId: user.id, status: "awaiting_verification", requiredLevel: 3, receivedOn: "2026-03-05" });
    await recordInPersonCheck(h.db, b.staff, { requestId: r.id }, { now: new Date("2026-03-10T10:00:00Z") });
    const [v] = await h.db.select().from(identityVerifications).where(eq(identityVerifications.userId, user.id));
    expect(v).toMatchObject({ level: 3, method: "in_person", note: null });
    const row = await load(r.id);
    expect(row.status).toBe("new");
    expect(row.receivedOn).toBe("2026-03-10");
    expect(row.dueOn).toBe("2026-04-10");
  });
});

describe("rectification (Art. 16)", () => {
  it("writes accepted values with before/after in the sealed audit, records rejections, refuses restricted records", async () => {
    const p = await createPerson(h.db, a, { phone: "040 111 1111", city: "Turku" });
    const r = await createRequest(h.db, a, {
      type: "rectification",
      personIds: [p.id],
      details: {
        type: "rectification",
        items: [
          { personId: p.id, field: "phone", currentValue: "040 111 1111", correctValue: "050 222 2222" },
          { personId: p.id, field: "city", currentValue: "Turku", correctValue: "Raisio" },
          { personId: p.id, field: "motherTongue", statement: "Olen kaksikielinen: suomi ja ruotsi." },
        ],
      },
    });
    expect(await reason(decideRectification(h.db, a.staff, { requestId: r.id, items: [{}, { decision: "rejected" }] }))).toBe("reason_required");
    await decideRectification(h.db, a.staff, {
      requestId: r.id,
      items: [{ decision: "accepted" }, { decision: "rejected", reason: "Osoite on tarkistettu väestötiedoista." }, {}],
    });
    expect((await person(p.id)).phone).toBe("050 222 2222");
    expect((await person(p.id)).city).toBe("Turku");
    const [ev] = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "person.rectified")));
    expect(ev.payload).toEqual({ field: "phone", item: 0 });
    expect(JSON.stringify(ev.payload)).not.toContain("050");
    expect(JSON.parse(openText(ev.sealed!, a.id))).toEqual({ before: "040 111 1111", after: "050 222 2222" });
    expect(await reason(completeRequest(h.db, a.staff, { requestId: r.id }))).toBe("items_undecided");
    await decideRectification(h.db, a.staff, { requestId: r.id, items: [{}, {}, { decision: "accepted" }] });
    const notes = await h.db.select().from(caseNotes).where(eq(caseNotes.personId, p.id));
    expect(notes.map((n) => n.body)).toContain("Olen kaksikielinen: suomi ja ruotsi.");
    const details = (await load(r.id)).details;
    expect(details.type === "rectification" && details.items.map((i) => i.decision)).toEqual(["accepted", "rejected", "accepted"]);

    const q = await createPerson(h.db, a, { restricted: true, restrictedAt: new Date() });
    const r2 = await createRequest(h.db, a, {
      type: "rectification",
      personIds: [q.id],
      details: { type: "rectification", items: [{ personId: q.id, field: "phone", correctValue: "050 1" }] },
    });
    expect(await reason(decideRectification(h.db, a.staff, { requestId: r2.id, items: [{ decision: "accepted" }] }))).toBe("record_restricted");
    expect((await person(q.id)).phone).toBe("040 123 4567");
  });

  it("never writes to another organisation's record named in the details", async () => {
    const foreign = await createPerson(h.db, b);
    const r = await createRequest(h.db, a, {
      type: "rectification",
      details: { type: "rectification", items: [{ personId: foreign.id, field: "phone", correctValue: "050 9" }] },
    });
    expect(await reason(decideRectification(h.db, a.staff, { requestId: r.id, items: [{ decision: "accepted" }] }))).toBe("not_found");
    expect((await person(foreign.id)).phone).toBe("040 123 4567");
  });
});

/** Every text-ish column of every table, searched for a marker: nothing erased may survive anywhere. */
async function tablesContaining(marker: string): Promise<string[]> {
  const cols = rowsOf<{ table_name: string; column_name: string }>(
    await h.db.execute(sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'ARRAY')`),
  );
  const hits: string[] = [];
  for (const c of cols) {
    const res = rowsOf<{ n: number }>(
      await h.db.execute(sql.raw(`select count(*)::int as n from "${c.table_name}" where "${c.column_name}"::text like '%${marker}%'`)),
    );
    if (Number(res[0]?.n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}

describe("erasure (Art. 17)", () => {
  it("erases everything asked in one transaction, keeps an excepted category, and leaves the request and audit", async () => {
    const user = await createUser(h.db, "subject");
    const marker = "ZQXMARK1";
    const p = await createPerson(h.db, a, { userId: user.id, lastName: `Erase${marker}`, email: `x${marker.toLowerCase()}@example.fi`, identityCodeEnc: "131052-308T" });
    await addChildren(h.db, p.id, marker);
    await h.db.insert(identityClaims).values({ userId: user.id, organisationId: a.id, fullName: `Aino Erase${marker}`, status: "confirmed" });
    const r = await createRequest(h.db, a, { type: "erasure", userId: user.id, personIds: [p.id], details: { type: "erasure", scope: "everything", categories: [], ground: "a" } });
    const view = await getRequestView(h.db, a.staff, r.id);
    const present = view.persons[0].categories;
    expect(present).toEqual(expect.arrayContaining(["identity", "identity_code", "contact", "case_notes", "special_notes", "network_views", "messages_from_subject", "photos", "camera_recordings", "feedback", "contact_history", "event_registrations", "consents"]));
    // Leaving a category out of an "everything" plan is refused.
    expect(await reason(executeErasure(h.db, a.staff, { requestId: r.id, plan: [{ category: "identity", action: "erase" }] }))).toBe("plan_incomplete");
    expect(await reason(executeErasure(h.db, a.staff, { requestId: r.id, plan: present.map((c) => ({ category: c, action: c === "special_notes" ? "keep" : "erase" })) }))).toBe("exception_required");
    const plan = present.map((c) => (c === "special_notes" ? { category: c, action: "keep" as const, exception: "legal_obligation" as const } : { category: c, action: "erase" as const }));
    await executeErasure(h.db, a.staff, { requestId: r.id, plan });

    const hits = await tablesContaining(marker);
    // Only the kept special-category note remains (and nothing in any other table, audit payloads included).
    expect(hits).toEqual(["case_notes.body"]);
    const left = await h.db.select().from(caseNotes).where(eq(caseNotes.personId, p.id));
    expect(left).toHaveLength(1);
    expect(left[0].special).toBe(true);
    const rec = await person(p.id);
    expect(rec.anonymisedAt).not.toBeNull();
    expect(rec.userId).toBeNull();
    expect(rec.identityCodeEnc).toBeNull();
    expect(await h.db.select().from(consents).where(eq(consents.personId, p.id))).toHaveLength(0);
    expect(await h.db.select().from(identityClaims).where(eq(identityClaims.userId, user.id))).toHaveLength(0);
    // The request and its audit remain: proof that it was handled.
    expect((await load(r.id)).details).toMatchObject({ plan: expect.arrayContaining([{ category: "special_notes", action: "keep", exception: "legal_obligation" }]) });
    const acts = (await h.db.select().from(auditEvents).where(eq(auditEvents.requestId, r.id))).map((e) => e.action);
    expect(acts).toEqual(["person.erased", "erasure.executed"]);
    expect(await reason(executeErasure(h.db, a.staff, { requestId: r.id, plan }))).toBe("erasure_executed");
    // The processor/recipient tasks (made at filing; this fixture request skipped filing) hold completion.
    expect(await reason(completeRequest(h.db, a.staff, { requestId: r.id }))).toBe("tasks_open");
    await finishTasks(h.db, a.staff, r.id);
    await completeRequest(h.db, a.staff, { requestId: r.id });
    expect((await load(r.id)).status).toBe("completed");
  });

  it("a record with nothing kept is deleted; anonymising keeps non-identifying parts", async () => {
    const marker = "ZQXMARK2";
    const p = await createPerson(h.db, a, { lastName: `Gone${marker}` });
    await addChildren(h.db, p.id, marker);
    const r = await createRequest(h.db, a, { type: "erasure", personIds: [p.id], details: { type: "erasure", scope: "everything", categories: [], ground: "a" } });
    const present = (await getRequestView(h.db, a.staff, r.id)).persons[0].categories;
    await executeErasure(h.db, a.staff, { requestId: r.id, plan: present.map((c) => ({ category: c, action: "erase" as const })) });
    expect(await person(p.id)).toBeUndefined();
    expect(await tablesContaining(marker)).toEqual([]);
    expect(await load(r.id)).toBeTruthy();

    const m3 = "ZQXMARK3";
    const q = await createPerson(h.db, a, { lastName: `Anon${m3}`, birthYear: 1970, birthDate: "1970-01-01", city: "Turku" });
    await addChildren(h.db, q.id, m3);
    const r2 = await createRequest(h.db, a, { type: "erasure", personIds: [q.id], details: { type: "erasure", scope: "categories", categories: ["identity", "birth", "contact", "feedback"], ground: "a" } });
    await executeErasure(h.db, a.staff, {
      requestId: r2.id,
      plan: [
        { category: "identity", action: "erase" },
        { category: "birth", action: "anonymise" },
        { category: "contact", action: "anonymise" },
        { category: "feedback", action: "anonymise" },
      ],
    });
    const rec = await person(q.id);
    expect(rec).toMatchObject({ firstName: null, lastName: null, birthDate: null, birthYear: 1970, city: "Turku", email: null, phone: null });
    expect(rec.anonymisedAt).not.toBeNull();
    expect(await tablesContaining(`feedback ${m3}`)).toEqual([]);
    // Not asked for: the notes stay.
    expect(await tablesContaining(`note ${m3}`)).toEqual(["case_notes.body"]);
  });
});

describe("restriction (Art. 18)", () => {
  it("flags the record; lifting is refused until the subject has been told, then emailed and lifted", async () => {
    const p = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, { type: "restriction", personIds: [p.id], details: { type: "restriction", ground: "a", explanation: "Osoite on väärin", registerIds: [] } });
    await applyRestriction(h.db, a.staff, { requestId: r.id });
    const rec = await person(p.id);
    expect(rec.restricted).toBe(true);
    expect(rec.restrictionGround).toBe("a");
    expect(rec.restrictedAt).not.toBeNull();
    expect(await reason(liftRestriction(h.db, a.staff, { personId: p.id }))).toBe("lifting_notice_required");
    expect(await reason(notifyRestrictionLifting(h.db, b.staff, { personId: p.id, channel: "email", reasons: "x".repeat(30) }))).toBe("not_found");
    await notifyRestrictionLifting(h.db, a.staff, { personId: p.id, requestId: r.id, channel: "email", reasons: "Osoitteen oikeellisuus on nyt tarkistettu." });
    const [row] = await h.db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, p.email!), eq(emailOutbox.template, "restriction_lifting")));
    await processOutbox(h.db, { onlyIds: [row.id] });
    const mail = await smtp.waitFor((m) => toAddress(m) === p.email);
    expect(mail.text).toContain("Osoitteen oikeellisuus");
    await liftRestriction(h.db, a.staff, { personId: p.id, requestId: r.id });
    expect((await person(p.id)).restricted).toBe(false);
    await finishTasks(h.db, a.staff, r.id);
    await completeRequest(h.db, a.staff, { requestId: r.id });
  });

  it("completion before the restriction is applied is refused", async () => {
    const p = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, { type: "restriction", personIds: [p.id], details: { type: "restriction", ground: "d", explanation: "Vastustus kesken", registerIds: [] } });
    expect(await reason(completeRequest(h.db, a.staff, { requestId: r.id }))).toBe("restriction_not_done");
  });
});

describe("objection (Art. 21) and consent withdrawal (Art. 7(3))", () => {
  it("direct marketing objections are absolute: bans set, dismissal refused", async () => {
    const p = await createPerson(h.db, a);
    const r = await createRequest(h.db, a, { type: "objection", personIds: [p.id], details: { type: "objection", kind: "direct_marketing", registerIds: [] } });
    expect(await reason(decideObjection(h.db, a.staff, { requestId: r.id, decision: "dismissed", reasons: "Meillä on oikeutettu etu tähän." }))).toBe("objection_absolute");
    await decideObjection(h.db, a.staff, { requestId: r.id, decision: "upheld", reasons: "Suoramarkkinointikielto asetettu heti." });
    expect((await person(p.id)).directMarketingBan).toBe(true);
    const q = await createPerson(h.db, a);
    const r2 = await createRequest(h.db, a, { type: "objection", personIds: [q.id], details: { type: "objection", kind: "legitimate_interest", personalSituation: "…", registerIds: [] } });
    await decideObjection(h.db, a.staff, { requestId: r2.id, decision: "dismissed", reasons: "Käsittely on tarpeen asiakkaan turvallisuuden vuoksi." });
    expect((await load(r2.id)).decisionReasons).toContain("turvallisuuden");
    expect((await person(q.id)).profilingBan).toBe(false);
  });

  it("withdraws the named consents at once, only within the organisation", async () => {
    const p = await createPerson(h.db, a);
    const { consentId } = await addChildren(h.db, p.id, "consentmark");
    const foreign = await createPerson(h.db, b);
    const other = await addChildren(h.db, foreign.id, "foreign");
    const r = await createRequest(h.db, a, { type: "consent_withdrawal", personIds: [p.id], details: { type: "consent_withdrawal", consentIds: [consentId, other.consentId] } });
    const res = await withdrawConsents(h.db, a.staff, { requestId: r.id });
    expect(res).toEqual({ withdrawn: 1, alreadyWithdrawn: 0 });
    const [c] = await h.db.select().from(consents).where(eq(consents.id, consentId));
    expect(c.withdrawnAt).not.toBeNull();
    const [f] = await h.db.select().from(consents).where(eq(consents.id, other.consentId));
    expect(f.withdrawnAt).toBeNull();
  });
});

describe("access review (Art. 15(4), tietosuojalaki § 34)", () => {
  it("redacts a passage, withholds a note with reason, hides special notes from members without the right and audits reading them", async () => {
    const p = await createPerson(h.db, a);
    const { noteIds } = await addChildren(h.db, p.id, "ACCESS");
    const r = await createRequest(h.db, a, { type: "access", personIds: [p.id] });
    const limited = await listAccessItems(h.db, a.staff2, r.id);
    expect(limited.notes.some((n) => n.special)).toBe(false);
    expect(limited.hiddenSpecial).toBe(1);
    const full = await listAccessItems(h.db, a.staff, r.id);
    expect(full.notes).toHaveLength(4);
    const reads = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, r.id), eq(auditEvents.action, "person.special_read")));
    expect(reads).toHaveLength(1);
    expect(reads[0].actorId).toBe(a.staff.id);

    expect(await reason(markItem(h.db, a.staff, { requestId: r.id, itemId: noteIds[2], kind: "redact", passage: "not there", reason: "Kolmas osapuoli" }))).toBe("passage_not_found");
    await markItem(h.db, a.staff, { requestId: r.id, itemId: noteIds[2], kind: "redact", passage: "network", reason: "Sosiaalityöntekijän näkemys" });
    await markItem(h.db, a.staff, { requestId: r.id, itemId: noteIds[1], kind: "withhold", reason: "Tietojen antaminen voisi vaarantaa hoidon (TSL 34 §)" });
    expect(await reason(markItem(h.db, a.staff2, { requestId: r.id, itemId: noteIds[1], kind: "withhold", reason: "x" }))).toBe("forbidden");
    expect(await reason(markItem(h.db, b.staff, { requestId: r.id, itemId: noteIds[0], kind: "withhold", reason: "x" }))).toBe("not_found");
    const marks = await h.db.select().from(itemMarks).where(eq(itemMarks.requestId, r.id));
    expect(marks.map((m) => m.kind).sort()).toEqual(["redact", "withhold"]);
    const redact = marks.find((m) => m.kind === "redact")!;
    expect(applyRedaction("network ACCESS", redact.spans)).toBe("█████ ACCESS");
  });

  it("the same person's next access request starts with the earlier redactions and withholdings, once, audited, removable", async () => {
    const p = await createPerson(h.db, a);
    const { noteIds } = await addChildren(h.db, p.id, "AGAIN");
    const first = await createRequest(h.db, a, { type: "access", personIds: [p.id] });
    await markItem(h.db, a.staff, { requestId: first.id, itemId: noteIds[2], kind: "redact", passage: "network", reason: "Sosiaalityöntekijän näkemys" });
    await markItem(h.db, a.staff, { requestId: first.id, itemId: noteIds[1], kind: "withhold", reason: "Tietojen antaminen voisi vaarantaa hoidon (TSL 34 §)" });
    const second = await createRequest(h.db, a, { type: "access", personIds: [p.id] });
    const review = await listAccessItems(h.db, a.staff, second.id);
    expect(review.marks.map((m) => [m.itemId, m.kind, m.reason]).sort()).toEqual(
      [
        [noteIds[1], "withhold", "Tietojen antaminen voisi vaarantaa hoidon (TSL 34 §)"],
        [noteIds[2], "redact", "Sosiaalityöntekijän näkemys"],
      ].sort(),
    );
    const carried = await h.db.select().from(auditEvents).where(and(eq(auditEvents.requestId, second.id), eq(auditEvents.action, "access.marks_carried_over")));
    expect(carried).toHaveLength(1);
    // Removed here, it stays removed: nothing is carried over a second time.
    const withhold = review.marks.find((m) => m.kind === "withhold")!;
    await removeMark(h.db, a.staff, { requestId: second.id, markId: withhold.id });
    const again = await listAccessItems(h.db, a.staff, second.id);
    expect(again.marks.map((m) => m.kind)).toEqual(["redact"]);
    // The first request keeps its own marks.
    expect((await h.db.select().from(itemMarks).where(eq(itemMarks.requestId, first.id)))).toHaveLength(2);
  });
});
