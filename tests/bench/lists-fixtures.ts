// Fixtures of the lists benchmark (tests/bench/lists.ts, lists-http.ts): bulk rows by SQL.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/client";

export async function one<T>(db: Db, q: ReturnType<typeof sql>): Promise<T> {
  return rowsOf<T>(await db.execute(q))[0];
}

/** A subject with `n` requests, in groups of three filed in the same microsecond (ties broken by id). */
export async function subjectWithRequests(db: Db, orgId: string, n: number, tag: string): Promise<{ userId: string; requestId: string }> {
  const { id: userId } = await one<{ id: string }>(db, sql`insert into users (id, email, name, role, locale) values (${crypto.randomUUID()}, ${`bench-${tag}-${crypto.randomUUID()}@example.fi`}, 'Bench Subject', 'subject', 'fi') returning id`);
  await db.execute(sql`
    insert into requests (reference, organisation_id, user_id, type, status, channel, locale, subject_name, received_at, received_on,
                          base_due_on, due_on, target_on, required_level, details, created_at)
    select 'BL-' || ${tag} || '-' || g, ${orgId}::uuid, ${userId}, 'access', 'completed', 'portal', 'fi', 'Bench Subject',
           now() - (g / 3) * interval '1 minute', (now() - (g / 3) * interval '1 minute')::date,
           (now() - (g / 3) * interval '1 minute' + interval '1 month')::date, (now() - (g / 3) * interval '1 minute' + interval '1 month')::date,
           (now() - (g / 3) * interval '1 minute' + interval '21 days')::date, 2, '{"type":"access","registerIds":[],"formats":["pdf"]}'::jsonb,
           timestamptz '2026-01-01 00:00:00+00' + (g / 3) * interval '1 second'
    from generate_series(1, ${n}::int) g`);
  const { id: requestId } = await one<{ id: string }>(db, sql`select id from requests where user_id = ${userId} order by created_at desc, id desc limit 1`);
  return { userId, requestId };
}

/** `n` messages in one request (the subject's newest): read, but for a few unread staff messages. */
export async function thread(db: Db, requestId: string, n: number): Promise<void> {
  await db.execute(sql`
    insert into messages (request_id, from_staff, body, created_at, read_at)
    select ${requestId}::uuid, g % 2 = 0, 'Viesti ' || g, timestamptz '2026-02-01 00:00:00+00' + (g / 2) * interval '1 second',
           case when g > ${n}::int - 3 then null else now() end
    from generate_series(1, ${n}::int) g`);
}

export async function persons(db: Db, orgId: string, n: number): Promise<void> {
  const { id: registerId } = await one<{ id: string }>(db, sql`select id from registers where organisation_id = ${orgId} order by slug limit 1`);
  const last = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen"];
  await db.execute(sql`
    insert into person_records (organisation_id, register_id, first_name, last_name, email)
    select ${orgId}::uuid, ${registerId}::uuid, 'Bench ' || g,
           case when g % 50 = 0 then null else (${`{${last.join(",")}}`}::text[])[1 + g % 10] || ' ' || (g % 997) end,
           'bench' || g || '@example.fi'
    from generate_series(1, ${n}::int) g`);
}

