import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTestDb } from "../support/db";
import { startSmtp, toAddress, type SmtpBox } from "../support/smtp";
import { addChildren, createOrg, createPerson, createRequest, createUser, type Org } from "./fixtures";
import { flat, pdfText, removeReportFiles } from "../reports/helpers";
import type { DbHandle } from "@/lib/db/client";
import { consents, emailOutbox, emailTemplates, requests, tasks, type Request } from "@/lib/db/schema";
import type { Locale, RequestDetails } from "@/lib/db/types";
import { processOutbox } from "@/lib/mail/queries";
import {
  applyRestriction,
  assignRequest,
  completeRequest,
  decideObjection,
  decideRectification,
  executeErasure,
  markItem,
  markTaskDone,
  rejectRequest,
  withdrawConsents,
} from "@/lib/workflow/queries";
import { finishTasks } from "../support/tasks";
import { createReport, releaseReport, resolveReportPath } from "@/lib/reports/queries";
import { getMyRequest } from "@/lib/requests/queries-subject";
import { describeOutcome, outcomeText } from "@/lib/workflow/outcome-text";
import { findCodes } from "../support/codes";
import { buildOutcome } from "@/lib/workflow/outcomes";
import { OutcomeView } from "@/app/_components/outcome-view";

/**
 * Issue 11 §1 / issue 12 §5: for every request type and outcome, the subject's page (the server-rendered
 * decision component with the data the page loads), the completion email (real SMTP on loopback) and —
 * where a report applies — the PDF text carry the outcome; wherever anything was not done, the
 * complaint and judicial-remedy text is there too, also when an admin's override tries to remove it.
 */
let h: DbHandle;
let smtp: SmtpBox;
let a: Org;

beforeAll(async () => {
  h = await createTestDb();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  a = await createOrg(h.db, "OUT");
});
afterAll(async () => {
  if (h) await removeReportFiles(h.db);
  await smtp?.stop();
  await h?.close();
  delete process.env.SMTP_URL;
});

const REMEDY = {
  fi: ["Oikeutesi valittaa ja viedä asia tuomioistuimeen", "Tietosuojavaltuutetun toimisto", "Lintulahdenkuja 4, 00530 Helsinki", "PL 800, 00531 Helsinki", "tietosuoja@om.fi", "79 art."],
  sv: ["Din rätt att klaga och att gå till domstol", "Fågelviksgränden 4, 00530 Helsingfors", "PB 800, 00531 Helsingfors", "tietosuoja@om.fi", "art. 79"],
  en: ["Your right to complain and to go to court", "PO Box 800, 00531 Helsinki", "tietosuoja@om.fi", "Art. 79"],
} as const;

async function reload(id: string): Promise<Request> {
  return (await h.db.select().from(requests).where(eq(requests.id, id)))[0];
}

/** The decision as the subject's page renders it (the same loader and component as app/my/requests/[id]). */
async function pageHtml(r: Request, userId: string): Promise<string> {
  const data = await getMyRequest(h.db, userId, r.id);
  expect(data?.outcome, "the page has an outcome").toBeTruthy();
  return renderToStaticMarkup(createElement(OutcomeView, { outcome: describeOutcome(data!.outcome!, r.locale as Locale) }))
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** The email of `template` to the request's subject, delivered over SMTP. */
async function mailText(r: Request, template: string): Promise<string> {
  const [row] = await h.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.requestId, r.id), eq(emailOutbox.template, template)));
  expect(row, `${template} email queued`).toBeTruthy();
  await processOutbox(h.db, { onlyIds: [row.id] });
  const mail = await smtp.waitFor((m) => toAddress(m) === r.subjectEmail && (m.subject ?? "").includes(r.reference));
  return flat(`${mail.text ?? ""}`);
}

async function subjectRequest(type: Request["type"], details: RequestDetails, personIds: string[] = [], locale: Locale = "fi") {
  const user = await createUser(h.db, "subject");
  const r = await createRequest(h.db, a, { userId: user.id, type, details, personIds, locale, status: "in_progress", assigneeId: a.staff.id });
  return { user, r };
}

