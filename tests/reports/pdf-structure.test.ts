/**
 * Issue 12 item 3: the report PDF is tagged and compact. Read with pdf.js as assistive technology
 * reads it (structure tree, bookmarks, the text of each page without the running header and page
 * number), for the demo subject's completed access request on the seeded database, in fi and sv.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { findCodes } from "../support/codes";
import { removeReportFiles } from "./helpers";
import { readPdf, type PdfRead } from "./pdf-read";
import type { DbHandle } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed/seed";
import { createReport, resolveReportPath } from "@/lib/reports/queries";
import { reportMessages } from "@/lib/reports/messages";

let h: DbHandle;
const read: Partial<Record<"fi" | "sv", PdfRead>> = {};
const system = { id: null, role: "system" as const };
/** The demo subject's report is short: it must fit in this many pages. */
const MAX_PAGES = 6;

beforeAll(async () => {
  h = await createTestDb();
  await seedDatabase(h.db);
  const [aino] = await h.db.select().from(requests).where(and(eq(requests.subjectName, "Aino Virtanen"), eq(requests.type, "access")));
  expect(aino, "the demo subject's access request").toBeDefined();
  for (const locale of ["fi", "sv"] as const) {
    const pdf = await createReport(h.db, { requestId: aino!.id, format: "pdf", locale, actor: system });
    read[locale] = await readPdf(resolveReportPath(pdf.storagePath!));
  }
}, 180_000);
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await h?.close();
});

const all = (r: PdfRead) => r.pages.flat().join("\n");

describe.each(["fi", "sv"] as const)("the demo subject's report PDF in %s", (locale) => {
  const r = () => read[locale]!;
  const m = reportMessages(locale);

  it("is tagged, in the report's language, with its title shown and bookmarks per section", () => {
    expect(r().tagged).toBe(true);
    expect(r().lang).toBe(locale);
    expect(r().displayTitle).toBe(true);
    expect(r().title).toContain(m.documentTitle);
    for (const title of [m.sectionArt15, m.sectionRecords, m.sectionHistory]) expect(r().outline.some((o) => o.endsWith(title))).toBe(true);
    expect(r().outline.some((o) => o.includes(m.categories.caseNotes))).toBe(true);
  });

  it("its structure tree holds headings, paragraphs, lists and tables", () => {
    const roles = new Set(r().roles.flat());
    for (const role of ["Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD"]) expect(roles, role).toContain(role);
    // Every page's content belongs to the tree.
    r().roles.forEach((pageRoles, i) => expect(pageRoles.length, `page ${i + 1}`).toBeGreaterThan(2));
  });

  it("keeps the running header and page number out of the content (artifacts)", () => {
    const text = all(r());
    expect(text).not.toContain(m.page.replace("{n}", "2"));
  });

  it("is compact: few pages, no contents page, a full first page, no page holding one line", () => {
    expect(r().pageCount).toBeLessThanOrEqual(MAX_PAGES);
    // The contents are a list on the cover, not a page of their own.
    const tocPages = r().pages.map((p, i) => (p.includes(m.toc) ? i : -1)).filter((i) => i >= 0);
    expect(tocPages).toEqual([0]);
    expect(r().pages[0].length, "lines on page 1").toBeGreaterThan(35);
    r().pages.forEach((p, i) => expect(p.length, `lines on page ${i + 1}`).toBeGreaterThan(2));
  });

  it("every cross-reference points to a section the report has", () => {
    const text = all(r()).replace(/\s+/g, " ");
    const sections = new Set(r().outline.map((o) => /^(\d+)\s/.exec(o)?.[1]).filter(Boolean));
    const refs = [...text.matchAll(/\b(?:kohta|kohdassa|kohdan|kohdasta|kohtaan|punkt|punkten|avsnitt|section)\s+(?:\p{L}+\s+)?\(?(\d+)\)?/giu)].map((x) => x[1]);
    for (const n of refs) expect(sections, `a reference to section ${n}`).toContain(n);
  });

  it("shows each step of the history once", () => {
    const start = r().pages.flat().lastIndexOf(r().pages.flat().find((l) => l.endsWith(m.sectionHistory))!);
    const history = r().pages.flat().slice(start + 1);
    expect(history.length).toBeGreaterThan(0);
    const labels = history.map((l) => l.replace(/^[\d.\s:–-]+(klo|kl\.)?[\d.\s:–-]*(klo|kl\.)?[\d.\s]*/, "").trim());
    labels.forEach((l, i) => expect(l === labels[i - 1] && l !== "", `repeated line "${l}"`).toBe(false));
  });

  it("holds no enum code and no snake_case token", () => {
    expect(findCodes(all(r()).replace(/\s+/g, " "), locale === "sv" ? ["en"] : [])).toEqual([]);
  });
});
