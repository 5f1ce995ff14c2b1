// `npm run db:migrate`: apply the committed SQL migrations in drizzle/ (the app also does this at start).
// With DATABASE_MIGRATION_URL the owner's connection migrates and then grants the app role
// (OMATIETO_DB_APP_ROLE, else the role of DATABASE_URL): README "PostgreSQL roles".
import { migrateDb, openConfiguredDb, openPostgres, prepareSchema } from "../db/client";
import { grantAppRole } from "../db/roles";

async function main() {
  const ownerUrl = process.env.DATABASE_MIGRATION_URL;
  if (ownerUrl && !process.env.DATABASE_URL) {
    const owner = await openPostgres(ownerUrl, 1);
    await migrateDb(owner);
    const role = process.env.OMATIETO_DB_APP_ROLE;
    if (role) await grantAppRole(owner.db, role);
    await owner.close();
    console.log(role ? "[omatieto] migrations applied, app role granted" : "[omatieto] migrations applied; set OMATIETO_DB_APP_ROLE or DATABASE_URL to grant the app role");
    return;
  }
  const handle = await openConfiguredDb();
  await prepareSchema(handle);
  await handle.close();
  console.log("[omatieto] migrations applied");
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