function expectAll(texts: string[], words: readonly string[], where: string) {
  for (const t of texts) for (const w of words) expect(flat(t), `${where}: ${w}`).toContain(w);
}
function expectNone(texts: string[], words: readonly string[], where: string) {
  for (const t of texts) for (const w of words) expect(flat(t), `${where}: ${w}`).not.toContain(w);
}

type Case = {
  name: string;
  locale?: Locale;
  run: () => Promise<{ r: Request; userId: string; template: "completed" | "rejected"; pdf?: string }>;
  says: string[];
  refused: boolean;
};

const cases: Case[] = [
  {
    name: "rectification, one item accepted and one rejected (partly)",
    refused: true,
    says: ["Päätös", "Pyyntösi toteutettiin osittain", "Sukunimi: korjattu", "Etunimi: ei korjattu", "Perustelut: Nimi on kirjattu henkilöllisyystodistuksen mukaan"],
    run: async () => {
      const p = await createPerson(h.db, a);
      const { user, r } = await subjectRequest("rectification", {
        type: "rectification",
        items: [
          { personId: p.id, field: "lastName", currentValue: p.lastName, correctValue: "Korhonen" },
          { personId: p.id, field: "firstName", currentValue: "Aino", correctValue: "Aina" },
        ],
      }, [p.id]);
      await decideRectification(h.db, a.staff, { requestId: r.id, items: [{ decision: "accepted" }, { decision: "rejected", reason: "Nimi on kirjattu henkilöllisyystodistuksen mukaan." }] });
      await finishTasks(h.db, a.staff, r.id);
      await completeRequest(h.db, a.staff, { requestId: r.id });
      return { r: await reload(r.id), userId: user.id, template: "completed" };
    },
  },
  {
    name: "erasure, one category kept under Art. 17(3)(e) (partly)",
    refused: true,
    says: ["Pyyntösi toteutettiin osittain", "poistettu", "säilytetty", "Oikeudellisen vaateen laatiminen"],
    run: async () => {
      const p = await createPerson(h.db, a);
      await addChildren(h.db, p.id, "erasure-case");
      const { user, r } = await subjectRequest("erasure", { type: "erasure", scope: "categories", categories: ["contact", "feedback"], ground: "a" }, [p.id]);
      await executeErasure(h.db, a.staff, { requestId: r.id, plan: [{ category: "contact", action: "erase" }, { category: "feedback", action: "keep", exception: "legal_claims" }] });
      await finishTasks(h.db, a.staff, r.id);
      await completeRequest(h.db, a.staff, { requestId: r.id });
      return { r: await reload(r.id), userId: user.id, template: "completed" };
    },
  },
  {
    name: "objection on legitimate interest dismissed (refused)",
    refused: true,
    says: ["Pyyntöäsi ei toteutettu", "Vastustuksesi hylättiin", "21 art. 1 kohta", "Perustelut: Tilastointi on välttämätöntä avustusten raportoinnissa"],
    run: async () => {
      const p = await createPerson(h.db, a);
      const { user, r } = await subjectRequest("objection", { type: "objection", kind: "legitimate_interest", personalSituation: "x", registerIds: [] }, [p.id]);
      await decideObjection(h.db, a.staff, { requestId: r.id, decision: "dismissed", reasons: "Tilastointi on välttämätöntä avustusten raportoinnissa." });
      await finishTasks(h.db, a.staff, r.id);
      await completeRequest(h.db, a.staff, { requestId: r.id });
      return { r: await reload(r.id), userId: user.id, template: "completed" };
    },
  },
  {
    name: "objection to direct marketing upheld (done)",
    refused: false,
    says: ["Pyyntösi toteutettiin kokonaan", "Vastustuksesi hyväksyttiin"],
    run: async () => {
      const p = await createPerson(h.db, a);
      const { user, r } = await subjectRequest("objection", { type: "objection", kind: "direct_marketing", registerIds: [] }, [p.id]);
      await decideObjection(h.db, a.staff, { requestId: r.id, decision: "upheld", reasons: "Suoramarkkinointi lopetetaan heti." });
      await finishTasks(h.db, a.staff, r.id);
      await completeRequest(h.db, a.staff, { requestId: r.id });
      return { r: await reload(r.id), userId: user.id, template: "completed" };
    },
  },
  {
    name: "restriction applied, recipients told (done, Art. 19)",
    refused: false,
    says: ["Pyyntösi toteutettiin kokonaan", "Tietojesi käsittelyä on rajoitettu", "Vastaanottajat, joille ilmoitettiin", "Viranomainen"],
    run: async () => {
      const p = await createPerson(h.db, a);
      const user = await createUser(h.db, "subject");
      const r = await createRequest(h.db, a, { userId: user.id, type: "restriction", details: { type: "restriction", ground: "a", explanation: "x", registerIds: [] }, personIds: [p.id] });
      await assignRequest(h.db, a.staff, { requestId: r.id, assigneeId: a.staff.id });
      await applyRestriction(h.db, a.staff, { requestId: r.id });
      for (const t of await h.db.select().from(tasks).where(eq(tasks.requestId, r.id))) await markTaskDone(h.db, a.staff, { requestId: r.id, taskId: t.id });
      await finishTasks(h.db, a.staff, r.id);
      await completeRequest(h.db, a.staff, { requestId: r.id });
      return { r: await reload(r.id), userId: user.id, template: "completed" };
    },
  },
  {
    name: "consent withdrawal (done)",
    refused: false,
    says: ["Pyyntösi toteutettiin kokonaan", "Suostumus peruttu"],
    run: async () => {
      const p = await createPerson(h.db, a);
      const [c] = await h.db.insert(consents).values({ personId: p.id, purpose: "newsletter", description: "Uutiskirje", givenAt: new Date("2025-01-01") }).returning();
      const { user, r } = await subjectRequest("consent_withdrawal", { type: "consent_withdrawal", consentIds: [c.id] }, [p.id]);
      await withdrawConsents(h.db, a.staff, { requestId: r.id });
      await finishTasks(h.db, a.staff, r.id);
      await completeRequest(h.db, a.staff, { requestId: r.id });
      return { r: await reload(r.id), userId: user.id, template: "completed" };
    },
  },
  {
    name: "access with a withheld item (partly), in the PDF too",
    refused: true,
    says: ["Pyyntösi toteutettiin osittain", "Selvityksesi on valmis. Voit ladata sen", "jätettiin antamatta", "tietosuojalain 34 §", "Perustelut: Tietojen antaminen voisi vaarantaa hoidon"],
    run: async () => {
      const p = await createPerson(h.db, a);
      const { noteIds } = await addChildren(h.db, p.id, "access-case");
      const { user, r } = await subjectRequest("access", { type: "access", registerIds: [], formats: ["pdf"] }, [p.id]);
      await markItem(h.db, a.staff, { requestId: r.id, itemId: noteIds[1], kind: "withhold", reason: "Tietojen antaminen voisi vaarantaa hoidon." });
      await markItem(h.db, a.staff, { requestId: r.id, itemId: noteIds[2], kind: "withhold", reason: "Tietojen antaminen voisi vaarantaa hoidon." });
      await finishTasks(h.db, a.staff, r.id);
      const report = await createReport(h.db, { requestId: r.id, format: "pdf", actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } });
      await releaseReport(h.db, { reportId: report.id, actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } });
      await completeRequest(h.db, a.staff, { requestId: r.id });
      return { r: await reload(r.id), userId: user.id, template: "completed", pdf: await pdfText(resolveReportPath(report.storagePath!)) };
    },
  },
  {
    name: "portability (done)",
    refused: false,
    says: ["Pyyntösi toteutettiin kokonaan", "Selvityksesi on valmis"],
    run: async () => {
      const p = await createPerson(h.db, a);
      const { user, r } = await subjectRequest("portability", { type: "portability", registerIds: [], formats: ["json"] }, [p.id]);
      await finishTasks(h.db, a.staff, r.id);
      const report = await createReport(h.db, { requestId: r.id, format: "json", actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } });
      await releaseReport(h.db, { reportId: report.id, actor: { id: a.staff.id, role: "staff", organisationIds: [a.id] } });
      await completeRequest(h.db, a.staff, { requestId: r.id });
      return { r: await reload(r.id), userId: user.id, template: "completed" };
    },
  },
  {
    name: "erasure refused in full (Swedish)",
    locale: "sv",
    refused: true,
    says: ["Din begäran har inte tillmötesgåtts", "Din begäran tillmötesgicks inte", "Skäl: Uppgifterna behövs för ett pågående rättsligt anspråk"],
    run: async () => {
      const p = await createPerson(h.db, a);
      const { user, r } = await subjectRequest("erasure", { type: "erasure", scope: "everything", categories: [], ground: "a" }, [p.id], "sv");
      await rejectRequest(h.db, a.staff, { requestId: r.id, ground: "exception", reasons: "Uppgifterna behövs för ett pågående rättsligt anspråk." });
      return { r: await reload(r.id), userId: user.id, template: "rejected" };
    },
  },
];

