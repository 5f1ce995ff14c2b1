/**
 * The decision section of a report (issue 11 §1): what was done and what not, with reasons, and —
 * where anything was withheld or refused — the complaint and judicial-remedy text (Art. 12(4), 77,
 * 79). The wording is the same as on the subject's page and in the email (lib/workflow/outcome-text).
 */
import type { PdfComposer } from "./pdf-layout";
import type { ReportHead } from "./report-data";

export function drawOutcome(c: PdfComposer, outcome: NonNullable<ReportHead["outcome"]>): void {
  c.doc.moveDown(1);
  c.heading(2, outcome.title, null);
  c.para(outcome.overallText);
  if (outcome.items.length) {
    c.bullets(outcome.items.map((i) => [`${i.resultLabel}: ${i.text}`, ...i.reasons].join("\n")));
  }
  if (outcome.remedies) {
    const r = outcome.remedies;
    c.heading(3, r.title, null);
    c.para(r.complaint);
    c.para(r.ombudsman.join("\n"));
    c.para(r.judicial);
  }
}
