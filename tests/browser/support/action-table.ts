import { REQUEST_TYPES } from "@/lib/requests/constants";
import { seedId } from "@/lib/seed/ids";
import type { Role } from "./roles";
import { ACCOUNTS } from "./roles";
import { ORG_X, ORG_Y, REG_X, REQ_A, REQ_B } from "./route-table";
import type { ActionInput, ActionReply } from "./server-action";

/**
 * The server-action half of the matrix (issue 9): every action of the build's manifest, keyed
 * "lib/<file>#<export>", with the roles that may succeed with `input`, and the positive control.
 * Every other role calls the action with the same valid input and must not succeed (ok:false, a 4xx,
 * no redirect) — so a denial is the authorisation's doing, not a parse error. Targets are X's
 * (Turun Kaupunkilähetys) unless said otherwise; the positive controls run in the order listed.
 */
export type ActionCtx = {
  /** An open portability request of subject A filed by the test (for withdraw / message). */
  openA: string;
  /** Report ids that existed before (the route matrix's released report). */
  known: string[];
  /** Filled as the positive controls run. */
  reportId?: string;
  /** The processor the admin's positive control created (deleted by the next one). */
  processorId?: string;
  /** The letter access request the intake control files (no records: the "no data held" control). */
  intakeId?: string;
  /** The current TOTP code of the pre-second-factor account, in a time step not used yet. */
  totpCode: () => Promise<string>;
  /** A page's HTML as a role sees it. */
  fetchAs: (role: Role, path: string) => Promise<string>;
  /** Call another action of this table as a role (set-up of a positive control). */
  callAs: (role: Role, key: string, input: ActionInput) => Promise<ActionReply>;
  /** A notice-import draft of X uploaded by X's admin (issue 14), made on first use. */
  noticeDraft?: string;
};
export type ActionEntry = {
  /** Roles that may succeed with `input`; "public" = anyone (only called anonymously). */
  allowed: Role[] | "public";
  input: (c: ActionCtx) => ActionInput | Promise<ActionInput>;
  /** The positive control: this role with this input succeeds (default: the first allowed role, `input`). */
  positive?: { role: Role; input?: (c: ActionCtx) => ActionInput | Promise<ActionInput> };
  /** What success looks like when ok:true alone is not enough (e.g. "erased at least one record"). */
  succeeds?: (reply: ActionReply) => boolean;
  /**
   * No matrix role may succeed and the positive control runs elsewhere (the platform operator is not a
   * matrix role): every role is checked to be refused here; the file named does the positive control.
   */
  positiveElsewhere?: string;
  /** Runs after the positive control (fills the context for later entries). */
  after?: (reply: ActionReply, c: ActionCtx) => Promise<void> | void;
};

const OPERATOR_JOURNEY = "tests/browser/operator.test.ts";
const STAFF_X: Role[] = ["staffNoSpecial", "staffX", "adminX"];
const SIGNED_IN: Role[] = ["subjectA", "subjectB", "staffPreMfa", "staffNoSpecial", "staffX", "adminX", "adminY"];
const NEW_STAFF = "uusi.tyontekija@tkl.example";
const form = (f: Record<string, string>): ActionInput => ({ form: f });
const req = (ref: string) => seedId("request", ref);
const REASON = "Perustelu, joka on riittävän pitkä testiä varten.";
const userId = (email: string) => seedId("user", email);
const inviteRoosa = () => form({ organisationId: ORG_X, email: ACCOUNTS.adminY.email, name: "Roosa Korsi", role: "staff", locale: "fi" });

const UPLOAD_NOTICE = "lib/notice-import/actions.ts#uploadNoticeAction";
/** A short notice: its closing signature is passage p3, the one not placed (tests/notice-import checks it). */
export const MATRIX_NOTICE = "Matriisin seloste\n\nRekisterin nimi\n\nMatriisin testirekisteri\n\nTietolähteet\n\nJäsen itse\n\nHelsingissä 1.2.2024\nHallitus";
const uploadNotice = () => form({ organisationId: ORG_X, registerId: "", text: MATRIX_NOTICE });
/** The draft id from the upload's redirect ("/admin/registers/import/<id>;push"). */
const draftOf = (r: ActionReply) => r.redirect?.split(";")[0].split("?")[0].split("/").pop();
const noticeDraft = async (c: ActionCtx) => {
  c.noticeDraft ??= draftOf(await c.callAs("adminX", UPLOAD_NOTICE, uploadNotice()));
  return c.noticeDraft ?? "00000000-0000-4000-8000-000000000000";
};

