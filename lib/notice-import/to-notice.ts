import type { RegisterNotice } from "../db/types";
import type { ImportDraft, ImportField } from "./fields";

/** Assign a "not placed" passage to a field (or drop it): the draft the admin reviews changes, nothing else. */
export function assignPassage(d: ImportDraft, passageId: string, field: ImportField | "drop"): ImportDraft {
  const p = d.passages.find((x) => x.id === passageId);
  if (!p || !d.unplaced.includes(passageId)) return d;
  const unplaced = d.unplaced.filter((id) => id !== passageId);
  if (field === "drop") return { ...d, unplaced };
  const prev = d.fields[field] ?? { items: [], sourceIds: [] };
  const items = p.text ? p.text.split(/\n{2,}/).map((t) => t.trim()).filter(Boolean) : [p.heading ?? ""];
  return { ...d, unplaced, fields: { ...d.fields, [field]: { items: [...prev.items, ...items], sourceIds: [...prev.sourceIds, p.id] } } };
}

/** A stable, readable code from a label ("Nimitiedot" → "nimitiedot"), unique within the list. */
export function codeOf(label: string, taken: Set<string>): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "item";
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  taken.add(code);
  return code;
}

const list = (d: ImportDraft, f: ImportField) => d.fields[f]?.items ?? [];
const prose = (d: ImportDraft, f: ImportField) => list(d, f).join("\n");
/** A lead-in line ("Asiakkaaksi rekisterissä määritellään:") is not itself a group. */
const notLeadIn = (s: string) => !/:\s*$/.test(s);

/** The draft as the register's notice in its language (controller, DPO and automated decisions in their own fields). */
export function draftToNotice(d: ImportDraft): RegisterNotice {
  const taken = new Set<string>();
  const groupsTaken = new Set<string>();
  const optional = (f: ImportField) => (prose(d, f) ? prose(d, f) : undefined);
  return {
    controller: optional("controller"),
    dpo: optional("dpo"),
    automatedDecisions: optional("automatedDecisions"),
    name: (prose(d, "name") || d.title || "").replace(/\s+/g, " ").trim().slice(0, 300),
    purposes: list(d, "purposes"),
    legalBasis: prose(d, "legalBasis"),
    subjectGroups: list(d, "subjectGroups").filter(notLeadIn).map((label) => ({ code: codeOf(label, groupsTaken), label })),
    dataCategories: list(d, "dataCategories").map((label) => ({ code: codeOf(label, taken), label })),
    sources: list(d, "sources"),
    recipients: list(d, "recipients"),
    processors: [],
    transfers: prose(d, "transfers"),
    retention: prose(d, "retention"),
    security: list(d, "security"),
    rights: list(d, "rights"),
    contact: prose(d, "contact"),
    changes: prose(d, "changes"),
  };
}

/** An empty language version: the public page shows only the languages that have a notice. */
export function emptyNotice(): RegisterNotice {
  return { name: "", purposes: [], legalBasis: "", subjectGroups: [], dataCategories: [], sources: [], recipients: [], processors: [], transfers: "", retention: "", security: [], rights: [], contact: "", changes: "" };
}
