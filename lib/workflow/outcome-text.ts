/**
 * The outcome in plain language (issue 11 §1, issue 12 §5), from the `requests.outcomes` messages read
 * directly (not through next-intl) so the page, the email renderer and the PDF writer share one text.
 * Codes become labels (lib/i18n/labels.ts); the remedy block carries the Ombudsman's address in the
 * reader's language (lib/reports/messages.ts).
 */
import fiReq from "../i18n/messages/fi/requests.json";
import svReq from "../i18n/messages/sv/requests.json";
import enReq from "../i18n/messages/en/requests.json";
import fiPortal from "../i18n/messages/fi/portal.json";
import svPortal from "../i18n/messages/sv/portal.json";
import enPortal from "../i18n/messages/en/portal.json";
import type { Locale } from "../db/types";
import { labelFor } from "../i18n/labels";
import { fill, formatDate, ombudsmanContact, reportMessages } from "../reports/messages";
import { formatEuros, type ItemResult, type Outcome, type OutcomeItem } from "./outcomes";

const req = { fi: fiReq.requests, sv: svReq.requests, en: enReq.requests };
const portal = { fi: fiPortal.portal.request, sv: svPortal.portal.request, en: enPortal.portal.request };
export type OutcomeMessages = (typeof fiReq)["requests"]["outcomes"];

export function outcomeMessages(locale: Locale): OutcomeMessages {
  return (req[locale] ?? req.fi).outcomes;
}

export type DescribedItem = { text: string; result: ItemResult; resultLabel: string; reasons: string[] };
export type RemedyBlock = { title: string; complaint: string; ombudsman: string[]; judicial: string };
export type DescribedOutcome = {
  title: string;
  overall: string;
  items: DescribedItem[];
  summary?: string;
  recipients: { title: string; lead: string; names: string[] } | null;
  remedies: RemedyBlock | null;
};

function fieldLabel(locale: Locale, field: string): string {
  const fields = (req[locale] ?? req.fi).rectification.fields as Record<string, string>;
  return fields[field] ?? labelFor(locale, "erasureCategory", field);
}

function describeItem(item: OutcomeItem, locale: Locale): Omit<DescribedItem, "result" | "resultLabel"> {
  const m = outcomeMessages(locale);
  const reasons = (r?: string) => (r?.trim() ? [fill(m.reasons, { reasons: r.trim() })] : []);
  switch (item.kind) {
    case "rectification": {
      const field = fieldLabel(locale, item.field);
      const key = item.result === "refused" ? "rectificationRejected" : item.statement ? "rectificationStatement" : "rectificationAccepted";
      return { text: fill(m.item[key], { field }), reasons: reasons(item.reason) };
    }
    case "erasure": {
      const category = labelFor(locale, "erasureCategory", item.category);
      const key = item.action === "keep" ? "erasureKeep" : item.action === "anonymise" ? "erasureAnonymise" : "erasureErase";
      const exception = item.exception ? [fill(m.keptUnder, { exception: labelFor(locale, "erasureException", item.exception) })] : [];
      return { text: fill(m.item[key], { category }), reasons: exception };
    }
    case "objection":
      return { text: item.result === "done" ? m.item.objectionUpheld : m.item.objectionDismissed, reasons: reasons(item.reason) };
    case "restriction":
      return { text: m.item.restriction, reasons: [] };
    case "consent":
      return { text: fill(m.item.consent, { purpose: labelFor(locale, "consentPurpose", item.purpose) }), reasons: [] };
    case "copy":
      return { text: item.expiresOn ? fill(m.item.copyUntil, { date: formatDate(item.expiresOn, locale) }) : m.item.copy, reasons: [] };
    case "withheld":
      return { text: fill(m.item.withheld, { count: item.count }, locale), reasons: [m.withheldUnder, ...item.reasons.flatMap((r) => reasons(r))] };
    case "no_data":
      return { text: m.item.noData, reasons: [] };
    case "fee_declined":
      return { text: fill(m.item.feeDeclined, { amount: formatEuros(item.amountCents, locale) }), reasons: reasons(item.reasons) };
    case "rejected": {
      const grounds = (portal[locale] ?? portal.fi).grounds as Record<string, string>;
      return { text: fill(m.item.rejected, { ground: grounds[item.ground] ?? grounds.other }), reasons: reasons(item.reasons) };
    }
  }
}

/** The complaint (Art. 77) and judicial-remedy (Art. 79) text with the Ombudsman's contact details. */
export function remedyBlock(locale: Locale): RemedyBlock {
  const m = outcomeMessages(locale).remedies;
  const o = ombudsmanContact(locale);
  const labels = reportMessages(locale).ombudsman;
  return {
    title: m.title,
    complaint: m.complaint,
    ombudsman: [
      // The Finnish name too: it is what the office answers to and what a search finds.
      locale === "fi" ? o.authority : `${o.authority} (Tietosuojavaltuutetun toimisto)`,
      `${labels.visitingAddress}: ${o.visitingAddress}`,
      `${labels.postalAddress}: ${o.postalAddress}`,
      `${labels.email}: ${o.email}`,
      `${labels.phone}: ${o.phone}`,
      `${labels.website}: ${o.website}`,
    ],
    judicial: m.judicial,
  };
}

export function describeOutcome(outcome: Outcome, locale: Locale): DescribedOutcome {
  const m = outcomeMessages(locale);
  return {
    title: m.title,
    overall: m.overall[outcome.overall],
    items: outcome.items.map((it) => ({ ...describeItem(it, locale), result: it.result, resultLabel: m.result[it.result] })),
    summary: outcome.summary?.trim() ? fill(m.reasons, { reasons: outcome.summary.trim() }) : undefined,
    recipients: outcome.recipients.length || outcome.items.some((i) => i.kind === "rectification" || i.kind === "erasure" || i.kind === "restriction")
      ? { title: m.recipientsTitle, lead: outcome.recipients.length ? m.recipientsLead : m.recipientsNone, names: outcome.recipients }
      : null,
    remedies: outcome.refusedAnything ? remedyBlock(locale) : null,
  };
}

/** The remedy block as plain text paragraphs (emails: appended by the renderer, outside any template). */
export function remedyText(locale: Locale): string {
  const r = remedyBlock(locale);
  return [r.title, r.complaint, r.ombudsman.join("\n"), r.judicial].join("\n\n");
}

/**
 * The whole outcome as plain text for an email: "- " list lines become an HTML list in the renderer.
 * Reasons are indented under their item as their own lines.
 */
export function outcomeText(d: DescribedOutcome): string {
  const parts = [d.title, d.overall];
  if (d.items.length) {
    parts.push(d.items.map((i) => [`- ${i.text} (${i.resultLabel})`, ...i.reasons.map((r) => `- ${r}`)].join("\n")).join("\n"));
  }
  if (d.summary) parts.push(d.summary);
  if (d.recipients) parts.push([d.recipients.title, d.recipients.lead].join("\n"), ...(d.recipients.names.length ? [d.recipients.names.map((n) => `- ${n}`).join("\n")] : []));
  if (d.remedies) parts.push(d.remedies.title, d.remedies.complaint, d.remedies.ombudsman.join("\n"), d.remedies.judicial);
  return parts.join("\n\n");
}
