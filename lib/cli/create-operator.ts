// `npm run admin:create-operator -- EMAIL [--name "Full Name"] [--locale fi|sv|en]`: the platform
// operator's account on a fresh install (issue 10). It only creates the account: the operator signs in
// with the ordinary email link and sets up TOTP on the first visit, like staff. Running it again for the
// same address changes nothing. The address is not printed back (logs without personal data).
import { z } from "zod";
import { openConfiguredDb, prepareSchema } from "../db/client";
import { createOperator } from "../operator/setup-queries";
import { WorkflowError } from "../workflow/errors";

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().max(200).optional(),
  locale: z.enum(["fi", "sv", "en"]).default("fi"),
});

function parseArgs(argv: string[]) {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--name" || a === "--locale") out[a.slice(2)] = argv[++i] ?? "";
    else if (!a.startsWith("--") && !out.email) out.email = a;
  }
  return argsSchema.safeParse(out);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.success) {
    console.error('usage: npm run admin:create-operator -- EMAIL [--name "Full Name"] [--locale fi|sv|en]');
    process.exit(2);
  }
  const handle = await openConfiguredDb();
  try {
    await prepareSchema(handle);
    const r = await handle.db.transaction((tx) => createOperator(tx, args.data));
    console.log(r.created ? "[omatieto] operator account created: sign in at /sign-in with that address, then set up TOTP" : "[omatieto] that address is already an operator: nothing changed");
  } catch (e) {
    if (e instanceof WorkflowError && e.reason === "email_in_use") {
      console.error("[omatieto] that address already belongs to a staff or subject account: use another address for the operator");
      process.exitCode = 1;
    } else throw e;
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
