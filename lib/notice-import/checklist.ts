import type { ImportDraft, ImportField } from "./fields";

/**
 * What the notice lacks against GDPR Art. 13 (data from the subject) and Art. 14 (data from elsewhere):
 * the import also tells the association what to add. Codes are translated (noticeImport.checklist.*).
 */
export type ChecklistCode =
  | "no_controller"
  | "no_contact"
  | "dpo_without_contact"
  | "no_dpo_special_data"
  | "no_purposes"
  | "no_legal_basis"
  | "no_data_categories"
  | "no_sources"
  | "no_recipients"
  | "no_transfers"
  | "no_retention"
  | "no_rights"
  | "no_complaint"
  | "no_consent_withdrawal"
  | "no_automated_decisions";
export type ChecklistItem = { code: ChecklistCode; article: string; field?: ImportField };

const text = (d: ImportDraft, f: ImportField) => (d.fields[f]?.items ?? []).join("\n");
const has = (d: ImportDraft, f: ImportField) => (d.fields[f]?.items ?? []).some((i) => i.trim().length > 0);

const COMPLAINT = /valitu|valvontaviranomai|tietosuojavaltuutet|tietosuojaviranomai|klagomål|klaga|tillsynsmyndighet|dataombudsman|complain|supervisory authority|ombudsman/i;
const WITHDRAW = /peruuttaa|peruutta|perua|återkalla|withdraw/i;
const CONSENT = /suostumu|samtycke|consent/i;
const AUTOMATED = /automaatti|profiloi|automatiser|profilering|automated|profiling/i;
const DPO = /tietosuojavastaava|dataskyddsombud|data protection officer/i;
const REACHABLE = /@|\bp(uh)?\.\s*\d|\+?\d[\d\s-]{6,}|tel\.?\s*\d/i;
const SPECIAL = /terveys|terveyteen|terveydentila|seksuaal|etninen|uskonnoll|ammattiliitto|hälsa|sexuell|etnisk|religiös|health|sexual|ethnic|religious|trade union/i;

export function checkNotice(d: ImportDraft): ChecklistItem[] {
  const all = d.passages.map((p) => `${p.heading ?? ""}\n${p.text}`).join("\n");
  const out: ChecklistItem[] = [];
  const need = (ok: boolean, item: ChecklistItem) => void (!ok && out.push(item));
  need(has(d, "controller"), { code: "no_controller", article: "13(1)(a)", field: "controller" });
  need(has(d, "contact") || REACHABLE.test(text(d, "controller")), { code: "no_contact", article: "13(1)(a)", field: "contact" });
  // Art. 13(1)(b): if a DPO is named, how to reach them.
  const dpoText = [text(d, "dpo"), ...d.passages.filter((p) => DPO.test(p.text)).map((p) => p.text)].join("\n");
  if (has(d, "dpo") || DPO.test(all)) need(REACHABLE.test(dpoText), { code: "dpo_without_contact", article: "13(1)(b)", field: "dpo" });
  // Art. 37(1)(c): special categories handled as a core activity call for a DPO; worth checking.
  else if (SPECIAL.test(text(d, "dataCategories"))) out.push({ code: "no_dpo_special_data", article: "37(1)(c)", field: "dpo" });
  need(has(d, "purposes"), { code: "no_purposes", article: "13(1)(c)", field: "purposes" });
  need(has(d, "legalBasis"), { code: "no_legal_basis", article: "13(1)(c)", field: "legalBasis" });
  need(has(d, "dataCategories"), { code: "no_data_categories", article: "14(1)(d)", field: "dataCategories" });
  need(has(d, "sources"), { code: "no_sources", article: "14(2)(f)", field: "sources" });
  need(has(d, "recipients"), { code: "no_recipients", article: "13(1)(e)", field: "recipients" });
  need(has(d, "transfers"), { code: "no_transfers", article: "13(1)(f)", field: "transfers" });
  need(has(d, "retention"), { code: "no_retention", article: "13(2)(a)", field: "retention" });
  need(has(d, "rights"), { code: "no_rights", article: "13(2)(b)", field: "rights" });
  need(COMPLAINT.test(all), { code: "no_complaint", article: "13(2)(d)", field: "rights" });
  if (CONSENT.test(text(d, "legalBasis"))) need(WITHDRAW.test(all), { code: "no_consent_withdrawal", article: "13(2)(c)", field: "rights" });
  need(has(d, "automatedDecisions") || AUTOMATED.test(all), { code: "no_automated_decisions", article: "13(2)(f)", field: "automatedDecisions" });
  return out;
}
