import "server-only";
import { getDb } from "../db/client";
import { users } from "../db/schema";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { enqueueEmail, processOutbox } from "../mail/queries";
import { isLocale, localeCookie } from "../i18n/config";
import type { Locale } from "../db/types";
import { getPublicBaseUrl } from "../config/mode";

/**
 * The sign-in link goes through the outbox like every email (so it is retried if SMTP is down),
 * then is sent at once: the person is waiting for it. The outbox keeps the body (with the token) only
 * until it is sent (lib/mail/queries.ts blanks sign-in bodies then).
 */
export async function sendSignInLink(email: string, url: string): Promise<void> {
  const db = await getDb();
  const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.email, email));
  let locale: Locale = user?.locale ?? "fi";
  try {
    const chosen = (await cookies()).get(localeCookie)?.value;
    if (isLocale(chosen)) locale = chosen;
  } catch {
    // Outside a request (scripts): keep the account's language.
  }
  const mail = await enqueueEmail(db, {
    template: "sign_in",
    locale,
    to: email,
    vars: { signInUrl: url, portalUrl: getPublicBaseUrl(), recipientName: "", organisationName: "Omatieto", organisationContact: "" },
  });
  await processOutbox(db, { onlyIds: [mail.id] });
}