describe("issue 11 §1: every outcome on the page, in the email and in the report, with remedies wherever anything is refused", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const { r, userId, template, pdf } = await c.run();
      const locale = (c.locale ?? "fi") as Locale;
      const page = await pageHtml(r, userId);
      const mail = await mailText(r, template);
      const texts = [page, mail, ...(pdf ? [pdf] : [])];
      expectAll(texts, c.says.filter((s) => !(pdf && /Voit ladata|Selvityksesi on valmis/.test(s))), c.name);
      if (c.refused) expectAll(texts, REMEDY[locale], `${c.name} remedies`);
      else expectNone([page, mail], [REMEDY[locale][0]], `${c.name} no remedies`);
      // Plain language: no database codes reach the subject.
      for (const t of [page, mail]) expect(t).not.toMatch(/\b(legal_claims|legitimate_interest|lastName|firstName|notify_recipient|fee_declined)\b/);
    });
  }

  it("the completion email states the report's expiry date (d.m.yyyy) and links to the request itself", async () => {
    const p = await createPerson(h.db, a);
    const { r } = await subjectRequest("portability", { type: "portability", registerIds: [], formats: ["json"] }, [p.id]);
    const actor = { id: a.staff.id, role: "staff" as const, organisationIds: [a.id] };
    await finishTasks(h.db, a.staff, r.id);
    const report = await createReport(h.db, { requestId: r.id, format: "json", actor });
    const released = await releaseReport(h.db, { reportId: report.id, actor });
    await completeRequest(h.db, a.staff, { requestId: r.id });
    const mail = await mailText(r, "completed");
    const d = released.expiresAt!;
    const helsinki = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki", year: "numeric", month: "numeric", day: "numeric" }).formatToParts(d);
    const part = (t: string) => Number(helsinki.find((x) => x.type === t)!.value);
    expect(mail).toContain(`Voit ladata sen ${part("day")}.${part("month")}.${part("year")} asti`);
    expect(mail).toContain(`/my/requests/${r.id}`);
    expect(mail).not.toContain("rajoitetun ajan");
  });

  it("an admin's override of the completed and rejected templates cannot remove the outcome or the remedies", async () => {
    for (const template of ["completed", "rejected"]) {
      await h.db.insert(emailTemplates).values({ organisationId: a.id, template, locale: "fi", subject: "Valmis {{reference}}", body: "{{greeting}}\n\nAsia on käsitelty. Ei valitusoikeutta." });
    }
    try {
      const p = await createPerson(h.db, a);
      const { r } = await subjectRequest("rectification", { type: "rectification", items: [{ personId: p.id, field: "firstName", correctValue: "Aina" }] }, [p.id]);
      await decideRectification(h.db, a.staff, { requestId: r.id, items: [{ decision: "rejected", reason: "Nimi on oikein asiakirjojen mukaan." }] });
      await finishTasks(h.db, a.staff, r.id);
      await completeRequest(h.db, a.staff, { requestId: r.id });
      const done = await reload(r.id);
      const mail = await mailText(done, "completed");
      expect(mail).toContain("Ei valitusoikeutta");
      expectAll([mail], ["Etunimi: ei korjattu", "Nimi on oikein asiakirjojen mukaan", ...REMEDY.fi], "override completed");

      const other = await subjectRequest("access", { type: "access", registerIds: [], formats: ["pdf"] }, [p.id]);
      await rejectRequest(h.db, a.staff, { requestId: other.r.id, ground: "other", reasons: "Pyyntö koskee toisen henkilön tietoja." });
      const rejectedMail = await mailText(await reload(other.r.id), "rejected");
      expectAll([rejectedMail], REMEDY.fi, "override rejected");
      // Once, not twice: the appendix already holds the remedies, the renderer does not add them again.
      expect(rejectedMail.split(REMEDY.fi[0]).length - 1).toBe(1);
      expect(await pageHtml(await reload(other.r.id), other.user.id)).toContain(REMEDY.fi[0]);
    } finally {
      await h.db.delete(emailTemplates).where(eq(emailTemplates.organisationId, a.id));
    }
  });
});

