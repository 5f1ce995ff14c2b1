// `npm run audit:verify`: walk every organisation's hash chain and report the first broken link.
import { migrateDb, openConfiguredDb } from "../db/client";
import { verifyAuditChains } from "../audit/queries";

async function main() {
  const handle = await openConfiguredDb();
  await migrateDb(handle);
  const reports = await verifyAuditChains(handle.db);
  await handle.close();
  let broken = false;
  for (const r of reports) {
    if (r.firstBroken) {
      broken = true;
      console.log(`chain ${r.chain}: BROKEN at event ${r.firstBroken.id} (${r.firstBroken.reason}); ${r.events} events`);
    } else console.log(`chain ${r.chain}: intact, ${r.events} events`);
  }
  process.exit(broken ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
