/**
 * Every rate limit of the product in one place (issue 9, findings 5, 6, 8). Windows in seconds.
 * Why these numbers is written next to each; the README's deployment section repeats them.
 */
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Policy = { max: number; windowSeconds: number };

/**
 * Sign-in links. The tight limit is per (address + client IP): an attacker at one IP who exhausts
 * it stops only their own copies, the owner at another IP still gets links. The per-address ceiling
 * is loose (a day) and is advanced only by requests the narrower limits let through, so one IP can
 * contribute at most SIGN_IN_ADDRESS_IP_DAY of it: locking an address out needs several IPs, and
 * mail bombing an address stays bounded.
 */
export const SIGN_IN_ADDRESS_IP: Policy = { max: 5, windowSeconds: 15 * MINUTE };
export const SIGN_IN_ADDRESS_IP_DAY: Policy = { max: 10, windowSeconds: DAY };
export const SIGN_IN_IP: Policy = { max: 30, windowSeconds: 15 * MINUTE };
export const SIGN_IN_ADDRESS_DAY: Policy = { max: 50, windowSeconds: DAY };

/** Staff second factor: codes per account. */
export const TOTP_ACCOUNT: Policy = { max: 10, windowSeconds: 15 * MINUTE };

/** Operator setup token attempts per IP (issue 10): the token is random, this only bounds noise. */
export const SETUP_TOKEN_IP: Policy = { max: 10, windowSeconds: 15 * MINUTE };

/** Level-2 claims per account. */
export const IDENTITY_CLAIM_ACCOUNT: Policy = { max: 5, windowSeconds: HOUR };

/** Anonymous client reference attempts per account and per IP; per reference see CLIENT_REFERENCE_MAX_FAILURES. */
export const CLIENT_REFERENCE_ACCOUNT: Policy = { max: 5, windowSeconds: 15 * MINUTE };
export const CLIENT_REFERENCE_IP: Policy = { max: 20, windowSeconds: HOUR };
/**
 * Wrong secrets for one reference (from any accounts and IPs) before it is locked until staff unlock
 * it: accounts are free, so only a count on the reference itself stops parallel guessing.
 */
export const CLIENT_REFERENCE_MAX_FAILURES = 5;

/**
 * Filing requests (portal form and POST /api/v1/requests alike). Every request carries a legal
 * deadline for the organisation, so one free account must not flood a queue: a person rarely files
 * more than a handful a day. The organisation ceiling bounds many accounts together and is high
 * enough that a real association never meets it. Operators may change the numbers with
 * OMATIETO_FILING_LIMITS="account/hour,account/day,organisation/hour" (e.g. for load benchmarks).
 */
export function filingPolicies(env: Record<string, string | undefined> = process.env) {
  const [perHour, perDay, orgPerHour] = parseTriple(env.OMATIETO_FILING_LIMITS) ?? [5, 20, 200];
  return {
    account: { max: perHour, windowSeconds: HOUR } satisfies Policy,
    accountDay: { max: perDay, windowSeconds: DAY } satisfies Policy,
    organisation: { max: orgPerHour, windowSeconds: HOUR } satisfies Policy,
  };
}

function parseTriple(value: string | undefined): [number, number, number] | null {
  if (!value) return null;
  const n = value.split(",").map((v) => Number(v.trim()));
  if (n.length !== 3 || n.some((x) => !Number.isInteger(x) || x < 1 || x > 32000)) return null;
  return n as [number, number, number];
}

/** Whole minutes for people ("try again in N minutes"), never 0. */
export function minutesOf(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * Accessibility feedback (public form): per client IP. A person rarely sends more than a couple; the
 * limit keeps a script from flooding the association's mailbox.
 */
export const ACCESSIBILITY_FEEDBACK_IP: Policy = { max: 5, windowSeconds: HOUR };