describe("the outcome model (pure)", () => {
  const base = { rejectionGround: null, decisionReasons: null, forwardedTo: null, withheld: [], recipients: [], reportReleased: false, withdrawnPurposes: [] };
  it("is none while the request is open or withdrawn", () => {
    for (const status of ["new", "in_progress", "awaiting_subject", "withdrawn"]) {
      expect(buildOutcome({ ...base, status, details: { type: "restriction", ground: "a", explanation: "x", registerIds: [] } })).toBeNull();
    }
  });
  it("an absolute objection (Art. 21(3)) completed is upheld, and reasons are not repeated as the summary", () => {
    const o = buildOutcome({ ...base, status: "completed", decisionReasons: "Kielto asetettu.", details: { type: "objection", kind: "direct_marketing", registerIds: [] } });
    expect(o).toMatchObject({ overall: "done", refusedAnything: false, items: [{ kind: "objection", result: "done" }], summary: "Kielto asetettu." });
    const d = buildOutcome({ ...base, status: "completed", decisionReasons: "Painava syy.", details: { type: "objection", kind: "legitimate_interest", registerIds: [], decision: "dismissed", decisionReason: "Painava syy." } });
    expect(d).toMatchObject({ overall: "refused", refusedAnything: true, summary: undefined });
  });
  it("Art. 19 recipients only for rectification, erasure and restriction", () => {
    const access = buildOutcome({ ...base, status: "completed", recipients: ["X"], reportReleased: true, details: { type: "access", registerIds: [], formats: ["pdf"] } });
    expect(access?.recipients).toEqual([]);
    const restriction = buildOutcome({ ...base, status: "completed", recipients: ["X"], details: { type: "restriction", ground: "a", explanation: "x", registerIds: [] } });
    expect(restriction?.recipients).toEqual(["X"]);
  });
});

