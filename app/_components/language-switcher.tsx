"use client";
import { usePathname } from "next/navigation";
import { changeLocale } from "@/lib/auth/actions";
import { localeNames, locales } from "@/lib/i18n/config";

/** A plain form with one button per language: works without JavaScript too. */
export function LanguageSwitcher({ current, label }: { current: string; label: string }) {
  const pathname = usePathname();
  const back = pathname;
  return (
    <form action={changeLocale} aria-label={label} role="group">
      <input type="hidden" name="back" value={back} />
      {locales.map((l) => (
        <button key={l} type="submit" name="locale" value={l} lang={l} className="link" aria-current={l === current ? "true" : undefined}>
          {localeNames[l]}
        </button>
      ))}
    </form>
  );
}
