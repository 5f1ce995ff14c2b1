import crypto from "node:crypto";
import { getKeys } from "./keys";

/**
 * AES-256-GCM for personal data that must not sit in clear in the database: the personal identity
 * code (tietosuojalaki § 29), TOTP secrets, personal values in audit events. Format:
 * `v1.<iv>.<tag>.<ciphertext>` (base64url). GCM authenticates, so a tampered value fails to open.
 */
/** GCM's full 16-byte tag: without authTagLength Node accepts a truncated tag, which is easier to forge. */
const TAG_BYTES = 16;
const IV_BYTES = 12;

export function sealText(plain: string, aad = ""): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", getKeys().enc, iv, { authTagLength: TAG_BYTES });
  if (aad) cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ct.toString("base64url")].join(".");
}

export function openText(sealed: string, aad = ""): string {
  const [v, iv, tag, ct, extra] = sealed.split(".");
  if (v !== "v1" || !iv || !tag || ct === undefined || extra !== undefined) throw new Error("Unknown sealed format");
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) throw new Error("Unknown sealed format");
  const decipher = crypto.createDecipheriv("aes-256-gcm", getKeys().enc, ivBytes, { authTagLength: TAG_BYTES });
  if (aad) decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(tagBytes);
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
}

/** A keyed hash to find a record by identity code without decrypting every row. */
export function lookupHash(value: string): string {
  return crypto.createHmac("sha256", getKeys().lookup).update(value.trim().toUpperCase()).digest("base64url");
}

/** A keyed hash of a secret (client secrets of anonymous clients), compared in constant time. */
export function hashSecret(secret: string): string {
  return crypto.createHmac("sha256", getKeys().lookup).update(`secret:${secret}`).digest("base64url");
}

export function verifySecret(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret));
  const b = Buffer.from(hash);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
