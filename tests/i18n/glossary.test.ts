import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { emailTemplates } from "@/emails";
import type { Locale } from "@/lib/db/types";
import { glossary } from "@/lib/i18n/glossary";
import { namespaces } from "@/lib/i18n/namespaces";
import { seedOrganisations } from "@/lib/seed/data/organisations";

const LOCALES: Locale[] = ["fi", "sv", "en"];

function flatten(obj: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object") Object.assign(out, flatten(v, key));
    else out[key] = String(v);
  }
  return out;
}

/** Every text a reader of one language sees, labelled with where it comes from. */
function textsOf(locale: Locale): [string, string][] {
  const messages = Object.entries(flatten(namespaces[locale])).map(([k, v]) => [`messages ${k}`, v] as [string, string]);
  const emails = Object.entries(emailTemplates).map(([code, t]) => {
    const l = t[locale];
    return [`email ${code}`, [l.subject, l.text, l.actionLabel ?? ""].join("\n")] as [string, string];
  });
  const notices = seedOrganisations.flatMap((o) => o.registers.map((r) => [`seed notice ${o.slug}/${r.slug}`, JSON.stringify(r.notice[locale])] as [string, string]));
  return [...messages, ...emails, ...notices];
}

const matches = (text: string, wrong: string | RegExp) => (typeof wrong === "string" ? text.includes(wrong) : wrong.test(text));

describe("glossary", () => {
  it("names every concept in fi, sv and en with its source", () => {
    for (const g of glossary) {
      for (const l of LOCALES) expect(g.terms[l].trim(), `${g.concept} ${l}`).not.toBe("");
      expect(g.source.trim(), g.concept).not.toBe("");
    }
  });

  it.each(LOCALES)("no known wrong variant appears in the %s messages, emails or seed notices", (locale) => {
    const found: string[] = [];
    for (const [where, text] of textsOf(locale)) {
      for (const g of glossary) {
        for (const wrong of g.wrong?.[locale] ?? []) {
          if (matches(text, wrong)) found.push(`${where}: "${String(wrong)}" (use "${g.terms[locale]}", ${g.source})`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("catches a wrong variant (the check is not vacuous)", () => {
    const sv = glossary.flatMap((g) => g.wrong?.sv ?? []);
    expect(sv.some((w) => matches("Lägg till ett kompletterande yttrande.", w))).toBe(true);
    expect(sv.some((w) => matches("Tidsfristen avbruten", w))).toBe(true);
    expect(sv.some((w) => matches("Avbryt", w))).toBe(false);
  });
});

describe("counts", () => {
  // A count followed by its noun ("{count} anteckningar") reads "1 anteckningar": it must be an ICU plural.
  // A count standing alone ("Sida {n}", "Felaktiga lösenord: {count}") has no noun to inflect.
  it.each(LOCALES)("every counted noun in the %s messages goes through an ICU plural", (locale) => {
    const bare: string[] = [];
    for (const [k, v] of Object.entries(flatten(namespaces[locale]))) {
      if (/\{\s*(count|n|total|days|months|minutes|hours|max|min)\s*\}\s*\p{L}/u.test(v)) bare.push(`${k}: ${v}`);
    }
    expect(bare).toEqual([]);
  });

  it.each(LOCALES)("%s plurals read in the singular for 1", (locale) => {
    const m = flatten(namespaces[locale]);
    const one = new IntlMessageFormat(m["reports.noteCount"], locale).format({ count: 1 }) as string;
    expect(one).toMatch(/^1 /);
    expect(one).not.toMatch({ fi: /merkintää/, sv: /anteckningar/, en: /entries/ }[locale]);
  });
});
