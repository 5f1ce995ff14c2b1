/**
 * The access report as PDF (PRODUCT.md §6): a cover with the contents, the Art. 15(1)(a)–(h)
 * information from each register's description, every data category of every record, then the
 * request's history. A tagged PDF (issue 12): headings, paragraphs, lists and tables in the structure
 * tree, bookmarks per section. Compact: sections follow each other without forced page breaks, the
 * contents are a short list on the cover rather than a page of their own, and headings stay with what
 * follows. Written to `out` as it goes: pages are flushed as they fill and case notes are pulled one
 * by one, so memory stays flat however many notes a person has. Labels come from the `reports`
 * messages in the report's language; the font (DejaVu Sans) is embedded.
 */
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { requestTypeLabels } from "@/emails/labels";
import { COLORS, PdfComposer } from "./pdf-layout";
import { drawRecord, recordCategories } from "./pdf-records";
import { drawOutcome } from "./pdf-outcome";
import { coalesce } from "./stream-write";
import { fill, formatDate, formatDateTime, reportMessages, type ReportMessages } from "./messages";
import type { Art15Info, CaseNoteSource, ReportHead } from "./report-data";

export type PdfOptions = { /** The request has redactions or withheld items: say so on the cover. */ hasMarks?: boolean };

type TocEntry = { number: string; title: string; level: 1 | 2 | 3 };

/** Section numbers and titles, computed once so the contents page and the body agree. */
export function planSections(head: ReportHead, m: ReportMessages): TocEntry[] {
  const out: TocEntry[] = [{ number: "1", title: m.sectionArt15, level: 1 }];
  head.registers.forEach((r, i) => out.push({ number: `1.${i + 1}`, title: r.name, level: 2 }));
  out.push({ number: "2", title: m.sectionRecords, level: 1 });
  let k = 0;
  for (const r of head.registers) {
    for (const rec of r.records) {
      k++;
      out.push({ number: `2.${k}`, title: fill(m.recordHeading, { register: r.name }), level: 2 });
      recordCategories(head.scope).forEach((cat, j) => {
        const count = cat === "caseNotes" && head.scope === "access" ? ` (${fill(m.noteCount, { count: rec.caseNoteCount }, head.locale)})` : "";
        out.push({ number: `2.${k}.${j + 1}`, title: m.categories[cat] + count, level: 3 });
      });
    }
  }
  if (head.request) out.push({ number: "3", title: m.sectionHistory, level: 1 });
  return out;
}

function drawCover(c: PdfComposer, head: ReportHead, m: ReportMessages, title: string, opts: PdfOptions) {
  const org = head.organisation;
  const loc = head.locale;
  c.para(org.name, { font: "bold", size: 12, color: COLORS.accent, gap: 0.1 });
  c.para(org.address, { size: 9, color: COLORS.muted, gap: 0.1 });
  if (org.businessId) c.para(`${m.businessId} ${org.businessId}`, { size: 9, color: COLORS.muted });
  c.doc.y += 24;
  c.para(title, { font: "bold", size: 22, color: COLORS.accent, gap: 0.6 });
  c.para(head.scope === "portability" ? m.portabilityLead : m.coverLead, { size: 11, gap: 1.2 });
  const req = head.request;
  c.facts([
    [m.subject, head.subject.name],
    ...(head.subject.requestedBy
      ? ([[m.requestedBy, fill(m.requestedByValue, { name: head.subject.requestedBy.name, role: head.subject.requestedBy.role }, loc)]] as Array<[string, string]>)
      : []),
    [m.registers, head.registers.map((r) => r.name).join("\n")],
    ...(req
      ? ([
          [m.reference, req.reference],
          [m.requestType, requestTypeLabels[loc][req.type]],
          [m.receivedOn, formatDate(req.receivedOn, loc)],
          [m.dueOn, formatDate(req.dueOn, loc)],
        ] as Array<[string, string]>)
      : []),
    [m.generatedOn, formatDateTime(head.generatedAt, loc)],
  ]);
  c.doc.y += 10;
  c.facts([
    [m.controller, `${org.name}\n${org.address}`],
    [m.contactPerson, [org.contact.name, org.contact.address, org.contact.email, org.contact.phone].filter(Boolean).join("\n")],
    ...(org.dpo ? ([[m.dpo, [org.dpo.name, org.dpo.email].filter(Boolean).join("\n")]] as Array<[string, string]>) : []),
  ]);
  if (opts.hasMarks) {
    c.doc.y += 6;
    c.notice([m.marksNotice]);
  }
  if (head.outcome) drawOutcome(c, head.outcome);
}

