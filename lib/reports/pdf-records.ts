/**
 * The "data about you" part of the report PDF: every data category of one person record, with the
 * case notes streamed one by one (PRODUCT.md §6). Redactions (Art. 15(4)) show as blanks with a
 * label; withheld items (tietosuojalaki § 34) as a notice with the reason.
 */
import type { Writable } from "node:stream";
import { COLORS, type PdfComposer } from "./pdf-layout";
import { fill, formatDate, formatDateTime, labelOf, type ReportMessages } from "./messages";
import { isPortableNote, type CaseNoteSource, type ReportCaseNote, type ReportHead, type ReportRecordHead } from "./report-data";

export type RecordCategory = keyof ReportMessages["categories"];

/** The categories shown per record, in order; portability keeps what the subject provided (Art. 20). */
export function recordCategories(scope: ReportHead["scope"]): RecordCategory[] {
  return scope === "portability"
    ? ["identity", "contact", "consents", "caseNotes", "events", "feedback"]
    : ["identity", "contact", "relationship", "consents", "caseNotes", "events", "media", "contactHistory", "feedback", "accessLog"];
}

type Ctx = { c: PdfComposer; m: ReportMessages; head: ReportHead; notes: CaseNoteSource; out: Writable };

const yesNo = (m: ReportMessages, v: boolean | null) => (v === null ? null : v ? m.yes : m.no);

/** The item's marks; with `into`, as content of the item's own element (a note's LBody). */
function marksOf(ctx: Ctx, item: { redacted?: unknown; withheld?: { reason: string } }, into?: PDFKit.PDFStructureContent[]) {
  const { c, m } = ctx;
  if (item.withheld) c.notice([m.withheld, fill(m.withheldReason, { reason: item.withheld.reason }), m.withheldOmbudsman], COLORS.muted, into);
  else if (item.redacted) {
    if (into) into.push(c.mark("P", () => c.write(m.redactedLabel, { size: 8.5, color: COLORS.muted })));
    else c.para(m.redactedLabel, { size: 8.5, color: COLORS.muted });
  }
}

function itemTitle(ctx: Ctx, text: string) {
  ctx.c.ensureSpace(70).para(text, { font: "bold", size: 10, gap: 0.15 });
}

function list<T>(ctx: Ctx, items: T[], draw: (item: T) => void) {
  if (items.length === 0) ctx.c.para(ctx.m.empty, { color: COLORS.muted });
  items.forEach((item, i) => {
    draw(item);
    if (i < items.length - 1) ctx.c.rule();
  });
}

/** Let the output drain: pdfkit pushes without backpressure, so give the pipe a turn regularly. */
async function breathe(out: Writable) {
  if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once("drain", resolve));
  else await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * The notes as one list, a note an item: one element and one marked-content sequence per note keeps
 * the structure tree (and memory) small for 10,000 notes, while a screen reader can still step
 * through them or skip the whole list.
 */
async function drawNotes(ctx: Ctx, rec: ReportRecordHead) {
  const { c, m, head } = ctx;
  let shown = 0;
  for await (const note of ctx.notes(rec.id)) {
    if (head.scope === "portability" && !isPortableNote(note)) continue;
    // Notes are set apart by space and their bold date line; a drawn rule per note cost 10,000 artifacts.
    if (shown === 0) c.open("L");
    else c.gap(5);
    drawNote(ctx, note);
    if (++shown % 100 === 0) await breathe(ctx.out);
  }
  if (shown === 0) c.para(m.empty, { color: COLORS.muted });
  else c.close();
}

function drawNote(ctx: Ctx, n: ReportCaseNote) {
  const { c, m, head } = ctx;
  const source = labelOf(m.noteSources, n.source) + (n.sourceDetail ? ` (${n.sourceDetail})` : "");
  const meta = [formatDateTime(n.writtenAt, head.locale), `${m.fields.source}: ${source}`, n.channelLabel ? `${m.fields.channel}: ${n.channelLabel}` : null];
  // The note's first lines stay with its date line: room for the date, topic and two lines of text.
  c.ensureSpace(n.topic ? 62 : 48);
  const contents = [
    c.mark("LBody", () => {
      c.write(meta.filter(Boolean).join(" · "), { font: "bold", size: 8.5, color: COLORS.muted, gap: 0.1 });
      if (n.topic) c.write(n.topic, { font: "bold", size: 10, gap: 0.1 });
      if (n.special) c.write(m.special, { size: 8.5, color: COLORS.special, gap: 0.1 });
      if (n.body !== null) c.write(n.body);
    }),
  ];
  marksOf(ctx, n, contents);
  c.add("LI", [c.element("LBody", contents)]);
}

