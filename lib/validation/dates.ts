/**
 * Dates as people type them in Finland (issue 12 item 7): "5.3.1980", "05.03.1980" and the ISO form
 * "1980-03-05" all mean the same day. One preprocessor for every date field, used by the client form
 * (zodResolver) and the server action alike, turns them into ISO before the field's own rules run.
 * Pure: no server-only imports.
 */
import { z } from "zod";

/** "5.3.1980" / "05.03.1980" / "1980-03-05" → "1980-03-05"; anything else → null. No range check here. */
export function toIsoDate(input: string): string | null {
  const v = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const parts = iso ? [iso[1], iso[2], iso[3]] : fi ? [fi[3], fi[2], fi[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** The value turned to ISO when it reads as a date; otherwise unchanged (the field's rules then refuse it). */
export function normaliseDateInput(value: unknown): unknown {
  return typeof value === "string" ? (toIsoDate(value) ?? value.trim()) : value;
}

/** Wrap a date field's schema so that d.m.yyyy is accepted as well as yyyy-mm-dd. */
export function dateField<S extends z.ZodType>(schema: S) {
  return z.preprocess(normaliseDateInput, schema);
}