/** The contents as a short list on the cover (sections and their first level); the bookmarks hold the rest. */
function drawToc(c: PdfComposer, entries: TocEntry[], m: ReportMessages) {
  c.doc.y += 6;
  c.heading(2, m.toc, null);
  c.bullets(entries.filter((e) => e.level < 3).map((e) => `${e.number}  ${e.title}`));
  c.para(m.tocHint, { size: 9, color: COLORS.muted });
}

function drawArt15(c: PdfComposer, a: Art15Info, m: ReportMessages) {
  const t = m.art15;
  const h3 = (text: string) => c.heading(3, text, null);
  h3(t.purposes);
  c.bullets(a.purposes, m.empty);
  h3(t.legalBasis);
  c.para(a.legalBasis);
  h3(t.categories);
  c.bullets(a.categories.map((x) => (x.special ? `${x.label} (${t.special})` : x.label)), m.empty);
  h3(t.recipients);
  c.bullets(a.recipients, m.empty);
  h3(t.processors);
  c.bullets(a.processors.map((p) => `${p.name}: ${p.service}`), m.empty);
  h3(t.retention);
  c.para(a.retention);
  h3(t.rights);
  c.bullets(a.rights);
  h3(t.complaint);
  c.para(t.complaintText);
  const o = m.ombudsman;
  c.para(a.complaint.authority, { font: "bold", gap: 0.2 });
  c.facts([
    [o.visitingAddress, a.complaint.visitingAddress],
    [o.postalAddress, a.complaint.postalAddress],
    [o.email, a.complaint.email],
    [o.phone, a.complaint.phone],
    [o.website, a.complaint.website],
  ]);
  h3(t.sources);
  c.bullets(a.sources, m.empty);
  h3(t.automated);
  c.para(a.automatedDecisions);
  h3(t.transfers);
  c.para(a.transfers || m.empty);
}

/**
 * The history as read by the subject: a run of the same step (a report generated again, a message
 * sent twice) is one line with the time of its first and last occurrence, not a repeated line.
 */
export function historyRows(head: ReportHead): Array<[string, string]> {
  const runs: Array<{ first: string; last: string; label: string }> = [];
  for (const e of head.history) {
    const prev = runs[runs.length - 1];
    if (prev && prev.label === e.label) prev.last = e.at;
    else runs.push({ first: e.at, last: e.at, label: e.label });
  }
  return runs.map((r) => {
    const first = formatDateTime(r.first, head.locale);
    const last = formatDateTime(r.last, head.locale);
    return [first === last ? first : `${first} – ${last}`, r.label];
  });
}

/** Render the report to `out`; resolves when everything is written (and `out` has finished). */
export async function writePdfReport(head: ReportHead, notes: CaseNoteSource, out: Writable, opts: PdfOptions = {}): Promise<void> {
  const m = reportMessages(head.locale);
  const title = head.scope === "portability" ? m.portabilityTitle : m.documentTitle;
  const c = new PdfComposer({
    title: head.request ? `${title} – ${head.request.reference}` : title,
    author: head.organisation.name,
    lang: head.locale,
    header: [head.organisation.name, head.request?.reference ?? title],
    pageLabel: (n) => fill(m.page, { n }),
  });
  const done = finished(out);
  const blocks = coalesce();
  c.doc.on("error", (e: Error) => out.destroy(e));
  blocks.on("error", (e: Error) => out.destroy(e));
  blocks.pipe(out);
  c.doc.pipe(blocks);
  try {
    const plan = planSections(head, m);
    drawCover(c, head, m, title, opts);
    drawToc(c, plan, m);

    const art15 = c.heading(1, `1 ${m.sectionArt15}`);
    head.registers.forEach((r, i) => {
      c.heading(2, `1.${i + 1} ${r.name}`, art15);
      if (r.noticeVersion) c.para(fill(m.noticeVersion, { version: r.noticeVersion.number, date: formatDate(r.noticeVersion.inForceFrom, head.locale) }, head.locale));
      drawArt15(c, r.art15, m);
    });

    const records = c.heading(1, `2 ${m.sectionRecords}`);
    let k = 0;
    for (const r of head.registers) {
      for (const rec of r.records) {
        k++;
        const outline = c.heading(2, `2.${k} ${fill(m.recordHeading, { register: r.name })}`, records);
        await drawRecord({ c, m, head, notes, out: blocks }, rec, `2.${k}`, outline);
      }
    }
    if (k === 0) c.para(m.noRecords);

    if (head.request) {
      c.heading(1, `3 ${m.sectionHistory}`);
      if (head.history.length === 0) c.para(m.empty, { color: COLORS.muted });
      else c.facts(historyRows(head), m.notRecorded, 170);
    }
    c.finish();
  } catch (e) {
    out.destroy(e as Error);
    throw e;
  } finally {
    if (!out.destroyed) c.doc.end();
  }
  await done;
}
