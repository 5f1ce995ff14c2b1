/**
 * Finnish personal identity code (henkilötunnus, HETU) — LEGAL.md §5.
 *
 * Form `DDMMYYCZZZQ`: birth date, century sign C, individual number ZZZ, check character Q.
 * The code is only used to find a record, never alone as proof of identity (LEGAL.md §2), and may
 * be processed only where tietosuojalaki § 29 allows: callers store it encrypted and display it
 * through `maskHetu`. Nothing here logs or returns the code beyond the normalised input.
 *
 * Validation reports one error code per kind of mistake so the UI can say what is wrong. When
 * several things are wrong the first failing check wins, in this order:
 *   format → century_sign → date → future → individual_number → checksum
 * Mapping of the LEGAL.md §5 vectors (today = 2026):
 *   131052-308T, 010594Y9021 (temporary), 020502E902X (temporary), 010101A123N → ok
 *   131052Z308T → century_sign (Z is no century sign)
 *   310201A123X → date (no 31 Feb; its wrong check character is not reached)
 *   290201A9014 → date (2001 is not a leap year)
 *   131052A308T → future (born 2052; the check character itself is right)
 *   311299-999A → checksum (should be E); 290200A9876, 150360+123K, 131052-308U → checksum
 *   e.g. 010101A001? with a correct check character → individual_number (000 and 001 are unused)
 */
import { formatIsoDate, isIsoDate, isValidDateParts, type IsoDate } from "../deadlines/calendar";
import { toHelsinkiDate } from "../deadlines/compute";

export const HETU_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/**
 * Century of each sign. `-` and `+` are the historic ones; Y X W V U (1900s) and B C D E F (2000s)
 * have been issued since 2023 so that the codes do not run out — two people may therefore differ
 * only by the century sign, which is why the full 11 characters are stored as given.
 */
export const HETU_CENTURY_SIGNS: Readonly<Record<string, number>> = Object.freeze({
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
});

export type HetuError = "format" | "century_sign" | "date" | "future" | "individual_number" | "checksum";

export type HetuResult =
  | {
      ok: true;
      /** Birth date from the code. */
      birthDate: IsoDate;
      /** Individual number 900–999: a temporary code (valid, but flag it to the handler). */
      temporary: boolean;
      /** Trimmed and upper-cased: the form to store (encrypted) and compare. */
      normalised: string;
    }
  | { ok: false; error: HetuError };

// Any single non-space character in the sign position, so that a wrong sign (e.g. "Z") is reported as
// "century_sign", not as "format"; a space there is a typing slip and stays "format".
const HETU_SHAPE = /^(\d{2})(\d{2})(\d{2})(\S)(\d{3})([0-9A-Z])$/;

/** Normalise user input: surrounding whitespace removed, letters upper-cased. */
export function normaliseHetu(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * The check character for the nine digits `DDMMYYZZZ`: that number mod 31, indexed into
 * "0123456789ABCDEFHJKLMNPRSTUVWXY" (the letters G, I, O, Q, Z are left out to avoid confusion).
 */
export function hetuChecksumChar(ddmmyyzzz: string): string {
  if (!/^\d{9}$/.test(ddmmyyzzz)) throw new RangeError("hetuChecksumChar needs exactly nine digits");
  return HETU_CHECK_CHARS[Number(ddmmyyzzz) % 31];
}

function toTodayDate(today: Date | string): IsoDate {
  if (typeof today === "string") {
    if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${JSON.stringify(today)}`);
    return today;
  }
  // A Date is an instant: the relevant "today" is the Helsinki calendar day.
  return toHelsinkiDate(today);
}

/**
 * Validate a personal identity code. `today` (an instant, or a Helsinki ISO date) is a parameter so
 * that the "not born in the future" check is testable and does not read the clock.
 */
export function validateHetu(code: string, today: Date | string): HetuResult {
  const todayOn = toTodayDate(today);
  const normalised = normaliseHetu(code);

  const m = HETU_SHAPE.exec(normalised);
  if (!m) return { ok: false, error: "format" };
  const [, dd, mm, yy, sign, zzz, check] = m;

  const century = HETU_CENTURY_SIGNS[sign];
  if (century === undefined) return { ok: false, error: "century_sign" };

  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (!isValidDateParts(year, month, day)) return { ok: false, error: "date" };

  const birthDate = formatIsoDate(year, month, day);
  // ISO dates compare correctly as strings.
  if (birthDate > todayOn) return { ok: false, error: "future" };

  const individual = Number(zzz);
  if (individual < 2) return { ok: false, error: "individual_number" };

  if (hetuChecksumChar(`${dd}${mm}${yy}${zzz}`) !== check) return { ok: false, error: "checksum" };

  return { ok: true, birthDate, temporary: individual >= 900, normalised };
}

/**
 * The code as it may be shown on screen: the birth date and century sign, the rest hidden
 * ("131052-308T" → "131052-****"). Input that is not shaped like a code is hidden entirely, so a
 * mistyped code never leaks either.
 */
/**
 * Individual number 900–999 (LEGAL.md §5): a temporary code, given e.g. to someone without a Finnish
 * permanent one. Valid, but it may change and can collide with a later real one, so staff are told
 * wherever the code or the person is shown. Shape only: validity is `validateHetu`'s job.
 */
export function isTemporaryHetu(code: string): boolean {
  const m = HETU_SHAPE.exec(normaliseHetu(code));
  return Boolean(m && Number(m[5]) >= 900);
}

export function maskHetu(code: string): string {
  const normalised = normaliseHetu(code);
  if (!HETU_SHAPE.test(normalised)) return "***********";
  return `${normalised.slice(0, 7)}****`;
}