export const ACTIONS: Record<string, ActionEntry> = {
  // Public: the sign-in page, the language switcher, sign-out.
  "lib/auth/actions.ts#changeLocale": { allowed: "public", input: () => ({ form: { locale: "fi", back: "/" }, bare: true }) },
  "lib/auth/actions.ts#requestSignInLink": { allowed: "public", input: () => form({ email: "matrix-probe@example.org" }) },
  "lib/auth/actions.ts#signOutAction": { allowed: "public", input: () => ({ args: [] }) },
  // The accessibility statement's feedback form: anyone, limited per IP (lib/feedback).
  "lib/feedback/actions.ts#sendAccessibilityFeedbackAction": {
    allowed: "public",
    input: () => form({ organisationId: ORG_X, message: "Valikko ei toimi ruudunlukijalla (matriisin testi)." }),
  },

  // Subjects.
  // Any signed-in account may file, claim and link as a data subject (staff accounts are people too).
  "lib/requests/actions.ts#submitRequest": {
    allowed: SIGNED_IN,
    input: () => ({ values: { type: "portability", organisationId: ORG_X, registerIds: [REG_X], formats: ["json"], confirmDuplicate: true } }),
  },
  // Before the withdrawal below: staff X asks a fee on A's open request, and A accepts it (issue 11 §3).
  "lib/workflow/actions.ts#feeAction": {
    allowed: STAFF_X,
    input: (c) => form({ requestId: c.openA, basis: "further_copy", amount: "10,00", reasons: REASON }),
    positive: { role: "staffX" },
  },
  "lib/requests/actions.ts#answerFeeAction": { allowed: ["subjectA"], input: (c) => ({ values: { requestId: c.openA, answer: "accept" } }) },
  "lib/requests/actions.ts#sendSubjectMessage": { allowed: ["subjectA"], input: (c) => ({ values: { requestId: c.openA, body: "Kysymys käsittelijälle." } }) },
  // Subject B's completed access request (seed MLR-2026-0001) has only an expired report: a new copy is asked
  // on it. (A's TKL-2026-0001 gets a fresh released report from the fixtures, so a new copy is refused there.)
  "lib/requests/actions.ts#askNewCopy": { allowed: ["subjectB"], input: () => ({ values: { requestId: REQ_B } }) },
  "lib/requests/actions.ts#withdrawRequest": { allowed: ["subjectA"], input: (c) => ({ values: { requestId: c.openA, reason: "En tarvitse enää.", confirm: true } }) },
  "lib/identity/actions.ts#submitClaim": {
    allowed: SIGNED_IN,
    input: () => ({ values: { organisationId: ORG_Y, fullName: "Testi Henkilö", birthDate: "1980-01-01" } }),
  },
  "lib/identity/actions.ts#linkClientReference": {
    allowed: SIGNED_IN,
    input: () => ({ values: { organisationId: ORG_Y, reference: "MLR-K-0042", secret: "demo-salaisuus-42" } }),
    positive: { role: "subjectB" },
  },

  // Staff of X on X's requests (Johanna may: none of these reads special-category notes).
  "lib/workflow/actions.ts#assignAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0003"), assigneeId: userId(ACCOUNTS.staffX.email) }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#noteAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0003"), body: "Sisäinen muistiinpano." }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#messageAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0003"), body: "Viesti pyytäjälle." }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#taskDoneAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0003"), taskId: seedId("task", "TKL-2026-0003", "1") }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#taskSkipAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0003"), taskId: seedId("task", "TKL-2026-0003", "5"), reason: REASON }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#rectificationAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0003"), "items.1.decision": "rejected", "items.1.reason": REASON }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#askInfoAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0014"), reason: "clarification", message: "Tarkentaisitko pyyntöäsi?" }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#resumeAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0014") }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#extendAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0014"), reason: REASON }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#objectionAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0014"), decision: "upheld", reasons: REASON }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#reopenAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0005"), reason: REASON }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#forwardAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0005"), controller: "Toinen rekisterinpitäjä ry", message: "Pyyntö kuuluu teille." }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#claimDecisionAction": {
    allowed: STAFF_X,
    input: () => form({ requestId: req("TKL-2026-0010"), claimId: seedId("claim", "oona.r@example.net", "0"), decision: "confirm", personId: seedId("person", "tkl-oona-rantanen") }),
    positive: { role: "staffX" },
  },
  "lib/workflow/actions.ts#inPersonCheckAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0011"), confirmed: "on" }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#markItemAction": {
    allowed: STAFF_X,
    input: () => form({ requestId: req("TKL-2026-0011"), itemId: seedId("note", "tkl-jari-makinen", "2"), kind: "withhold", reason: REASON }),
    positive: { role: "staffX" },
  },
  "lib/workflow/actions.ts#removeMarkAction": { allowed: STAFF_X, input: () => form({ requestId: REQ_A, markId: seedId("mark", "TKL-2026-0001", "0") }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#restrictAction": { allowed: STAFF_X, input: () => form({ requestId: req("TKL-2026-0015") }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#liftNoticeAction": {
    allowed: STAFF_X,
    input: () => form({ personId: seedId("person", "tkl-raili-heinonen"), channel: "phone", reasons: REASON }),
    positive: { role: "staffX" },
  },
  "lib/workflow/actions.ts#liftAction": { allowed: STAFF_X, input: () => form({ personId: seedId("person", "tkl-raili-heinonen") }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#rejectAction": {
    allowed: STAFF_X,
    input: () => form({ requestId: req("TKL-2026-0009"), ground: "identity_not_established", reasons: REASON, acknowledged: "on" }),
    positive: { role: "staffX" },
  },
  // Y's open erasure and restriction: the positive controls run as Y's admin.
  "lib/workflow/actions.ts#erasureAction": {
    allowed: ["adminY"],
    input: () => form({ requestId: req("MLR-2026-0010"), "plan.0.category": "case_notes", "plan.0.action": "erase", confirmed: "on" }),
  },
  // Consents are withdrawn on an open request only (lib/workflow/action-rules.ts): Y's admin first reopens
  // the completed consent withdrawal MLR-2026-0003, then withdraws.
  "lib/workflow/actions.ts#consentAction": {
    allowed: ["adminY"],
    input: () => form({ requestId: req("MLR-2026-0003") }),
    positive: {
      role: "adminY",
      input: async (c) => {
        await c.callAs("adminY", "lib/workflow/actions.ts#reopenAction", form({ requestId: req("MLR-2026-0003"), reason: REASON }));
        return form({ requestId: req("MLR-2026-0003") });
      },
    },
  },
  // A's access report holds special-category notes: only staff with the permission generate it.
  "lib/workflow/actions.ts#generateReportAction": {
    allowed: ["staffX", "adminX"],
    input: () => form({ requestId: REQ_A, "formats.json": "on" }),
    positive: { role: "staffX" },
    // The new, unreleased report is the one the release control releases.
    after: async (_r, c) => {
      const ids = [...(await c.fetchAs("staffX", `/staff/requests/${REQ_A}`)).matchAll(/\/reports\/([0-9a-f-]{36})\/download/g)].map((m) => m[1]);
      c.reportId = ids.find((id) => !c.known.includes(id));
    },
  },
  "lib/workflow/actions.ts#releaseReportAction": { allowed: STAFF_X, input: (c) => form({ requestId: REQ_A, reportId: c.reportId ?? "00000000-0000-4000-8000-000000000000" }), positive: { role: "staffX" } },
  // A's reopened request, once its new report is released.
  "lib/workflow/actions.ts#completeAction": { allowed: STAFF_X, input: () => form({ requestId: REQ_A, summary: "Selvitys luovutettu uudelleen." }), positive: { role: "staffX" } },
  "lib/workflow/actions.ts#intakeAction": {
    allowed: STAFF_X,
    input: () => form({ organisationId: ORG_X, type: "access", channel: "letter", receivedOn: "2026-11-20", subjectName: "Kirje Lähettäjä", locale: "fi", format: "pdf" }),
    positive: { role: "staffX" },
    after: (r, c) => {
      c.intakeId = /\/staff\/requests\/([0-9a-f-]{36})/.exec(r.redirect ?? "")?.[1];
    },
  },
  // The letter just filed concerns no record: staff answer "we hold no data about you" (issue 11 §4).
  "lib/workflow/actions.ts#noDataAction": {
    allowed: STAFF_X,
    input: (c) => form({ requestId: c.intakeId ?? "00000000-0000-4000-8000-000000000000", confirmed: "on" }),
    positive: { role: "staffX" },
  },

  // Person records of X's register.
  "lib/persons/actions.ts#createPersonAction": { allowed: STAFF_X, input: () => form({ registerId: REG_X, firstName: "Uusi", lastName: "Henkilö" }), positive: { role: "staffX" } },
  "lib/persons/actions.ts#updatePersonAction": {
    allowed: STAFF_X,
    input: () => form({ personId: seedId("person", "tkl-sofia-wikstrom"), firstName: "Sofia", lastName: "Wikström", city: "Turku" }),
    positive: { role: "staffX" },
  },
  // Anonymous clients (issue 10): issue, then revoke, a reference for a record of X.
  "lib/persons/actions.ts#issueClientReferenceAction": {
    allowed: STAFF_X,
    input: () => form({ personId: seedId("person", "tkl-sofia-wikstrom"), slipLocale: "sv" }),
    positive: { role: "staffX" },
    succeeds: (r) => typeof (r.result?.data as { secret?: unknown } | undefined)?.secret === "string",
  },
  "lib/persons/actions.ts#revokeClientReferenceAction": {
    allowed: STAFF_X,
    input: () => form({ personId: seedId("person", "tkl-sofia-wikstrom") }),
    positive: {
      role: "staffX",
      input: async (c) => {
        await c.callAs("staffX", "lib/persons/actions.ts#issueClientReferenceAction", form({ personId: seedId("person", "tkl-sofia-wikstrom"), slipLocale: "fi" }));
        return form({ personId: seedId("person", "tkl-sofia-wikstrom") });
      },
    },
  },
  // A representative's authority (issue 10): staff of X decide on X's request; the positive files one by intake first.
  "lib/representatives/actions.ts#decideAuthorityAction": {
    allowed: STAFF_X,
    input: () => form({ requestId: REQ_A, decision: "confirm" }),
    positive: {
      role: "staffX",
      input: async (c) => {
        const filed = await c.callAs(
          "staffX",
          "lib/workflow/actions.ts#intakeAction",
          form({ organisationId: ORG_X, type: "access", channel: "letter", receivedOn: "2026-11-20", subjectName: "Eetu Edustettava", locale: "fi", format: "pdf", representativeName: "Hanna Huoltaja", representativeRole: "guardian" }),
        );
        const id = /\/staff\/requests\/([0-9a-f-]{36})/.exec(filed.redirect ?? "")?.[1];
        if (!id) throw new Error("intake did not file the representative's request");
        return form({ requestId: id, decision: "confirm" });
      },
    },
  },
  "lib/persons/actions.ts#importChunkAction": {
    allowed: STAFF_X,
    input: () => ({ values: { registerId: REG_X, header: ["firstName", "lastName"], rows: [["Tuotu", "Henkilö"]], firstRow: 2 } }),
    positive: { role: "staffX" },
  },
  "lib/persons/actions.ts#importFileAction": {
    allowed: STAFF_X,
    input: () => ({ form: { registerId: REG_X, file: new File(["firstName,lastName\nTiedosto,Henkilö\n"], "import.csv", { type: "text/csv" }) } }),
    positive: { role: "staffX" },
  },

  // Admin of X on X (Y's admin must not touch X).
  // Y's anonymous client reference, locked by five wrong secrets (finding 8), unlocked by Y's staff. The
  // denials run while it is not locked; the positive control locks it first.
  "lib/persons/actions.ts#unlockClientReferenceAction": {
    allowed: ["adminY"],
    input: () => form({ personId: seedId("person", "mlr-anon-k0042") }),
    positive: {
      role: "adminY",
      input: async (c) => {
        for (let i = 0; i < 5; i++) {
          await c.callAs("subjectA", "lib/identity/actions.ts#linkClientReference", { values: { organisationId: ORG_Y, reference: "MLR-K-0042", secret: `väärä-${i}` } });
        }
        return form({ personId: seedId("person", "mlr-anon-k0042") });
      },
    },
  },
  "lib/admin/actions.ts#settingsAction": {
    allowed: ["adminX"],
    input: () =>
      form({
        organisationId: ORG_X,
        clockStart: "receipt",
        pauseClock: "on",
        ...Object.fromEntries(REQUEST_TYPES.map((t) => [`levels.${t}`, "2"])),
        specialCategoryReportLevel: "3",
        internalTargetDays: "21",
        reminderDays: "7, 2",
        reportLifetimeDays: "30",
        closedRequestRetentionYears: "5",
      }),
  },
  "lib/admin/actions.ts#organisationAction": {
    allowed: ["adminX"],
    input: () => form({ organisationId: ORG_X, name: "Turun Kaupunkilähetys ry", streetAddress: "Revontulenkatu 4", postalCode: "20100", city: "Turku", contactName: "Katja Suominen", contactEmail: "tietosuoja@tkl.example" }),
  },
  "lib/admin/actions.ts#retentionAction": { allowed: ["adminX"], input: () => form({ registerId: REG_X, retentionRule: "erase_after_relationship_end", retentionMonthsAfterEnd: "24" }) },
  "lib/retention/actions.ts#retentionRuleAction": { allowed: ["adminX"], input: () => form({ registerId: REG_X, retentionRule: "erase_after_relationship_end", months: "24" }) },
  // After the rule above: Pekka Salminen's client relationship ended 2023-05-31, so his record is due.
  "lib/workflow/actions.ts#approveRetentionAction": {
    allowed: STAFF_X,
    input: () => form({ "items.0.personId": seedId("person", "tkl-pekka-salminen"), "items.0.erase": "on", confirmed: "on" }),
    positive: { role: "staffX" },
    succeeds: (r) => r.status < 400 && r.result?.ok === true && Number(r.result.data) > 0,
  },
  // After the approval above: the register's processors and recipients each have an external erasure task.
  "lib/retention/actions.ts#retentionTaskDoneAction": {
    allowed: STAFF_X,
    input: async (c) => {
      const html = await c.fetchAs("staffX", "/staff/retention");
      const input = [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes('name="taskId"'));
      return form({ taskId: /value="([0-9a-f-]{36})"/.exec(input ?? "")?.[1] ?? "00000000-0000-4000-8000-000000000000" });
    },
    positive: { role: "staffX" },
  },
  "lib/admin/actions.ts#noticeAction": {
    allowed: ["adminX"],
    input: () =>
      form({
        registerId: REG_X, locale: "en", name: "Client register", purposes: "Client work", legalBasis: "Art. 6(1)(b)", subjectGroups: "clients | Clients", dataCategories: "contact | Contact details | name, phone |",
        sources: "", recipients: "", processors: "", transfers: "", retention: "Five years after the relationship ends.", security: "", rights: "", contact: "", changes: "",
      }),
  },
  // Registers and processors (issue 10): X's admin on X. Restoring a register that is not archived
  // changes nothing, so the public notice stays as the route matrix expects it.
  "lib/registers/actions.ts#createRegisterAction": {
    allowed: ["adminX"],
    input: () => form({ organisationId: ORG_X, slug: "matriisi", nameFi: "Matriisirekisteri", nameSv: "Matrisregister", nameEn: "Matrix register", categories: "identity, contact", specialCategories: "" }),
  },
  "lib/registers/actions.ts#archiveRegisterAction": { allowed: ["adminX"], input: () => form({ registerId: REG_X, archive: "restore" }) },
  "lib/registers/actions.ts#saveProcessorAction": {
    allowed: ["adminX"],
    input: () => form({ registerId: REG_X, processorId: "", kind: "processor", nameFi: "Matriisi Oy", nameSv: "Matris Ab", nameEn: "Matrix Ltd", contact: "tuki@matriisi.example" }),
    after: (r, c) => {
      c.processorId = (r.result?.data as { processorId?: string } | undefined)?.processorId;
    },
  },
  // Denials run on a seeded processor of X; the positive control deletes the one created above.
  "lib/registers/actions.ts#deleteProcessorAction": {
    allowed: ["adminX"],
    input: (c) => form({ processorId: c.processorId ?? seedId("processor", "turun-kaupunkilahetys", "asiakasrekisteri", "clara"), registerId: REG_X }),
  },
  // Removing a provider X does not have leaves X as it was.
  "lib/admin/actions.ts#oidcProviderAction": { allowed: ["adminX"], input: () => form({ organisationId: ORG_X, issuer: "", clientId: "", clientSecret: "", remove: "on" }) },
  // Nothing listens on the discard port: the admin gets the translated "unreachable", the others are refused first.
  "lib/admin/actions.ts#oidcTestAction": {
    allowed: ["adminX"],
    input: () => form({ organisationId: ORG_X, issuer: "http://127.0.0.1:9" }),
    succeeds: (r) => r.status < 400 && r.result?.ok === false && r.body.includes("oidc_unreachable"),
  },
  "lib/admin/actions.ts#addStaffAction": { allowed: ["adminX"], input: () => form({ organisationId: ORG_X, email: NEW_STAFF, name: "Uusi Työntekijä", role: "staff", locale: "fi" }) },
  "lib/admin/actions.ts#updateStaffAction": {
    allowed: ["adminX"],
    input: () => form({ organisationId: ORG_X, userId: userId(ACCOUNTS.staffNoSpecial.email), role: "staff", canReadSpecial: "false", disabled: "false" }),
  },
  // The member added above (its id from X's staff page); before it exists, Johanna.
  "lib/admin/actions.ts#removeStaffAction": {
    allowed: ["adminX"],
    input: async (c) => {
      const html = await c.fetchAs("adminX", `/admin/organisations/${ORG_X}/staff`);
      const at = html.indexOf(NEW_STAFF);
      const id = at < 0 ? null : html.slice(at).match(/name="userId"[^>]*value="([0-9a-f-]{36})"|value="([0-9a-f-]{36})"[^>]*name="userId"/);
      return form({ organisationId: ORG_X, userId: id?.[1] ?? id?.[2] ?? userId(ACCOUNTS.staffNoSpecial.email) });
    },
  },
  // Invitations (roles per organisation): X's admin invites Y's admin, an existing staff account. The
  // denials run with no invitation open; each positive control opens one first.
  "lib/admin/actions.ts#withdrawInvitationAction": {
    allowed: ["adminX"],
    input: () => form({ organisationId: ORG_X, userId: userId(ACCOUNTS.adminY.email) }),
    positive: {
      role: "adminX",
      input: async (c) => {
        await c.callAs("adminX", "lib/admin/actions.ts#addStaffAction", inviteRoosa());
        return form({ organisationId: ORG_X, userId: userId(ACCOUNTS.adminY.email) });
      },
    },
  },
  "lib/admin/actions.ts#answerInvitationAction": {
    allowed: ["adminY"],
    input: () => form({ organisationId: ORG_X, answer: "decline" }),
    positive: {
      role: "adminY",
      input: async (c) => {
        await c.callAs("adminX", "lib/admin/actions.ts#addStaffAction", inviteRoosa());
        return form({ organisationId: ORG_X, answer: "decline" });
      },
    },
  },
  "lib/admin/actions.ts#previewTemplateAction": {
    allowed: ["adminX"],
    input: () => ({ values: { organisationId: ORG_X, template: "completed", locale: "fi", subject: "Pyyntösi {{reference}} on käsitelty", body: "Hei, pyyntösi {{reference}} on käsitelty." } }),
  },
  "lib/admin/actions.ts#saveTemplateAction": {
    allowed: ["adminX"],
    input: () => ({ values: { organisationId: ORG_X, template: "completed", locale: "fi", subject: "Pyyntösi {{reference}} on käsitelty", body: "Hei, pyyntösi {{reference}} on käsitelty." } }),
  },
  "lib/admin/actions.ts#resetTemplateAction": { allowed: ["adminX"], input: () => form({ organisationId: ORG_X, template: "completed", locale: "fi" }) },

  // Issue 14: importing a privacy notice into X; the draft is X's, so Y's admin and X's staff get nothing.
  [UPLOAD_NOTICE]: { allowed: ["adminX"], input: () => uploadNotice(), succeeds: (r) => r.status < 400 && /^\/admin\/registers\/import\/[0-9a-f-]{36}/.test(r.redirect ?? "") },
  "lib/notice-import/actions.ts#assignPassageAction": { allowed: ["adminX"], input: async (c) => form({ draftId: await noticeDraft(c), passageId: "p3", field: "drop" }) },
  "lib/notice-import/actions.ts#acceptDraftAction": {
    allowed: ["adminX"],
    input: async (c) => form({ draftId: await noticeDraft(c), name: "" }),
    succeeds: (r) => r.status < 400 && /^\/admin\/registers\/[0-9a-f-]{36}/.test(r.redirect ?? ""),
  },
  "lib/notice-import/actions.ts#discardDraftAction": {
    allowed: ["adminX"],
    input: async (c) => form({ draftId: await noticeDraft(c) }),
    positive: { role: "adminX", input: async (c) => form({ draftId: draftOf(await c.callAs("adminX", UPLOAD_NOTICE, uploadNotice())) ?? "" }) },
    succeeds: (r) => r.status < 400 && /^\/admin(;|$)/.test(r.redirect ?? ""),
  },

  // The second factor: the signed-in staff member's own current code. Last: it ends "before TOTP".
  "lib/auth/actions.ts#verifyTotp": {
    allowed: ["staffPreMfa", "staffNoSpecial", "staffX", "adminX", "adminY"],
    input: () => form({ code: "123456" }),
    positive: { role: "staffPreMfa", input: async (c) => form({ code: await c.totpCode() }) },
  },
  // Issue 10: the platform operator's actions. No matrix role is the operator: all are refused here;
  // tests/browser/operator.test.ts is their positive control (the operator signs in and uses them).
  "lib/operator/actions.ts#createOrganisationAction": {
    allowed: [],
    positiveElsewhere: OPERATOR_JOURNEY,
    input: () =>
      form({
        name: "Matriisi ry", streetAddress: "Katu 1", postalCode: "20100", city: "Turku", contactName: "Tietosuoja",
        contactEmail: "tietosuoja@matriisi.example", referencePrefix: "MTX", slug: "matriisi", "languages.fi": "on",
      }),
  },
  "lib/operator/actions.ts#inviteAdminAction": {
    allowed: [],
    positiveElsewhere: OPERATOR_JOURNEY,
    input: () => form({ organisationId: ORG_X, email: "uusi.paakayttaja@tkl.example", name: "Uusi Pääkäyttäjä", locale: "fi" }),
  },
  "lib/operator/actions.ts#withdrawAdminInvitationAction": {
    allowed: [],
    positiveElsewhere: OPERATOR_JOURNEY,
    input: () => form({ organisationId: ORG_X, userId: userId(ACCOUNTS.adminX.email) }),
  },
  "lib/operator/actions.ts#organisationStateAction": { allowed: [], positiveElsewhere: OPERATOR_JOURNEY, input: () => form({ organisationId: ORG_X, state: "disabled" }) },
  // A made-up token: refused for everyone (the real one is printed in the log; tests/operator/setup.test.ts).
  "lib/operator/actions.ts#redeemSetupAction": {
    allowed: [],
    positiveElsewhere: "tests/operator/setup.test.ts",
    input: () => form({ token: "matriisi-ei-oikea-tunnus-000000", email: "operaattori@matriisi.example", name: "Operaattori", locale: "fi" }),
  },
};
