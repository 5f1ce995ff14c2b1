// `npm run doctor`: check a deployment's configuration before (or while) it runs (issue 10): the
// variables production requires, an https base URL, the data key, the database (reachable, migrated,
// the app role owning nothing) and the SMTP server (connect + EHLO). Prints one line per check, what is
// wrong and how to fix it; exits 1 when anything must be fixed. Prints no secrets and no personal data.
import path from "node:path";
import { sql } from "drizzle-orm";
import { checkProductionSettings } from "../config/production-check";
import { isDemoMode } from "../config/mode";
import { openConfiguredDb, type DbHandle } from "../db/client";
import { assertMigrated, ownsTables } from "../db/roles";
import { isPatched } from "./patch-postgres.mjs";
import { isPatched as isDrizzleFaster } from "./patch-drizzle.mjs";

type Check = { name: string; problems: string[]; notes?: string[] };

function checkHttps(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const url = new URL(value);
    const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    if (url.protocol !== "https:" && !local) return ["OMATIETO_BASE_URL is not https: people's sign-in links and session cookies must travel encrypted; put a reverse proxy with a certificate in front (README \"Running it\")"];
  } catch {}
  return [];
}

async function checkDatabase(): Promise<Check> {
  const where = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${path.join(process.env.OMATIETO_DATA_DIR ?? "data", "pglite")}`;
  const check: Check = { name: `database: ${where}`, problems: [], notes: [] };
  let handle: DbHandle | undefined;
  try {
    handle = await openConfiguredDb();
    await handle.db.execute(sql`select 1`);
  } catch (e) {
    check.problems.push(`cannot open the database: ${firstLine(e)}`);
    await handle?.close().catch(() => {});
    return check;
  }
  try {
    await assertMigrated(handle.db, path.join(process.cwd(), "drizzle")).catch((e) => {
      // A fresh database is migrated by the app at its first start: only a behind schema is a problem then.
      const msg = firstLine(e);
      if (/cannot read drizzle/.test(msg) && handle!.kind === "pglite") check.notes!.push("no migrations applied yet: the app applies them at its first start");
      else check.problems.push(msg.replace(/^\[omatieto\] /, ""));
    });
    if (handle.kind === "postgres" && !isPatched(process.cwd())) {
      check.problems.push("the postgres driver lacks the transaction fix that `npm ci` applies (lib/cli/patch-postgres.mjs): run `npm ci` without --ignore-scripts");
    }
    if (!isDrizzleFaster(process.cwd())) {
      check.notes!.push("drizzle-orm lacks the speed-up that `npm ci` applies (lib/cli/patch-drizzle.mjs): it works, only slower");
    }
    if (handle.kind === "postgres" && !isDemoMode() && (await ownsTables(handle.db))) {
      check.problems.push(
        "DATABASE_URL connects as the owner of the tables or a superuser: connect the app as a role that owns nothing and migrate with DATABASE_MIGRATION_URL (README \"PostgreSQL roles\")",
      );
    }
  } finally {
    await handle.close();
  }
  return check;
}

async function checkSmtp(url: string | undefined): Promise<Check> {
  const check: Check = { name: "mail server (SMTP_URL)", problems: [] };
  if (!url) return { ...check, problems: ["SMTP_URL is not set"] };
  try {
    const nodemailer = await import("nodemailer");
    const transporter = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 10_000 });
    await transporter.verify();
    transporter.close();
  } catch (e) {
    check.problems.push(`cannot talk to the mail server (connect + EHLO): ${firstLine(e)}`);
  }
  return check;
}

/** The error's first line with any URL credentials masked (an SMTP or database password never prints). */
function firstLine(e: unknown): string {
  const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  return msg.replace(/\/\/[^/@\s]*@/g, "//***@");
}

async function main() {
  const env = process.env;
  const checks: Check[] = [];
  checks.push({ name: "mode", problems: [], notes: [isDemoMode() ? "demo mode (OMATIETO_DEMO=1): only for fictional data" : "production mode"] });
  const settings = isDemoMode() ? [] : checkProductionSettings(env);
  checks.push({ name: "settings (OMATIETO_BASE_URL, AUTH_SECRET, OMATIETO_DATA_KEY, SMTP_URL)", problems: settings });
  checks.push({ name: "https base URL", problems: isDemoMode() ? [] : checkHttps(env.OMATIETO_BASE_URL) });
  checks.push(await checkDatabase());
  if (!isDemoMode() || env.SMTP_URL) checks.push(await checkSmtp(env.SMTP_URL));

  let failed = 0;
  for (const c of checks) {
    for (const n of c.notes ?? []) console.log(`  note  ${c.name}: ${n}`);
    if (c.problems.length === 0) console.log(`  ok    ${c.name}`);
    for (const p of c.problems) {
      failed++;
      console.log(`  FAIL  ${c.name}: ${p}`);
    }
  }
  console.log(failed === 0 ? "[omatieto] doctor: everything checked is in order" : `[omatieto] doctor: ${failed} problem(s) to fix (README "Running it")`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`[omatieto] doctor failed: ${firstLine(e)}`);
  process.exit(1);
});
