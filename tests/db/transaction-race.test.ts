import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import postgres from "postgres";
import { isPatched } from "@/lib/cli/patch-postgres.mjs";

// postgres.js 3.4.9 could send a transaction's BEGIN without reserving its connection (lib/cli/patch-postgres.mjs).
// These reproduce it at the pipeline boundary, where it is deterministic: both connections are busy (queries
// are sent at once with .execute(), not on the next tick), so the BEGIN is pipelined behind a query and fills
// the pipeline. Unpatched, the first test gets
// UNSAFE_TRANSACTION and the second sees an unrelated insert run inside a transaction that is rolled back.
const url = process.env.DATABASE_URL;

describe("the postgres driver's transactions", () => {
  it("is patched in this install", () => {
    expect(isPatched(path.resolve(__dirname, "../.."))).toBe(true);
  });
});

describe.skipIf(!url)("a transaction under a full pipeline (PostgreSQL)", () => {
  const table = `race_${process.pid}`;
  let sql: postgres.Sql;

  beforeAll(async () => {
    // max_pipeline is a real option the driver's types leave out.
    const options = { max: 2, max_pipeline: 1, fetch_types: false, onnotice: () => {} };
    sql = postgres(url!, options as postgres.Options<{}>);
    await sql.unsafe(`create table ${table} (src text not null)`);
    // Both connections open first, so that the queries below find them busy rather than connecting.
    await Promise.all([sql`select 1`, sql`select 1`]);
  });
  afterAll(async () => {
    await sql.unsafe(`drop table if exists ${table}`);
    await sql.end();
  });

  it("reserves the connection of a BEGIN pipelined behind another query", async () => {
    const busy = [sql`select pg_sleep(0.2)`.execute(), sql`select pg_sleep(0.2)`.execute()];
    const tx = sql.begin(async (t) => (await t`select 41 + 1 as n`)[0].n);
    await Promise.all(busy);
    await expect(tx).resolves.toBe(42);
  });

  it("runs no other statement inside a transaction that rolls back", async () => {
    const busy = [sql`select pg_sleep(0.2)`.execute(), sql`select pg_sleep(0.2)`.execute()];
    const tx = sql
      .begin(async (t) => {
        await t.unsafe(`insert into ${table} (src) values ('transaction')`);
        await t`select pg_sleep(0.1)`;
        throw new Error("roll back");
      })
      .catch((e: Error) => e.message);
    const outside = sql.unsafe(`insert into ${table} (src) values ('outside')`).execute();
    await Promise.all([...busy, outside]);
    expect(await tx).toBe("roll back");
    const rows = await sql.unsafe(`select src from ${table} order by src`);
    expect(rows.map((r) => r.src)).toEqual(["outside"]);
  });
});
