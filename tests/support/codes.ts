/**
 * The database codes a person must never read (issue 12): every value of every pgEnum, taken from
 * the enums themselves, plus the codes the demo data stores in text columns (gender, languages,
 * working life, relationship, subject groups, consent purposes and methods, channels). Taken from
 * the data, not from the label table, so a new code without a label fails the test.
 */
import * as enums from "@/lib/db/schema/enums";
import { seedPersons } from "@/lib/seed/data/persons";

function enumCodes(): string[] {
  return Object.values(enums).flatMap((e) => (typeof e === "function" && "enumValues" in e ? [...(e as { enumValues: readonly string[] }).enumValues] : []));
}

function textCodes(): string[] {
  const out: Array<string | null | undefined> = [];
  for (const p of seedPersons) {
    out.push(p.gender, p.motherTongue, p.workingLifeStatus, p.relationshipState, ...p.subjectGroups);
    for (const c of p.consents ?? []) out.push(c.purpose, c.method);
    for (const n of p.caseNotes ?? []) out.push(n.channel, n.source);
    for (const c of p.contactEvents ?? []) out.push(c.channel);
    for (const f of p.feedback ?? []) out.push(f.channel);
  }
  return out.filter((x): x is string => !!x);
}

export const allCodes: ReadonlySet<string> = new Set([...enumCodes(), ...textCodes()]);

/** Addresses and domains hold "fi" or "_" legitimately ("aino.virtanen@example.fi", "tietosuoja.fi"). */
function withoutAddresses(text: string): string {
  return text.replace(/\S+@\S+/g, " ").replace(/\bhttps?:\/\/\S+/g, " ").replace(/\b[\w-]+(\.[\w-]+)*\.(fi|com|net|org|se)\b/g, " ");
}

/**
 * The codes and snake_case tokens found in a text people read. Case-sensitive, whole tokens: a
 * label starts with a capital or is a real word; a code is lower-case ASCII. `allow` lists the
 * codes that are also ordinary words of the language checked (Swedish "en").
 */
export function findCodes(text: string, allow: readonly string[] = []): string[] {
  const found = new Set<string>();
  for (const token of withoutAddresses(text).match(/[\p{L}\p{N}_]+/gu) ?? []) {
    if (allow.includes(token)) continue;
    if (allCodes.has(token) || /^[a-z0-9]+_[a-z0-9_]+$/.test(token)) found.add(token);
  }
  return [...found].sort();
}
