import crypto from "node:crypto";

/**
 * Anonymous clients' references and secrets (Art. 11, LEGAL.md §2). Pure: generation only.
 * Characters that are easily confused on a printed slip (0/O, 1/I/L) are left out, so a client can
 * type what they read. The secret has 16 such characters (~78 bits): with the lock after a few wrong
 * guesses per reference, guessing is hopeless.
 */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

function randomChars(n: number): string {
  let out = "";
  // Rejection sampling: 31 symbols, bytes ≥ 248 are drawn again so that each symbol is equally likely.
  while (out.length < n) {
    for (const b of crypto.randomBytes(n * 2)) {
      if (b < 248 && out.length < n) out += ALPHABET[b % ALPHABET.length];
    }
  }
  return out;
}

/** `<PREFIX>-K-<6 characters>`: the organisation's prefix tells the client whose reference it is. */
export function generateClientReference(prefix: string): string {
  return `${prefix.toUpperCase()}-K-${randomChars(6)}`;
}

/** Four groups of four characters, e.g. `H7QK-M3PA-WX9R-T2CB`. */
export function generateClientSecret(): string {
  const s = randomChars(16);
  return [s.slice(0, 4), s.slice(4, 8), s.slice(8, 12), s.slice(12, 16)].join("-");
}
