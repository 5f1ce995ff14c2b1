/**
 * Every keyset list on a real database (issue 13): paging forward then back through each query visits
 * every row exactly once in the database's own order — across equal timestamps (down to the
 * microsecond a JS Date cannot hold), equal names and several organisations — a bad cursor gives the
 * first page, and the owner stays in the WHERE whatever the cursor says.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/client";
import { caseNotes, devMailbox, messages, internalNotes } from "@/lib/db/schema";
import { caseNotePage } from "@/lib/persons/note-queries";
import { getPerson } from "@/lib/persons/queries";
import { createOrg, createPerson, createRequest, createUser, type Org } from "../workflow/fixtures";
import { listMyRequests } from "@/lib/requests/list-queries";
import { notePage, staffMessagePage, staffTimelinePage, subjectMessagePage, subjectTimelinePage } from "@/lib/requests/thread-queries";
import { listPersons } from "@/lib/persons/list-queries";
import { personSearchSchema } from "@/lib/persons/schema";
import { listDevMailbox } from "@/lib/mail/dev-mailbox";
import { encodeCursor, type KeysetPage } from "@/lib/pagination/keyset";

let h: DbHandle;
let a: Org;
let b: Org;
let subject: { id: string };
let other: { id: string };

beforeAll(async () => {
  h = await createTestDb();
  a = await createOrg(h.db, "LSA");
  b = await createOrg(h.db, "LSB");
  subject = await createUser(h.db, "subject");
  other = await createUser(h.db, "subject");
});
afterAll(async () => h?.close());

type Fetch = (cursor: string | undefined) => Promise<KeysetPage<{ id: string | number }>>;

/** Every page forward by `next`, then back from the last page by `prev`: both must give `expected`. */
async function walk(fetch: Fetch, expected: Array<string | number>, opts: { chronological?: boolean } = {}) {
  const pages: Array<Array<string | number>> = [];
  let cursor: string | undefined;
  let last: KeysetPage<{ id: string | number }> | undefined;
  for (let i = 0; i < 1000; i++) {
    last = await fetch(cursor);
    pages.push(last.rows.map((r) => r.id));
    if (!last.next) break;
    cursor = last.next;
  }
  // A conversation shows each page oldest first; its pages run newest to oldest.
  const forward = (opts.chronological ? pages.map((p) => [...p].reverse()) : pages).flat();
  expect(forward).toEqual(expected);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const back: Array<Array<string | number>> = [pages.at(-1)!];
  let page = last!;
  while (page.prev) {
    page = await fetch(page.prev);
    back.unshift(page.rows.map((r) => r.id));
  }
  expect(back).toEqual(pages);
}

const ids = (rows: unknown) => rowsOf<{ id: string | number }>(rows).map((r) => (typeof r.id === "string" && /^\d+$/.test(r.id) ? Number(r.id) : r.id));

