import type { Locale } from "../db/types";
import { namespaces, type Messages } from "./namespaces";

export type { Messages };

/** One JSON file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return namespaces[locale];
}
