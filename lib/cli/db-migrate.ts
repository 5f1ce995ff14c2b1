// `npm run db:migrate`: apply the committed SQL migrations in drizzle/ (the app also does this at start).
import { migrateDb, openConfiguredDb } from "../db/client";

async function main() {
  const handle = await openConfiguredDb();
  await migrateDb(handle);
  await handle.close();
  console.log("[omatieto] migrations applied");
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
