import "server-only";
import { desc, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "../db/client";
import { devMailbox } from "../db/schema";
import { getClientIp } from "../http/client-ip";
import { isLoopbackAddress } from "../http/loopback";
import { isDevMailbox } from "./transport";

/** Only in demo mode without SMTP, and only to a client on this machine; everyone else gets a 404. */
export async function canOpenDevMailbox(): Promise<boolean> {
  return isDevMailbox() && isLoopbackAddress(await getClientIp());
}

/**
 * Demo-mode mailbox entries carry live sign-in links: they are deleted after an hour (issue 9,
 * finding 9), on every read and by the worker, so the table never holds old tokens.
 */
export const DEV_MAIL_TTL_SECONDS = 60 * 60;

export async function pruneDevMailbox(db: DbOrTx, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - DEV_MAIL_TTL_SECONDS * 1000);
  const gone = await db.delete(devMailbox).where(lt(devMailbox.createdAt, cutoff)).returning({ id: devMailbox.id });
  return gone.length;
}

export async function listDevMailbox(limit = 100) {
  const db = await getDb();
  await pruneDevMailbox(db);
  return db.select().from(devMailbox).orderBy(desc(devMailbox.createdAt)).limit(limit);
}

export async function getDevMail(id: string) {
  if (!z.uuid().safeParse(id).success) return undefined;
  const db = await getDb();
  await pruneDevMailbox(db);
  const [row] = await db.select().from(devMailbox).where(eq(devMailbox.id, id));
  return row;
}