describe("the outcome in plain language: no database codes in fi or sv (issue 12)", () => {
  const outcome = {
    overall: "partly" as const,
    refusedAnything: true,
    recipients: ["Viranomainen"],
    summary: "Yhteenveto.",
    items: [
      { kind: "rectification" as const, result: "refused" as const, field: "workingLifeStatus", statement: false, reason: "x" },
      { kind: "rectification" as const, result: "done" as const, field: "lastName", statement: true },
      ...(["erase", "anonymise", "keep"] as const).map((action) => ({ kind: "erasure" as const, result: action === "keep" ? ("refused" as const) : ("done" as const), category: "special_notes", action, exception: action === "keep" ? "archiving_research" : undefined })),
      { kind: "objection" as const, result: "refused" as const, reason: "x" },
      { kind: "restriction" as const, result: "done" as const },
      { kind: "consent" as const, result: "done" as const, purpose: "special_data" },
      { kind: "copy" as const, result: "done" as const, expiresOn: "2026-12-31" },
      { kind: "withheld" as const, result: "refused" as const, count: 1, reasons: ["x"] },
      { kind: "no_data" as const, result: "done" as const },
      { kind: "fee_declined" as const, result: "refused" as const, amountCents: 1250, reasons: "x" },
      { kind: "rejected" as const, result: "refused" as const, ground: "identity_not_established", reasons: "x" },
    ],
  };
  for (const locale of ["fi", "sv"] as const) {
    it(locale, () => {
      const text = outcomeText(describeOutcome(outcome, locale));
      expect(findCodes(text, locale === "sv" ? ["en"] : [])).toEqual([]);
      expect(text).toContain("31.12.2026");
      expect(text).toContain("12,50");
    });
  }
});
