import { getDb } from "../db/client";
import { seedIfEmpty } from "../seed/seed";
import { startWorkers } from "../jobs/workers";
import { isDemoMode, pinAuthUrl } from "../config/mode";
import { checkProductionSettings, REFUSAL_PREFIX } from "../config/production-check";
import { checkDatabaseRoles } from "../db/role-check";
import { issueSetupToken } from "../operator/setup-queries";
import { BOOTED } from "../cli/cluster.mjs";

/**
 * Production refuses to start without its settings, one line per problem (issue 9, finding 1):
 * better no service than one that mails links to a host a client chose or shows mail at /dev/mail.
 */
function refuseIncompleteProduction(): void {
  if (isDemoMode()) return;
  const problems = checkProductionSettings(process.env);
  if (problems.length === 0) return;
  for (const p of problems) console.error(`${REFUSAL_PREFIX} ${p}`);
  console.error(`${REFUSAL_PREFIX} see "Deploying for real client data" in README.md (or set OMATIETO_DEMO=1 for a demo with fictional data)`);
  process.exit(1);
}

/**
 * Process start (instrumentation.ts): check the production settings, apply migrations (getDb
 * migrates on open), in demo mode put the demo data into an empty database, start the background
 * workers. Errors are logged without personal data.
 */
export async function bootServer(): Promise<void> {
  refuseIncompleteProduction();
  pinAuthUrl();
  const db = await getDb();
  // Production on PostgreSQL: the app must not own the tables (it could switch off the audit trigger).
  try {
    await checkDatabaseRoles();
  } catch (e) {
    console.error(`${REFUSAL_PREFIX} ${(e as Error).message.replace(/^\[omatieto\] /, "")}`);
    process.exit(1);
  }
  // Production never seeds: the demo accounts' TOTP secrets are published in the README.
  if (isDemoMode() && process.env.OMATIETO_SEED !== "off") {
    const seeded = await seedIfEmpty(db);
    if (seeded) console.log("[omatieto] empty database: demo data inserted");
  }
  // Several instances (lib/cli/cluster.mjs): the first prints the setup token, the others need not.
  if (process.env.OMATIETO_CLUSTER_FOLLOWER !== "1") await printSetupToken(db);
  if (process.env.OMATIETO_WORKERS !== "off") startWorkers(db);
  // Tells the cluster's primary that the schema is migrated (and demo data seeded): the others may start.
  process.send?.({ type: BOOTED });
}

/**
 * A fresh install has no platform operator (issue 10): print a one-time setup token, redeemable once at
 * /setup until it expires (only its hash is stored). `npm run admin:create-operator` is the other way.
 */
async function printSetupToken(db: Awaited<ReturnType<typeof getDb>>): Promise<void> {
  const issued = await issueSetupToken(db);
  if (!issued) return;
  console.log(`[omatieto] no platform operator yet: open /setup and enter the setup token ${issued.token} (single use, valid until ${issued.expiresAt.toISOString()}), or run: npm run admin:create-operator -- EMAIL`);
}