/** Draw one record: a numbered heading per category, each with an outline entry under `outline`. */
export async function drawRecord(ctx: Ctx, rec: ReportRecordHead, number: string, outline: PDFKit.PDFOutline | null) {
  const { c, m, head } = ctx;
  const loc = head.locale;
  const f = m.fields;
  const d = (v: string | null) => (v ? formatDate(v, loc) : null);
  const dt = (v: string | null) => (v ? formatDateTime(v, loc) : null);
  const cats = recordCategories(head.scope);
  for (const [i, cat] of cats.entries()) {
    const title = `${number}.${i + 1} ${m.categories[cat]}`;
    c.heading(3, title, outline ?? undefined);
    switch (cat) {
      case "identity": {
        const id = rec.identity;
        c.facts([
          [f.firstName, id.firstName],
          [f.lastName, id.lastName],
          [f.birthYear, id.birthYear === null ? null : String(id.birthYear)],
          [f.birthDate, d(id.birthDate)],
          [f.identityCode, id.identityCode],
          [f.gender, id.genderLabel],
          [f.motherTongue, id.motherTongueLabel],
          [f.serviceLanguage, id.serviceLanguage ? m.languages[id.serviceLanguage] : null],
          [f.workingLifeStatus, id.workingLifeStatusLabel],
        ], m.notRecorded);
        if (id.identityCodeMasked) c.para(f.identityCodeMasked, { size: 8.5, color: COLORS.muted });
        break;
      }
      case "contact": {
        const a = rec.contact.address;
        const address = a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") : null;
        c.facts([[f.email, rec.contact.email], [f.phone, rec.contact.phone], [f.address, address]], m.notRecorded);
        break;
      }
      case "relationship":
        c.facts([
          [f.subjectGroups, rec.subjectGroups.map((g) => g.label).join("; ")],
          [f.relationshipStart, d(rec.relationship.start)],
          [f.relationshipEnd, d(rec.relationship.end)],
          [f.relationshipState, rec.relationship.stateLabel],
        ], m.notRecorded);
        break;
      case "consents":
        list(ctx, rec.consents, (x) => {
          itemTitle(ctx, x.purposeLabel);
          // The recorded wording is personal data (Art. 15) and stays as written; outside Finnish the
          // purpose is also explained in the report's language first.
          const explained = head.locale !== "fi" && x.purposeDescription ? x.purposeDescription : null;
          c.facts([
            [f.description, explained ?? x.description],
            ...(explained && x.description ? [[f.recordedWording, x.description] as [string, string]] : []),
            [f.consentGiven, dt(x.givenAt)],
            [f.consentWithdrawn, dt(x.withdrawnAt)],
            [f.consentMethod, x.methodLabel],
          ], m.notRecorded);
          marksOf(ctx, x);
        });
        c.rule().facts([
          [f.directMarketingBan, yesNo(m, rec.bans.directMarketing)],
          [f.researchBan, yesNo(m, rec.bans.research)],
          [f.profilingBan, yesNo(m, rec.bans.profiling)],
          [f.restricted, yesNo(m, rec.restricted)],
        ]);
        break;
      case "caseNotes":
        c.para(fill(m.noteCount, { count: rec.caseNoteCount }, head.locale), { size: 9, color: COLORS.muted });
        await drawNotes(ctx, rec);
        break;
      case "events":
        list(ctx, rec.eventRegistrations, (x) => {
          itemTitle(ctx, `${x.eventName} (${labelOf(m.eventKinds, x.kind)})`);
          c.facts([[f.date, d(x.eventDate)], [f.dietaryNeeds, x.dietaryNeeds], [f.attended, yesNo(m, x.attended)], [f.registeredAt, dt(x.registeredAt)]], m.notRecorded);
          marksOf(ctx, x);
        });
        break;
      case "media":
        list(ctx, rec.media, (x) => {
          itemTitle(ctx, `${labelOf(m.mediaKinds, x.kind)}, ${dt(x.capturedAt)}`);
          c.facts([[f.description, x.description], [f.location, x.location], [f.deleteAfter, d(x.deleteAfter)]], m.notRecorded);
          marksOf(ctx, x);
        });
        break;
      case "contactHistory":
        list(ctx, rec.contactHistory, (x) => {
          itemTitle(ctx, `${dt(x.occurredAt)} · ${x.channelLabel}`);
          c.facts([[f.campaign, x.campaign], [f.description, x.summary]], m.notRecorded);
          marksOf(ctx, x);
        });
        break;
      case "feedback":
        list(ctx, rec.feedback, (x) => {
          itemTitle(ctx, dt(x.givenAt) ?? "");
          c.facts([[f.channel, x.channelLabel], [f.rating, x.rating === null ? null : String(x.rating)]], m.notRecorded);
          if (x.body !== null) c.para(x.body);
          marksOf(ctx, x);
        });
        break;
      case "accessLog":
        c.para(m.accessLogNote, { size: 9, color: COLORS.muted });
        if (rec.accessLog.length === 0) c.para(m.empty, { color: COLORS.muted });
        else c.facts(rec.accessLog.map((e) => [formatDateTime(e.date, loc), e.purpose]), m.notRecorded, 170);
        break;
    }
  }
}
