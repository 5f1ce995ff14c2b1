// `npm run db:seed`: migrate and insert the demo data (idempotent). With the embedded database,
// stop the app first: one process owns the PGlite folder.
import { openConfiguredDb, prepareSchema } from "../db/client";
import { seedDatabase } from "../seed/seed";

async function main() {
  const handle = await openConfiguredDb();
  await prepareSchema(handle);
  await seedDatabase(handle.db);
  await handle.close();
  console.log("[omatieto] demo data is in place");
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
