import "server-only";
import { eq, lt } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "../db/client";
import { devMailbox } from "../db/schema";
import { getClientIp } from "../http/client-ip";
import { isLoopbackAddress } from "../http/loopback";
import { isDevMailbox } from "./transport";
import { cursorKeyOf, openPage, type KeysetSpec } from "../pagination/keyset";

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

/** Newest first, keyset on (created_at, id) (dev_mailbox_list_idx). */
const spec: KeysetSpec = { key: devMailbox.createdAt, keyKind: "timestamp", id: devMailbox.id, idKind: "uuid", order: "desc" };
export const DEV_MAIL_PAGE_SIZE = 50;

/** One page of the mailbox, newest first; a bad cursor shows the first page. */
export async function listDevMailbox(opts: { cursor?: unknown; limit?: number } = {}) {
  const db = await getDb();
  await pruneDevMailbox(db);
  const plan = openPage(spec, opts, DEV_MAIL_PAGE_SIZE);
  const rows = await db
    .select({ id: devMailbox.id, cursorKey: cursorKeyOf(spec), createdAt: devMailbox.createdAt, toAddress: devMailbox.toAddress, subject: devMailbox.subject })
    .from(devMailbox)
    .where(plan.where)
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  return plan.finish(rows);
}

export async function getDevMail(id: string) {
  if (!z.uuid().safeParse(id).success) return undefined;
  const db = await getDb();
  await pruneDevMailbox(db);
  const [row] = await db.select().from(devMailbox).where(eq(devMailbox.id, id));
  return row;
}
