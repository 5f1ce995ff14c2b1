import type { Locale, RegisterNotice, RegisterNoticeByLocale } from "../db/types";

const ORDER: Locale[] = ["fi", "sv", "en"];

/** A language version exists when it has a name (an imported notice fills one language; the others stay empty). */
export const hasNotice = (n: RegisterNotice | undefined): n is RegisterNotice => !!n && n.name.trim().length > 0;

/** The languages this register's notice is written in. */
export function noticeLanguages(byLocale: RegisterNoticeByLocale): Locale[] {
  return ORDER.filter((l) => hasNotice(byLocale[l]));
}

/** The notice in the reader's language if it exists, else the first language that does (never an empty one). */
export function noticeIn(byLocale: RegisterNoticeByLocale, locale: Locale): { notice: RegisterNotice; locale: Locale } {
  const found = [locale, ...ORDER].find((l) => hasNotice(byLocale[l])) ?? locale;
  return { notice: byLocale[found] ?? byLocale.fi, locale: found };
}
