import "server-only";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { auditEvents } from "../db/schema";
import type { DbOrTx } from "../db/client";
import { sealText } from "../crypto";
import { GENESIS_HASH, hashEvent, type ChainedFields } from "./chain";

export type AuditInput = {
  organisationId: string | null;
  requestId?: string | null;
  personId?: string | null;
  actorId: string | null;
  actorRole: "subject" | "staff" | "admin" | "system";
  action: string;
  /** No personal data here: codes, ids, counts, field names. */
  payload?: Record<string, unknown>;
  /** Personal values (e.g. before/after of a rectification): stored encrypted. */
  personal?: Record<string, unknown>;
};

/**
 * Append one audit event. Call inside the transaction of the change it records (house rule 7).
 * The chain is per organisation; a transaction-scoped advisory lock serialises appends to one chain
 * so two instances cannot fork it.
 */
export async function recordAudit(tx: DbOrTx, input: AuditInput) {
  const chain = input.organisationId ?? "system";
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${"audit:" + chain}))`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const fields: ChainedFields = {
    organisationId: input.organisationId,
    chain,
    requestId: input.requestId ?? null,
    personId: input.personId ?? null,
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    payload: input.payload ?? {},
    sealed: input.personal ? sealText(JSON.stringify(input.personal), chain) : null,
    // Millisecond precision survives both databases' timestamptz, so the hash re-verifies.
    at: new Date(Math.floor(Date.now())),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const [row] = await tx.insert(auditEvents).values({ ...fields, hash: hashEvent(fields) }).returning();
  return row;
}

export type ChainReport = { chain: string; events: number; firstBroken?: { id: number; reason: string } };

/** Walk every chain in id order and report the first event whose link or content does not match. */
export async function verifyAuditChains(db: DbOrTx, batch = 5000): Promise<ChainReport[]> {
  const chains = await db.selectDistinct({ chain: auditEvents.chain }).from(auditEvents);
  const reports: ChainReport[] = [];
  for (const { chain } of chains) {
    let prev = GENESIS_HASH;
    let lastId = 0;
    let count = 0;
    let broken: ChainReport["firstBroken"];
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.chain, chain), gt(auditEvents.id, lastId)))
        .orderBy(asc(auditEvents.id))
        .limit(batch);
      if (rows.length === 0) break;
      for (const r of rows) {
        count++;
        lastId = r.id;
        if (broken) continue;
        if (r.prevHash !== prev) broken = { id: r.id, reason: "prev_hash does not match the previous event" };
        else if (hashEvent(r) !== r.hash) broken = { id: r.id, reason: "content does not match its hash" };
        prev = r.hash;
      }
    }
    reports.push({ chain, events: count, firstBroken: broken });
  }
  return reports;
}

export async function listRequestAudit(db: DbOrTx, requestId: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId)).orderBy(asc(auditEvents.id));
}
