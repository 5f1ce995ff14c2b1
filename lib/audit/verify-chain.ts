import { GENESIS_HASH, hashEvent, hashEventLegacy, macHead, sameDigest, type ChainedFields, type HeadFields } from "./chain";

export type ChainStatus =
  /** Every event verifies and the walk ends exactly at the anchored head. */
  | "intact"
  /** No anchored head and only plain SHA-256 events: older data whose rewriting or cut tail cannot be detected. */
  | "legacy"
  | "broken";

export type ChainReport = {
  chain: string;
  status: ChainStatus;
  events: number;
  /** Events hashed with plain SHA-256 (before the keyed chain began). */
  legacyEvents: number;
  head?: { lastEventId: number; eventCount: number; headHash: string };
  firstBroken?: { id: number; reason: string };
};

type Row = ChainedFields & { id: number; hash: string };

/**
 * Walks one chain in id order (pure: the caller feeds the rows in batches). Keyed events must carry
 * the HMAC; plain SHA-256 is accepted only up to the head's MACed `legacyThrough`, so rewriting with
 * SHA-256 after the keyed chain began is reported, and a rewritten legacy prefix no longer links to
 * the first keyed event. At the end the walk must stop exactly at the anchored head.
 */
export function createChainWalker(chain: string, head: (HeadFields & { mac: string }) | undefined, key: Buffer) {
  let prev = GENESIS_HASH;
  let count = 0;
  let legacy = 0;
  let keyed = 0;
  let lastId = 0;
  let broken: ChainReport["firstBroken"];
  const headOk = head ? sameDigest(macHead(head, key), head.mac) : false;
  if (head && !headOk) broken = { id: Number(head.lastEventId), reason: "the anchored head's MAC does not verify (forged or rewritten head)" };

  function step(r: Row) {
    count++;
    lastId = r.id;
    if (!broken) {
      const legacyAllowed = head ? r.id <= Number(head.legacyThrough) : true;
      if (r.prevHash !== prev) broken = { id: r.id, reason: "prev_hash does not match the previous event" };
      else if (sameDigest(hashEvent(r, key), r.hash)) keyed++;
      else if (sameDigest(hashEventLegacy(r), r.hash)) {
        if (legacyAllowed) legacy++;
        else broken = { id: r.id, reason: "hashed with plain SHA-256 after the keyed chain began (rewritten)" };
      } else broken = { id: r.id, reason: "content does not match its keyed hash" };
    }
    prev = r.hash;
  }

  function finish(): ChainReport {
    const base = { chain, events: count, legacyEvents: legacy };
    const anchored = head && {
      lastEventId: Number(head.lastEventId),
      eventCount: Number(head.eventCount),
      headHash: head.headHash,
    };
    if (!broken && anchored) {
      const atHead = count === anchored.eventCount && lastId === anchored.lastEventId && prev === anchored.headHash;
      if (!atHead) {
        broken = {
          id: lastId,
          reason:
            `the chain ends at event ${lastId} (${count} events) but its anchored head is event ` +
            `${anchored.lastEventId} (${anchored.eventCount} events): events were cut or added`,
        };
      }
    }
    if (!broken && !head && keyed > 0) {
      broken = { id: lastId, reason: "keyed events without an anchored head (the head was deleted)" };
    }
    if (broken) return { ...base, status: "broken", head: anchored || undefined, firstBroken: broken };
    return { ...base, status: head ? "intact" : count === 0 ? "intact" : "legacy", head: anchored || undefined };
  }

  return { step, finish };
}
