import crypto from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { auditChainHeads, auditEvents, type AuditEvent } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/client";
import { GENESIS_HASH, type ChainedFields } from "@/lib/audit/chain";

/**
 * What someone holding the database (owner or superuser) but not the data key can do: switch the
 * append-only triggers off, change rows, switch them back on.
 */
export async function asOwner(db: DbOrTx, change: () => Promise<unknown>) {
  await db.execute(sql`alter table audit_events disable trigger user`);
  await db.execute(sql`alter table audit_chain_heads disable trigger user`);
  try {
    await change();
  } finally {
    await db.execute(sql`alter table audit_events enable trigger user`);
    await db.execute(sql`alter table audit_chain_heads enable trigger user`);
  }
}

export async function chainRows(db: DbOrTx, chain: string): Promise<AuditEvent[]> {
  return db.select().from(auditEvents).where(eq(auditEvents.chain, chain)).orderBy(asc(auditEvents.id));
}

/** Rewrite a chain from the first event on: `edit` changes rows, `hash` recomputes every link. */
export async function rewriteChain(
  db: DbOrTx,
  chain: string,
  edit: (r: AuditEvent) => AuditEvent,
  hash: (e: ChainedFields) => string,
) {
  let prev = GENESIS_HASH;
  for (const original of await chainRows(db, chain)) {
    const r = { ...edit(original), prevHash: prev };
    r.hash = hash(r);
    await db.update(auditEvents).set({ payload: r.payload, prevHash: r.prevHash, hash: r.hash }).where(eq(auditEvents.id, r.id));
    prev = r.hash;
  }
  return prev;
}

export const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

export async function setHead(db: DbOrTx, chain: string, set: Partial<typeof auditChainHeads.$inferInsert>) {
  await db.update(auditChainHeads).set(set).where(eq(auditChainHeads.chain, chain));
}
