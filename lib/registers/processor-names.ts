import type { Locale, LocalizedText } from "../db/types";

/** The name in this language, else the default-language name (rows written before names per language). Pure. */
export function processorName(p: { name: string; names?: Partial<LocalizedText> | null }, locale: Locale): string {
  return p.names?.[locale]?.trim() || p.name;
}
