import "server-only";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { auditChainHeads, auditEvents } from "../db/schema";
import { rowsOf, type DbOrTx } from "../db/client";
import { getKeys, sealText } from "../crypto";
import { isDemoMode } from "../config/mode";
import { GENESIS_HASH, chainOf, hashEvent, macHead, sameDigest, type ChainedFields, type HeadFields } from "./chain";
import { createChainWalker, type ChainReport } from "./verify-chain";

export type { ChainReport, ChainStatus } from "./verify-chain";

export type AuditInput = {
  organisationId: string | null;
  requestId?: string | null;
  personId?: string | null;
  actorId: string | null;
  actorRole: "subject" | "staff" | "admin" | "operator" | "system";
  action: string;
  /** No personal data here: codes, ids, counts, field names. */
  payload?: Record<string, unknown>;
  /** Personal values (e.g. before/after of a rectification): stored encrypted. */
  personal?: Record<string, unknown>;
  /**
   * When it happened, if not now: only the demo seed, which writes the history of requests that
   * happened before it ran (issue 11). Hashed like any time, so the chain verifies; order is by id.
   */
  at?: Date;
};

/**
 * Append one audit event. Call inside the transaction of the change it records (house rule 7).
 * The chain is per organisation, and a request's events are in one of its REQUEST_CHAINS chains
 * (chainOf, lib/audit/chain.ts); a transaction-scoped advisory lock serialises appends to one chain
 * so two instances cannot fork it. The chain's anchored head (count, last id, hash, MAC) is read
 * instead of the last event and upserted after it.
 */
export async function recordAudit(tx: DbOrTx, input: AuditInput) {
  const [row] = await recordAudits(tx, [input]);
  return row;
}

/**
 * Append events of ONE chain in order, in two round trips whatever their number (issue 13): the lock,
 * the head and the events' ids are asked for together, the events and the new head written together.
 * The ids are drawn after the lock is granted (a later statement of the same pipeline), so id order
 * is chain order, as the verifier walks it; the lock is held from there to commit, so callers append
 * as late in their transaction as they can.
 */
export async function recordAudits(tx: DbOrTx, inputs: AuditInput[]) {
  if (inputs.length === 0) return [];
  const chain = chainOf(inputs[0].organisationId, inputs[0].requestId);
  if (inputs.some((i) => chainOf(i.organisationId, i.requestId) !== chain)) throw new Error("recordAudits: one chain per call");
  const key = getKeys().audit;
  // Pipelined (drizzle's queries are lazy: Promise.all starts them in array order), and PostgreSQL runs them in order, so the ids and the head are read under the lock.
  const [, idRows, [head]] = await Promise.all([
    tx.execute(sql`select pg_advisory_xact_lock(hashtext(${"audit:" + chain}))`),
    tx.execute(sql`select nextval(pg_get_serial_sequence('audit_events', 'id'))::bigint as id from generate_series(1, ${inputs.length}::int)`),
    tx.select().from(auditChainHeads).where(eq(auditChainHeads.chain, chain)),
  ]);
  // Never extend (and so re-MAC) a head that does not verify: that would launder a rewritten head.
  if (head && !sameDigest(macHead(head, key), head.mac)) throw new Error(`audit chain ${chain}: anchored head does not verify; run npm run audit:verify`);
  const start = head ?? (await startAnchor(tx, chain));
  const ids = rowsOf<{ id: string | number }>(idRows).map((r) => Number(r.id)).sort((a, b) => a - b);
  let prevHash = start.headHash;
  const rows = inputs.map((input, i) => {
    const fields: ChainedFields = {
      organisationId: input.organisationId,
      chain,
      requestId: input.requestId ?? null,
      personId: input.personId ?? null,
      actorId: input.actorId,
      actorRole: input.actorRole,
      action: input.action,
      payload: input.payload ?? {},
      // Bound to the organisation (what the chain was before it was split by request).
      sealed: input.personal ? sealText(JSON.stringify(input.personal), input.organisationId ?? "system") : null,
      // Millisecond precision survives both databases' timestamptz, so the hash re-verifies.
      at: new Date(Math.floor(input.at?.getTime() ?? Date.now())),
      prevHash,
    };
    const row = { id: ids[i], ...fields, hash: hashEvent(fields, key) };
    prevHash = row.hash;
    return row;
  });
  const last = rows[rows.length - 1];
  const next: HeadFields = {
    chain,
    lastEventId: last.id,
    eventCount: Number(start.eventCount) + rows.length,
    headHash: last.hash,
    legacyThrough: Number(start.legacyThrough),
  };
  const values = { ...next, mac: macHead(next, key) };
  const [inserted] = await Promise.all([
    tx.insert(auditEvents).values(rows).returning(),
    tx
      .insert(auditChainHeads)
      .values(values)
      .onConflictDoUpdate({
        target: auditChainHeads.chain,
        set: { lastEventId: values.lastEventId, eventCount: values.eventCount, headHash: values.headHash, mac: values.mac },
      }),
  ]);
  return inserted.sort((a, b) => a.id - b.id);
}

/**
 * First keyed append to a chain without a head. A new chain starts at the genesis hash. Events already
 * there without a head are either a demo data folder from before the keyed chain (plain SHA-256: only
 * in demo mode adopted as a legacy prefix up to the last existing id) or a deleted head, perhaps with
 * a cut tail: re-anchoring that would hide the cut, so outside demo mode the append is refused.
 */
async function startAnchor(tx: DbOrTx, chain: string) {
  const [last] = await tx
    .select({ id: auditEvents.id, hash: auditEvents.hash, n: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  if (!last) return { headHash: GENESIS_HASH, eventCount: 0, legacyThrough: 0 };
  if (!isDemoMode()) throw new Error(`audit chain ${chain}: events without an anchored head; run npm run audit:verify`);
  return { headHash: last.hash, eventCount: last.n, legacyThrough: last.id };
}

/**
 * Walk every chain (and every anchored head, so a chain deleted down to nothing is seen) in id order.
 * `key` defaults to the deployment's audit key; tests pass another to show a wrong key fails.
 */
export async function verifyAuditChains(db: DbOrTx, opts: { batch?: number; key?: Buffer } = {}): Promise<ChainReport[]> {
  const batch = opts.batch ?? 5000;
  const key = opts.key ?? getKeys().audit;
  const heads = await db.select().from(auditChainHeads);
  const chains = new Set(heads.map((h) => h.chain));
  for (const { chain } of await db.selectDistinct({ chain: auditEvents.chain }).from(auditEvents)) chains.add(chain);
  const reports: ChainReport[] = [];
  for (const chain of [...chains].sort()) {
    const walker = createChainWalker(chain, heads.find((h) => h.chain === chain), key);
    let lastId = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.chain, chain), gt(auditEvents.id, lastId)))
        .orderBy(asc(auditEvents.id))
        .limit(batch);
      if (rows.length === 0) break;
      for (const r of rows) walker.step(r);
      lastId = rows[rows.length - 1].id;
    }
    reports.push(walker.finish());
  }
  return reports;
}

export async function listRequestAudit(db: DbOrTx, requestId: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId)).orderBy(asc(auditEvents.id));
}
