import crypto from "node:crypto";

/** The fields of an audit event that its hash covers (everything but the id and the hash itself). */
export type ChainedFields = {
  organisationId: string | null;
  chain: string;
  requestId: string | null;
  personId: string | null;
  actorId: string | null;
  actorRole: string;
  action: string;
  payload: Record<string, unknown>;
  sealed: string | null;
  at: Date;
  prevHash: string;
};

/** What the anchored head of a chain states; its MAC covers all of it. */
export type HeadFields = {
  chain: string;
  lastEventId: number;
  eventCount: number;
  headHash: string;
  /** Events with id ≤ this predate the keyed chain (plain SHA-256); 0 = none. */
  legacyThrough: number;
};

export const GENESIS_HASH = "0".repeat(64);

/**
 * How many chains an organisation's request events are spread over (issue 13). Appends to one chain
 * are serialised until commit, so one chain per organisation capped it at about one filing per
 * commit; a request's events all go to the chain its id picks, so each request's trail is still one
 * ordered, keyed, anchored chain. Never lower it: events already written stay where they are, and
 * raising it only starts new chains.
 */
export const REQUEST_CHAINS = 16;

/** The chain of an event: the request's shard of its organisation, the organisation's own, or "system". */
export function chainOf(organisationId: string | null, requestId?: string | null): string {
  if (!organisationId) return "system";
  if (!requestId) return organisationId;
  // Request ids are random UUIDs: their last hex digits spread requests evenly.
  return `${organisationId}/${parseInt(requestId.slice(-4), 16) % REQUEST_CHAINS}`;
}

/** Canonical JSON: object keys sorted, so the same event always hashes the same on any database. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

function eventBody(e: ChainedFields): string {
  const pick: ChainedFields = {
    organisationId: e.organisationId,
    chain: e.chain,
    requestId: e.requestId,
    personId: e.personId,
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    payload: e.payload,
    sealed: e.sealed,
    at: e.at,
    prevHash: e.prevHash,
  };
  return canonicalJson({ ...pick, at: new Date(e.at).toISOString() });
}

/**
 * Each event's hash is an HMAC-SHA256 over its content and the previous event's hash, keyed with the
 * audit key (derived from the data key, never stored in the database): write access to the database
 * alone cannot recompute a rewritten chain (Art. 5(2) accountability, issue 9 finding 14).
 */
export function hashEvent(e: ChainedFields, key: Buffer): string {
  return crypto.createHmac("sha256", key).update(eventBody(e)).digest("hex");
}

/** The unkeyed hash used before the keyed chain; accepted only for events the head anchor marks legacy. */
export function hashEventLegacy(e: ChainedFields): string {
  return crypto.createHash("sha256").update(eventBody(e)).digest("hex");
}

/** The MAC of a chain head; the domain prefix keeps it from ever equalling an event hash. */
export function macHead(h: HeadFields, key: Buffer): string {
  const body = canonicalJson({
    v: "omatieto/audit-head/v1",
    chain: h.chain,
    lastEventId: Number(h.lastEventId),
    eventCount: Number(h.eventCount),
    headHash: h.headHash,
    legacyThrough: Number(h.legacyThrough),
  });
  return crypto.createHmac("sha256", key).update(body).digest("hex");
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
