import type { Locale } from "../db/types";

/** Finnish is the default; Swedish and English are complete (PRODUCT.md §9). */
export const locales: readonly Locale[] = ["fi", "sv", "en"] as const;
export const defaultLocale: Locale = "fi";
export const localeCookie = "NEXT_LOCALE";
export const localeNames: Record<Locale, string> = { fi: "Suomi", sv: "Svenska", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The first supported language in an Accept-Language header, else Finnish. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}
