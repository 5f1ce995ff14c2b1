/**
 * The outcome of a decided request, item by item (issue 11 §1): what was done, done in part or not
 * done, each with its reasons. One pure computation feeds the subject's page, the completion email
 * and the report, so the three can never tell different stories. Anything not done (whole or part)
 * makes `refusedAnything` true, and every place that shows the outcome then adds the complaint and
 * judicial-remedy text (Art. 12(4), 77, 79).
 */
import type { RequestDetails } from "../db/types";

export type ItemResult = "done" | "partly" | "refused";
export type Overall = ItemResult | "no_data" | "forwarded";

export type OutcomeItem =
  | { kind: "rectification"; result: "done" | "refused"; field: string; statement: boolean; reason?: string }
  | { kind: "erasure"; result: "done" | "refused"; category: string; action: "erase" | "anonymise" | "keep"; exception?: string }
  | { kind: "objection"; result: "done" | "refused"; reason?: string }
  | { kind: "restriction"; result: "done" }
  | { kind: "consent"; result: "done"; purpose: string }
  | { kind: "copy"; result: "done"; expiresOn?: string }
  | { kind: "withheld"; result: "refused"; count: number; reasons: string[] }
  | { kind: "no_data"; result: "done" }
  | { kind: "fee_declined"; result: "refused"; amountCents: number; reasons: string }
  | { kind: "rejected"; result: "refused"; ground: string; reasons?: string };

export type Outcome = {
  overall: Overall;
  items: OutcomeItem[];
  /** Art. 19: recipients told of a rectification, erasure or restriction (their tasks done). */
  recipients: string[];
  /** Does the subject get the complaint and judicial-remedy block? */
  refusedAnything: boolean;
  /** Free-text reasons staff wrote for the decision as a whole (e.g. the completion summary). */
  summary?: string;
};

export type OutcomeInput = {
  status: string;
  details: RequestDetails;
  rejectionGround: string | null;
  decisionReasons: string | null;
  forwardedTo: string | null;
  /** Withheld items of an access report (tietosuojalaki 34 §), with the reason the subject is told. */
  withheld: Array<{ reason: string }>;
  recipients: string[];
  /** Released, still downloadable reports: the latest expiry (Helsinki date) if any. */
  reportExpiresOn?: string | null;
  reportReleased: boolean;
  /** Consent purposes actually withdrawn by this request. */
  withdrawnPurposes: string[];
  declinedFee?: { amountCents: number; reasons: string } | null;
};

/** The per-item outcome of a closed request; null while the request is open or was withdrawn. */
export function buildOutcome(i: OutcomeInput): Outcome | null {
  if (i.status !== "completed" && i.status !== "rejected") return null;
  const d = i.details;
  const items: OutcomeItem[] = [];
  if (i.status === "rejected") {
    if (i.rejectionGround === "fee_declined" && i.declinedFee) {
      items.push({ kind: "fee_declined", result: "refused", amountCents: i.declinedFee.amountCents, reasons: i.declinedFee.reasons });
    } else {
      items.push({ kind: "rejected", result: "refused", ground: i.rejectionGround ?? "other", reasons: i.decisionReasons ?? undefined });
    }
    return { overall: "refused", items, recipients: [], refusedAnything: true };
  }
  if (i.forwardedTo) return { overall: "forwarded", items, recipients: [], refusedAnything: false, summary: i.decisionReasons ?? undefined };
  if (d.type === "access" && d.noDataHeld) {
    items.push({ kind: "no_data", result: "done" });
    return { overall: "no_data", items, recipients: [], refusedAnything: false, summary: i.decisionReasons ?? undefined };
  }
  switch (d.type) {
    case "rectification":
      for (const it of d.items) {
        if (!it.decision) continue;
        const statement = !it.correctValue?.trim() && Boolean(it.statement?.trim());
        items.push({ kind: "rectification", result: it.decision === "accepted" ? "done" : "refused", field: it.field, statement, reason: it.decisionReason });
      }
      break;
    case "erasure":
      for (const e of d.plan ?? []) {
        items.push({ kind: "erasure", result: e.action === "keep" ? "refused" : "done", category: e.category, action: e.action, exception: e.exception });
      }
      break;
    case "objection": {
      // Against direct marketing or profiling for it the objection is absolute (Art. 21(3)): completed
      // means upheld, also for requests decided before the decision was kept in the details.
      const decision = d.decision ?? (d.kind !== "legitimate_interest" ? "upheld" : undefined);
      if (decision) items.push({ kind: "objection", result: decision === "upheld" ? "done" : "refused", reason: d.decisionReason });
      break;
    }
    case "restriction":
      items.push({ kind: "restriction", result: "done" });
      break;
    case "consent_withdrawal":
      for (const purpose of i.withdrawnPurposes) items.push({ kind: "consent", result: "done", purpose });
      break;
    case "access":
    case "portability":
      if (i.reportReleased) items.push({ kind: "copy", result: "done", expiresOn: i.reportExpiresOn ?? undefined });
      if (i.withheld.length) items.push({ kind: "withheld", result: "refused", count: i.withheld.length, reasons: [...new Set(i.withheld.map((w) => w.reason))] });
      break;
  }
  const refused = items.filter((x) => x.result === "refused").length;
  const overall: Overall = refused === 0 ? "done" : refused === items.length ? "refused" : "partly";
  const art19 = d.type === "rectification" || d.type === "erasure" || d.type === "restriction";
  // The objection's reasons are its item's: not repeated as the summary.
  const repeated = items.some((it) => "reason" in it && it.reason?.trim() && it.reason.trim() === i.decisionReasons?.trim());
  return { overall, items, recipients: art19 ? i.recipients : [], refusedAnything: refused > 0, summary: repeated ? undefined : i.decisionReasons ?? undefined };
}

/** Euros from cents for people: fi/sv "12,50 €", en "€12.50". */
export function formatEuros(cents: number, locale: "fi" | "sv" | "en"): string {
  return new Intl.NumberFormat(locale === "en" ? "en-IE" : locale === "sv" ? "sv-FI" : "fi-FI", { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** "12,50", "12.5" or "12" → cents; null for anything else (negative, more than two decimals, text). */
export function parseEuros(value: string): number | null {
  const v = value.trim().replace(/\s|€/g, "").replace(",", ".");
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(v)) return null;
  return Math.round(Number(v) * 100);
}
