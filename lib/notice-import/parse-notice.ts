import type { DraftField, ImportDraft, ImportField, Passage } from "./fields";
import { detectLocale } from "./headings";
import { splitSections } from "./split-sections";
import { placeDate, toBlocks } from "./blocks";
import { classifyParagraph, LIST_FIELDS, primaryField } from "./classify";

/**
 * A privacy notice's text → a register draft. Every section becomes a passage; a section whose heading
 * names fields fills them, and one that names none (or text outside any heading) is "not placed" for
 * the admin to assign or drop. Values are the notice's own words, never rewritten.
 */
export function parseNotice(input: string): ImportDraft {
  const { layout, sections } = splitSections(input);
  const passages: Passage[] = [];
  const fields: Partial<Record<ImportField, DraftField>> = {};
  const unplaced: string[] = [];
  const headings: ImportDraft["headings"] = [];
  const headed = new Set(sections.flatMap((s) => s.fields));
  let title: string | undefined;
  let noticeDate: string | undefined;

  const add = (field: ImportField, text: string, passageId: string) => {
    const f = (fields[field] ??= { items: [], sourceIds: [] });
    f.items.push(text);
    if (!f.sourceIds.includes(passageId)) f.sourceIds.push(passageId);
  };
  const passage = (heading: string | undefined, lines: string[]) => {
    const p: Passage = { id: `p${passages.length + 1}`, ...(heading ? { heading } : {}), text: lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() };
    passages.push(p);
    return p;
  };

  sections.forEach((s, index) => {
    let lines = s.lines;
    // The closing place, date and signature of the last section are kept apart, not added to its field.
    if (index === sections.length - 1) {
      const at = lines.findIndex((l) => placeDate(l) !== null);
      if (at >= 0) {
        noticeDate = placeDate(lines[at]) ?? undefined;
        const tail = lines.slice(at).filter((l) => l.trim());
        lines = lines.slice(0, at);
        if (tail.length) unplaced.push(passage(undefined, tail).id);
      }
    }
    if (index === 0 && !s.heading) {
      const body = lines.filter((l) => l.trim());
      if (body.length === 0) return;
      if (sections.length > 1 && body[0].length <= 200) title = body[0].trim();
      const rest = sections.length > 1 ? body.slice(1) : body;
      if (rest.length) unplaced.push(passage(undefined, rest).id);
      if (title) passage(undefined, [title]);
      return;
    }
    const p = passage(s.heading, lines);
    if (s.heading) headings.push({ heading: s.heading, fields: s.fields });
    if (s.fields.length === 0 || s.outside) {
      if (p.text || p.heading) unplaced.push(p.id);
      return;
    }
    const explicit = s.fields;
    const implied: ImportField[] = [];
    if (!headed.has("retention")) implied.push("retention");
    if (!headed.has("transfers")) implied.push("transfers");
    if (explicit.includes("dataCategories") && !headed.has("subjectGroups")) implied.push("subjectGroups");
    const candidates = explicit.length > 1 ? [...explicit, ...implied] : implied;
    const primary = primaryField(explicit);
    let listTarget = primary;
    for (const b of toBlocks(lines)) {
      if (b.kind === "paragraph") {
        const field = classifyParagraph(b.text, candidates.filter((f) => f !== primary)) ?? primary;
        add(field, b.text, p.id);
        // A list after "…käyttötarkoituksia ovat:" belongs to that field; after prose (a legal basis) to the section's list field.
        listTarget = LIST_FIELDS.has(field) || field === primary ? field : primary;
      } else add(listTarget, b.text, p.id);
    }
    if (toBlocks(lines).length === 0) unplaced.push(p.id);
  });

  // "Laatimispäivä 12.3.2009" / "Updated 1.2.2024" in a passage that is not placed gives the notice's date.
  if (!noticeDate) {
    for (const id of unplaced) {
      const m = /(laatimispäivä|päivitetty|päivätty|datum|uppdaterad|updated|date)\D{0,5}(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/i.exec(passages.find((p) => p.id === id)?.text ?? "");
      if (m && Number(m[3]) <= 12 && Number(m[2]) <= 31) noticeDate = `${m[4]}-${m[3].padStart(2, "0")}-${m[2].padStart(2, "0")}`;
    }
  }
  return { locale: detectLocale(input), layout, ...(title ? { title } : {}), ...(noticeDate ? { noticeDate } : {}), fields, passages, unplaced, headings };
}
