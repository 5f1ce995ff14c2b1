import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/db/types";
import { isLocale } from "@/lib/i18n/config";

export async function currentLocale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : "fi";
}
