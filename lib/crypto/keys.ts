import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getDataDir } from "../config/paths";
import { isDemoMode } from "../config/mode";

/**
 * Key material. Outside demo mode the keys come only from the environment (OMATIETO_DATA_KEY,
 * AUTH_SECRET) and a missing one is an error: a key generated into the data folder would sit in every
 * backup of that folder next to the data it protects (finding 13). In demo mode they are generated once
 * into the git-ignored data folder so that a fresh clone works with no setup. Encryption and lookup
 * keys are derived separately (HKDF) from the data key.
 */
type Keys = { enc: Buffer; lookup: Buffer; audit: Buffer };
const cache = globalThis as unknown as { __omatietoKeys?: Keys; __omatietoAuthSecret?: string };

/** The error a deployment sees when a key is missing: names the variable and how to make one. */
export function missingKeyError(variable: "OMATIETO_DATA_KEY" | "AUTH_SECRET"): Error {
  return new Error(
    `${variable} is not set. Outside demo mode it is required (generate one with: openssl rand -base64 32) ` +
      "and must be kept out of the data folder and its backups.",
  );
}

function readOrCreate(file: string, make: () => string): string {
  const p = path.join(getDataDir(), file);
  try {
    return fs.readFileSync(p, "utf8").trim();
  } catch {
    const value = make();
    try {
      fs.writeFileSync(p, value, { mode: 0o600, flag: "wx" });
      return value;
    } catch {
      // Another process created it first: use theirs.
      return fs.readFileSync(p, "utf8").trim();
    }
  }
}

function loadDataKey(): Buffer {
  const fromEnv = process.env.OMATIETO_DATA_KEY;
  if (!fromEnv && !isDemoMode()) throw missingKeyError("OMATIETO_DATA_KEY");
  const b64 = fromEnv || readOrCreate("data-key", () => crypto.randomBytes(32).toString("base64"));
  const key = Buffer.from(b64, "base64");
  if (key.length !== 32) throw new Error("OMATIETO_DATA_KEY must be 32 bytes, base64-encoded");
  return key;
}

export function getKeys(): Keys {
  if (!cache.__omatietoKeys) {
    const master = loadDataKey();
    const derive = (info: string) => Buffer.from(crypto.hkdfSync("sha256", master, Buffer.alloc(0), info, 32));
    cache.__omatietoKeys = { enc: derive("omatieto/aes-256-gcm/v1"), lookup: derive("omatieto/hmac-lookup/v1"), audit: derive("omatieto/audit-hmac/v1") };
  }
  return cache.__omatietoKeys;
}

/** next-auth's secret: AUTH_SECRET from the environment, or in demo mode a generated one. */
export function getAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!isDemoMode()) throw missingKeyError("AUTH_SECRET");
  cache.__omatietoAuthSecret ??= readOrCreate("auth-secret", () => crypto.randomBytes(32).toString("base64url"));
  return cache.__omatietoAuthSecret;
}
