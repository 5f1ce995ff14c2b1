import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rowsOf } from "../db/client";
import { seedOrganisationsInto } from "./seed-organisations";
import { seedPersonsInto } from "./seed-persons";
import { seedAccountsInto } from "./seed-accounts";
import { seedRequestsInto } from "./seed-requests";

/**
 * Demo data (issue 2): both seed organisations with their registers in fi/sv/en, processors, staff,
 * ~30 fictional persons with data in every category and requests in every status and type.
 * Idempotent: every row has a deterministic id and is inserted with `on conflict do nothing`.
 */
export async function seedDatabase(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // One seeder at a time, even with several app instances starting together.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('omatieto:seed'))`);
    const orgs = await seedOrganisationsInto(tx);
    await seedPersonsInto(tx, orgs);
    const accounts = await seedAccountsInto(tx, orgs);
    await seedRequestsInto(tx, orgs, accounts);
  });
}

/** Seed only an empty database (first start). */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from organisations`));
  if (Number(row?.n ?? 0) > 0) return false;
  await seedDatabase(db);
  return true;
}
