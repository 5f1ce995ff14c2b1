import crypto from "node:crypto";

/**
 * Deterministic UUIDs for demo rows (name-based, RFC 4122 v5 layout): running the seed twice
 * inserts nothing new (`on conflict do nothing`), and demo URLs stay the same across machines.
 */
export function seedId(...parts: string[]): string {
  const h = crypto.createHash("sha1").update(`omatieto-seed:${parts.join(":")}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