describe("the subject's requests", () => {
  it("pages newest first through equal timestamps, microseconds apart, without a skip or a repeat", async () => {
    for (let i = 0; i < 57; i++) await createRequest(h.db, a, { userId: subject.id });
    for (let i = 0; i < 5; i++) await createRequest(h.db, b, { userId: other.id });
    // Groups of equal created_at, some a microsecond apart: a JS Date would lose the difference.
    await h.db.execute(sql`update requests set created_at = timestamptz '2026-06-01 10:00:00+00' + ((abs(hashtext(id::text)) % 4) * interval '1 microsecond') + ((abs(hashtext(reference)) % 3) * interval '1 day') where user_id = ${subject.id}`);
    const expected = ids(await h.db.execute(sql`select id from requests where user_id = ${subject.id} order by created_at desc, id desc`));
    expect(expected).toHaveLength(57);
    await walk((cursor) => listMyRequests(h.db, subject.id, { cursor, limit: 10 }), expected);
  });

  it("a bad cursor or another list's is the first page; another subject's cursor shows nothing of theirs", async () => {
    const first = await listMyRequests(h.db, subject.id, { limit: 10 });
    for (const bad of ["junk", encodeCursor({ key: "Virtanen", id: "0b7e8a4e-3f7c-4a53-9a51-2f1a4c7d9e10", dir: "after" }), "x".repeat(5000)]) {
      expect((await listMyRequests(h.db, subject.id, { cursor: bad, limit: 10 })).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
    const theirs = await listMyRequests(h.db, other.id, { limit: 2 });
    const mine = await listMyRequests(h.db, subject.id, { cursor: theirs.next, limit: 100 });
    expect(mine.rows.every((r) => r.id && !theirs.rows.some((t) => t.id === r.id))).toBe(true);
    const otherIds = ids(await h.db.execute(sql`select id from requests where user_id = ${other.id}`));
    expect(mine.rows.some((r) => otherIds.includes(r.id))).toBe(false);
  });
});

describe("a request's messages, notes and timeline", () => {
  let requestId: string;
  beforeAll(async () => {
    const r = await createRequest(h.db, a, { userId: subject.id });
    requestId = r.id;
    await h.db.insert(messages).values(Array.from({ length: 71 }, (_, i) => ({ requestId, fromStaff: i % 2 === 0, authorId: i % 2 === 0 ? a.staff.id : subject.id, body: `m${i}` })));
    await h.db.insert(internalNotes).values(Array.from({ length: 33 }, (_, i) => ({ requestId, authorId: a.staff.id, body: `n${i}` })));
    // Many messages at one instant and some a microsecond apart.
    await h.db.execute(sql`update messages set created_at = timestamptz '2026-06-02 09:00:00+00' + ((abs(hashtext(id::text)) % 3) * interval '1 microsecond') where request_id = ${requestId}`);
    await h.db.execute(sql`update internal_notes set created_at = timestamptz '2026-06-02 09:00:00+00' where request_id = ${requestId}`);
    const actions = ["request_filed", "request.assigned", "request.message_sent", "request.note_added", "person.special_read", "request.extended"];
    await h.db.execute(sql`insert into audit_events (organisation_id, chain, request_id, actor_role, action, payload, prev_hash, hash)
      select ${a.id}::uuid, 'test-' || ${requestId}, ${requestId}::uuid, 'staff', (${`{${actions.join(",")}}`}::text[])[1 + g % 6], '{}'::jsonb, 'x', 'y' from generate_series(1, 130) g`);
  });

  it("messages, subject's and staff's view: latest first page, each page read oldest first, every message once", async () => {
    const expected = ids(await h.db.execute(sql`select id from messages where request_id = ${requestId} order by created_at desc, id desc`));
    expect(expected).toHaveLength(71);
    await walk((cursor) => subjectMessagePage(h.db, subject.id, requestId, { cursor, limit: 10 }), expected, { chronological: true });
    await walk((cursor) => staffMessagePage(h.db, [a.id], requestId, { cursor, limit: 10 }), expected, { chronological: true });
    const first = await subjectMessagePage(h.db, subject.id, requestId, { limit: 10 });
    expect(first.rows.map((r) => r.id)).toEqual(expected.slice(0, 10).reverse());
    expect(first.rows[0]).not.toHaveProperty("authorName");
  });

  it("internal notes page the same way", async () => {
    const expected = ids(await h.db.execute(sql`select id from internal_notes where request_id = ${requestId} order by created_at desc, id desc`));
    await walk((cursor) => notePage(h.db, [a.id], requestId, { cursor, limit: 10 }), expected, { chronological: true });
  });

  it("timelines: staff see every event, the subject only the safe ones — full pages of them", async () => {
    const all = ids(await h.db.execute(sql`select id from audit_events where request_id = ${requestId} order by id desc`));
    await walk((cursor) => staffTimelinePage(h.db, [a.id], requestId, { cursor, limit: 20 }), all, { chronological: true });
    const safe = ids(await h.db.execute(sql`select id from audit_events where request_id = ${requestId} and action in ('request_filed', 'request.message_sent', 'request.extended') order by id desc`));
    await walk((cursor) => subjectTimelinePage(h.db, subject.id, requestId, { cursor, limit: 20 }), safe, { chronological: true });
    const first = await subjectTimelinePage(h.db, subject.id, requestId, { limit: 20 });
    expect(first.rows).toHaveLength(20);
    expect(first.rows.some((e) => ["request.assigned", "request.note_added", "person.special_read"].includes(e.action))).toBe(false);
  });

  it("someone else's request gives empty pages, with or without a cursor", async () => {
    const mine = await subjectMessagePage(h.db, subject.id, requestId, { limit: 10 });
    expect((await subjectMessagePage(h.db, other.id, requestId, {})).rows).toEqual([]);
    expect((await subjectMessagePage(h.db, other.id, requestId, { cursor: mine.next })).rows).toEqual([]);
    expect((await subjectTimelinePage(h.db, other.id, requestId, {})).rows).toEqual([]);
    expect((await staffMessagePage(h.db, [b.id], requestId, {})).rows).toEqual([]);
    expect((await notePage(h.db, [b.id], requestId, {})).rows).toEqual([]);
    expect((await staffTimelinePage(h.db, [b.id], requestId, { cursor: mine.next })).rows).toEqual([]);
  });

  it("a bad cursor is the latest page", async () => {
    const first = await staffMessagePage(h.db, [a.id], requestId, { limit: 10 });
    expect((await staffMessagePage(h.db, [a.id], requestId, { cursor: "bm90IGEgY3Vyc29y", limit: 10 })).rows).toEqual(first.rows);
    expect((await staffTimelinePage(h.db, [a.id], requestId, { cursor: first.next, limit: 10 })).rows.length).toBe(10);
  });
});

describe("persons", () => {
  it("pages by last name through equal and missing names, across two organisations merged in the database's order", async () => {
    const names = ["Virtanen", "virtanen", "Äijälä", "Aalto", null, "Öberg", "Zetterberg", "Korhonen", "O'Brien", "Virtanen"];
    for (let i = 0; i < 64; i++) await createPerson(h.db, i % 3 === 0 ? b : a, { lastName: names[i % names.length], firstName: `P${i}` });
    const both = { ...a.staff, organisationIds: [a.id, b.id] };
    const search = (cursor?: string) => personSearchSchema.parse(cursor ? { cursor } : {});
    // Page size is the app's (50): more rows than that in each walk.
    for (let i = 0; i < 90; i++) await createPerson(h.db, i % 2 ? a : b, { lastName: names[i % names.length] });
    const all = ids(await h.db.execute(sql`select id from person_records where organisation_id in (${a.id}, ${b.id}) order by coalesce(last_name, ''), id`));
    expect(all.length).toBeGreaterThan(150);
    await walk((cursor) => listPersons(h.db, both, search(cursor)), all);
    const onlyA = ids(await h.db.execute(sql`select id from person_records where organisation_id = ${a.id} order by coalesce(last_name, ''), id`));
    await walk((cursor) => listPersons(h.db, a.staff, search(cursor)), onlyA);
    // Organisation B's cursor shows A's staff nothing of B.
    const bFirst = await listPersons(h.db, b.staff, search());
    const seen = await listPersons(h.db, a.staff, search(bFirst.next ?? undefined));
    const bIds = ids(await h.db.execute(sql`select id from person_records where organisation_id = ${b.id}`));
    expect(seen.rows.some((r) => bIds.includes(r.id))).toBe(false);
    expect((await listPersons(h.db, a.staff, search("garbage"))).rows.map((r) => r.id)).toEqual(onlyA.slice(0, 50));
  });
});

describe("a person's case notes", () => {
  it("page newest first, special ones only for members allowed to read them, and only the shown ones are audited as read", async () => {
    const p = await createPerson(h.db, a, { lastName: "Muistio" });
    await h.db.insert(caseNotes).values(Array.from({ length: 123 }, (_, i) => ({ personId: p.id, writtenAt: new Date("2026-05-01T08:00:00Z"), source: "staff" as const, topic: `t${i}`, body: `b${i}`, special: i % 10 === 0 })));
    await h.db.execute(sql`update case_notes set written_at = written_at + ((abs(hashtext(id::text)) % 3) * interval '1 microsecond') where person_id = ${p.id}`);
    const all = ids(await h.db.execute(sql`select id from case_notes where person_id = ${p.id} order by written_at desc, id desc`));
    const plain = ids(await h.db.execute(sql`select id from case_notes where person_id = ${p.id} and not special order by written_at desc, id desc`));
    await walk((cursor) => caseNotePage(h.db, p.id, true, cursor, 20), all, { chronological: true });
    await walk((cursor) => caseNotePage(h.db, p.id, false, cursor, 20), plain, { chronological: true });

    const limited = await getPerson(h.db, a.staff2, p.id);
    expect(limited.hiddenSpecial).toBe(13);
    expect(limited.notes.some((n) => n.special)).toBe(false);
    expect(limited.notes).toHaveLength(50);
    const full = await getPerson(h.db, a.staff, p.id);
    const [read] = rowsOf<{ payload: { noteIds: string[] } }>(await h.db.execute(sql`select payload from audit_events where person_id = ${p.id} and action = 'person.special_read' order by id desc limit 1`));
    expect(read.payload.noteIds.sort()).toEqual(full.notes.filter((n) => n.special).map((n) => n.id).sort());
    expect(full.notePages.next).toBeTruthy();
    const earlier = await getPerson(h.db, a.staff, p.id, { notesCursor: full.notePages.next });
    expect(earlier.notes.filter((n) => full.notes.some((f) => f.id === n.id))).toEqual([]);
  });
});

describe("the development mailbox", () => {
  it("pages newest first through mails sent in the same instant", async () => {
    await h.db.insert(devMailbox).values(Array.from({ length: 123 }, (_, i) => ({ messageId: `<m${i}@test>`, toAddress: `to${i}@example.fi`, fromAddress: "noreply@example.fi", subject: `s${i}` })));
    await h.db.execute(sql`update dev_mailbox set created_at = date_trunc('second', now())`);
    const expected = ids(await h.db.execute(sql`select id from dev_mailbox order by created_at desc, id desc`));
    await walk((cursor) => listDevMailbox({ cursor, limit: 20 }), expected);
  });
});
