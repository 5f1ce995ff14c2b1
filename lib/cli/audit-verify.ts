// `npm run audit:verify`: walk every organisation's keyed hash chain up to its anchored head and report
// the first broken link. Exit 1 on a broken chain, and on a legacy (unkeyed, unanchored) chain outside
// demo mode. Each head is printed so it can be kept off the database: a restored old head together with
// deleted newer events can only be seen against such a copy (README "PostgreSQL roles").
import { openConfiguredDb, prepareSchema } from "../db/client";
import { verifyAuditChains } from "../audit/queries";
import { isDemoMode } from "../config/mode";

async function main() {
  const handle = await openConfiguredDb();
  await prepareSchema(handle);
  const reports = await verifyAuditChains(handle.db);
  await handle.close();
  let failed = false;
  for (const r of reports) {
    const head = r.head ? `; head event ${r.head.lastEventId}, count ${r.head.eventCount}, hash ${r.head.headHash}` : "";
    const legacy = r.legacyEvents ? `, ${r.legacyEvents} legacy SHA-256 events before the keyed chain` : "";
    if (r.status === "broken") {
      failed = true;
      console.log(`chain ${r.chain}: BROKEN at event ${r.firstBroken!.id} (${r.firstBroken!.reason}); ${r.events} events${head}`);
    } else if (r.status === "legacy") {
      failed ||= !isDemoMode();
      console.log(`chain ${r.chain}: LEGACY, ${r.events} plain SHA-256 events and no anchored head (a rewrite or cut tail cannot be detected until the next append anchors it in demo mode)`);
    } else console.log(`chain ${r.chain}: intact, ${r.events} events${legacy}${head}`);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
