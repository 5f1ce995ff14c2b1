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

export const GENESIS_HASH = "0".repeat(64);

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

/** Each event's hash covers its content and the previous event's hash (tamper evidence, Art. 5(2)). */
export function hashEvent(e: ChainedFields): string {
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
  const body = canonicalJson({ ...pick, at: new Date(e.at).toISOString() });
  return crypto.createHash("sha256").update(body).digest("hex");
}
