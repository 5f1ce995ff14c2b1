import { authenticator } from "otplib";

// RFC 6238 defaults (30-second steps, 6 digits, SHA-1) — what every authenticator app speaks.
// One step of clock drift either way is accepted.
authenticator.options = { step: 30, digits: 6, window: 1 };

export function generateTotpSecret(): string {
  return authenticator.generateSecret(20);
}

export function totpUri(email: string, secret: string): string {
  return authenticator.keyuri(email, "Omatieto", secret);
}

/** The time step a valid code belongs to, or null: the caller refuses steps already used. */
export function matchTotpStep(code: string, secret: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = authenticator.checkDelta(code, secret);
  if (delta === null) return null;
  return Math.floor(now / 1000 / 30) + delta;
}

export function generateTotpCode(secret: string): string {
  return authenticator.generate(secret);
}
