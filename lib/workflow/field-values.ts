import { isIsoDate } from "../deadlines";
import { toIsoDate } from "../validation/dates";
import type { RectifiableField } from "./constants";

/**
 * A corrected value in the column's type, or undefined when it does not fit (a birth year that is not
 * a year, a date that does not exist). Text is trimmed and bounded; nothing is guessed.
 */
export function coerceFieldValue(field: RectifiableField, raw: string): string | number | undefined {
  const value = raw.trim();
  if (!value || value.length > 500) return undefined;
  switch (field) {
    case "birthYear": {
      if (!/^\d{4}$/.test(value)) return undefined;
      const year = Number(value);
      return year >= 1880 && year <= new Date().getFullYear() ? year : undefined;
    }
    case "birthDate": {
      const iso = toIsoDate(value);
      return iso && isIsoDate(iso) ? iso : undefined;
    }
    case "serviceLanguage":
      return value === "fi" || value === "sv" || value === "en" ? value : undefined;
    case "email":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value.toLowerCase() : undefined;
    default:
      return value;
  }
}
