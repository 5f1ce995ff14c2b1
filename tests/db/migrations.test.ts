import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { rowsOf, type DbHandle } from "@/lib/db/client";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h?.close());

describe("migrations from zero", () => {
  it("create every table of the data model", async () => {
    const res = await h.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`);
    const names = rowsOf<{ table_name: string }>(res).map((r) => r.table_name);
    for (const t of [
      "organisations", "memberships", "registers", "processors", "users", "accounts", "sessions", "verification_tokens",
      "rate_limits", "person_records", "consents", "case_notes", "event_registrations", "media_entries", "contact_events",
      "feedback", "requests", "request_records", "messages", "internal_notes", "tasks", "item_marks", "reminders_sent",
      "audit_events", "audit_chain_heads", "email_outbox", "email_templates", "dev_mailbox", "reports", "job_runs", "identity_verifications", "identity_claims",
    ]) expect(names).toContain(t);
  });

  it("use enums for statuses and types", async () => {
    const res = await h.db.execute(sql`select typname from pg_type where typtype = 'e' order by 1`);
    const enums = rowsOf<{ typname: string }>(res).map((r) => r.typname);
    expect(enums).toEqual(expect.arrayContaining(["request_status", "request_type", "user_role", "outbox_status", "task_status"]));
  });

  it("are idempotent: running them again changes nothing", async () => {
    const { migrateDb } = await import("@/lib/db/client");
    await expect(migrateDb(h)).resolves.toBeUndefined();
  });
});

describe("audit_events is append-only in the database itself", () => {
  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    await h.db.execute(sql`insert into audit_events (chain, actor_role, action, prev_hash, hash) values ('t', 'system', 'test', 'x', 'y')`);
    // drizzle wraps the database error: its cause carries the trigger's message.
    const refusal = async (q: Promise<unknown>) => q.then(() => "accepted", (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message}`);
    expect(await refusal(h.db.execute(sql`update audit_events set action = 'changed'`))).toMatch(/append-only/);
    expect(await refusal(h.db.execute(sql`delete from audit_events`))).toMatch(/append-only/);
    expect(await refusal(h.db.execute(sql`truncate audit_events`))).toMatch(/append-only/);
    const res = await h.db.execute(sql`select action from audit_events`);
    expect(rowsOf<{ action: string }>(res).map((r) => r.action)).toEqual(["test"]);
  });
});

describe("audit_chain_heads rows are kept", () => {
  it("refuses DELETE and TRUNCATE (a deleted head would hide a cut tail)", async () => {
    await h.db.execute(sql`insert into audit_chain_heads (chain, last_event_id, event_count, head_hash, mac) values ('t', 1, 1, 'y', 'm')`);
    const refusal = async (q: Promise<unknown>) => q.then(() => "accepted", (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message}`);
    expect(await refusal(h.db.execute(sql`delete from audit_chain_heads`))).toMatch(/kept/);
    expect(await refusal(h.db.execute(sql`truncate audit_chain_heads`))).toMatch(/kept/);
    const res = await h.db.execute(sql`select chain from audit_chain_heads`);
    expect(rowsOf<{ chain: string }>(res).map((r) => r.chain)).toEqual(["t"]);
  });
});
