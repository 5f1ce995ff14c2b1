import { seedId } from "@/lib/seed/ids";
import { ROLES, type Role } from "./roles";

/**
 * The route half of the authorisation matrix (issue 9): every page and route handler of app/, keyed
 * "METHOD /pattern", with concrete ids from the seed. Each case is one URL, a marker that proves the
 * protected content was read, and one cell per role in ROLES order
 * (anon, subjectA, subjectB, staffPreMfa, staffNoSpecial, staffX, adminX, adminY):
 *   A  allow: 2xx and the marker is in the body
 *   D  deny: 401/403/404 or a redirect to /sign-in or /staff/mfa; never 5xx; marker absent
 *   N  not theirs: the route is open to this role (their own list, their own view) but the marked
 *      content belongs to someone else: never 5xx, marker absent
 *   R  redirect: 3xx to the case's `to` path (routes that only route people onwards)
 * X = Turun Kaupunkilähetys (subject A, Mikko, Johanna, Katja), Y = MIELI (subject B, Roosa).
 */
export type Cell = "A" | "D" | "N" | "R";
export type RouteCase = { path: string; marker: string; cells: string; to?: string | Partial<Record<Role, string>>; method?: "GET" | "POST"; body?: unknown };
export type RouteEntry = { cases: RouteCase[]; noPositive?: string };
export type RouteCtx = { reportA: string };

export const REF_A = "TKL-2026-0001";
export const REF_B = "MLR-2026-0001";
export const ORG_X = seedId("org", "turun-kaupunkilahetys");
export const ORG_Y = seedId("org", "mieli-lansirannikko");
export const REG_X = seedId("register", "turun-kaupunkilahetys", "asiakasrekisteri");
export const REG_Y = seedId("register", "mieli-lansirannikko", "asiakasrekisteri");
export const REQ_A = seedId("request", REF_A);
export const REQ_B = seedId("request", REF_B);
export const PERSON_A = seedId("person", "tkl-aino-virtanen");
export const PERSON_B = seedId("person", "mlr-markus-wallin");
/** From a special-category case note of subject A (tkl-aino-n1): only staff with the permission read it. */
export const SPECIAL_A = "Masennuslääkitys";
/** For cells that only redirect: text no response contains. */
const NO_MARKER = "(only a redirect)";
const h1 = (text: string) => `${text}</h1>`;
const ALL = "AAAAAAAA";

export function routeTable(ctx: RouteCtx): Record<string, RouteEntry> {
  return {
    // Public pages.
    "GET /": { cases: [{ path: "/", marker: h1("Omat tietosi yhdistyksissä"), cells: ALL }] },
    "GET /accessibility": { cases: [{ path: "/accessibility", marker: h1("Saavutettavuusseloste"), cells: ALL }] },
    // Issue 10: the first operator's setup page (the seeded matrix has no operator, so the form shows)
    // and the uptime monitor's health check (no personal data: open to all).
    "GET /setup": { cases: [{ path: "/setup", marker: 'id="setup-token"', cells: ALL }] },
    "GET /api/health": { cases: [{ path: "/api/health", marker: '"database":"ok"', cells: ALL }] },
    // The platform operator's page: no matrix role is the operator, so every one is refused; the
    // operator's own journey (and its refusal of personal data) is tests/browser/operator.test.ts.
    "GET /operator": {
      cases: [{ path: "/operator", marker: h1("Palveluntarjoajan näkymä"), cells: "DDDDDDDD" }],
      noPositive: "only the platform operator, not a matrix role: tests/browser/operator.test.ts",
    },
    "GET /complaint": { cases: [{ path: "/complaint", marker: h1("Valitus tietosuojavaltuutetulle"), cells: ALL }] },
    "GET /organisations/[slug]/privacy": { cases: [{ path: "/organisations/turun-kaupunkilahetys/privacy", marker: "Turun Kaupunkilähetys ry</h1>", cells: ALL }] },
    "GET /sign-in": { cases: [{ path: "/sign-in", marker: 'id="email"', cells: "ARRRRRRR", to: "/after-sign-in" }] },
    "GET /sign-in/check-email": { cases: [{ path: "/sign-in/check-email", marker: h1("Tarkista sähköpostisi"), cells: ALL }] },
    "GET /sign-in/error": { cases: [{ path: "/sign-in/error", marker: h1("Kirjautuminen ei onnistunut"), cells: ALL }] },
    "GET /after-sign-in": {
      cases: [
        {
          path: "/after-sign-in",
          marker: NO_MARKER,
          cells: "DRRRRRRR",
          to: { subjectA: "/my/requests", subjectB: "/my/requests", staffPreMfa: "/staff", staffNoSpecial: "/staff", staffX: "/staff", adminX: "/staff", adminY: "/staff" },
        },
      ],
    },
    // The development mailbox exists only in demo mode; the matrix runs the production configuration.
    "GET /dev/mail": { cases: [{ path: "/dev/mail", marker: h1("Kehityspostilaatikko"), cells: "DDDDDDDD" }], noPositive: "served only in demo mode; the matrix runs production" },
    "GET /dev/mail/[id]": { cases: [{ path: "/dev/mail/00000000-0000-4000-8000-000000000000", marker: "callback/nodemailer", cells: "DDDDDDDD" }], noPositive: "served only in demo mode; the matrix runs production" },
    // The subject's own pages: each subject sees only their own data; staff accounts have none.
    "GET /my/data": {
      cases: [
        { path: "/my/data", marker: "Turun Kaupunkilähetys ry:n Asiakasrekisteri", cells: "DANNNNNN" },
        { path: "/my/data", marker: "MIELI Länsirannikon mielenterveys ry/Asiakkaat", cells: "DNANNNNN" },
      ],
    },
    "GET /my/requests": {
      cases: [
        { path: "/my/requests", marker: REF_A, cells: "DANNNNNN" },
        { path: "/my/requests", marker: REF_B, cells: "DNANNNNN" },
      ],
    },
    "GET /my/requests/[id]": {
      cases: [
        { path: `/my/requests/${REQ_A}`, marker: REF_A, cells: "DADDDDDD" },
        { path: `/my/requests/${REQ_B}`, marker: REF_B, cells: "DDADDDDD" },
      ],
    },
    // Filing for someone else (issue 10): any signed-in person may be a guardian or hold a power of attorney.
    "GET /my/requests/represent": { cases: [{ path: "/my/requests/represent", marker: h1("Pyyntö toisen puolesta"), cells: "DAAAAAAA" }] },
    // Multipart with a document and the upload header: a JSON probe is refused for every role (403).
    "POST /api/my/representations": {
      cases: [{ path: "/api/my/representations", method: "POST", body: { organisationId: ORG_X }, marker: '"ok":true', cells: "DDDDDDDD" }],
      noPositive: "multipart with a document: tests/browser/journeys-represent.test.ts files one; tests/representatives covers the query",
    },
    "GET /my/requests/new": { cases: [{ path: "/my/requests/new?org=turun-kaupunkilahetys&type=access", marker: "Virtanen", cells: "DANNNNNN" }] },
    "GET /my/verify": {
      cases: [
        { path: "/my/verify", marker: "Virtanen", cells: "DANNNNNN" },
        { path: "/my/verify", marker: "Wallin", cells: "DNANNNNN" },
      ],
    },
    // No identity provider is configured in the seed: a signed-in person is sent back to /my/verify.
    "GET /my/verify/oidc/[org]/start": { cases: [{ path: "/my/verify/oidc/turun-kaupunkilahetys/start", marker: NO_MARKER, cells: "DRRRRRRR", to: "/my/verify" }] },
    "GET /my/verify/oidc/[org]/callback": { cases: [{ path: "/my/verify/oidc/turun-kaupunkilahetys/callback?code=x&state=y", marker: NO_MARKER, cells: "DRRRRRRR", to: "/my/verify" }] },
    "GET /api/auth/[...nextauth]": {
      cases: [
        { path: "/api/auth/session", marker: "aino.virtanen@example.fi", cells: "NANNNNNN" },
        { path: "/api/auth/session", marker: "roosa.korsi@mieli.example", cells: "NNNNNNNA" },
        { path: "/api/auth/providers", marker: '"nodemailer"', cells: ALL },
      ],
    },
    // next-auth's own POST sign-in is closed (the rate-limited server action is the only way in).
    "POST /api/auth/[...nextauth]": {
      cases: [{ path: "/api/auth/signin/nodemailer", method: "POST", body: "email=aino.virtanen%40example.fi", marker: "verify-request", cells: "DDDDDDDD" }],
      noPositive: "closed on purpose: sign-in links come only from the requestSignInLink action",
    },
    "GET /api/v1/requests": {
      cases: [
        { path: "/api/v1/requests", marker: REF_A, cells: "DANNNNNN" },
        { path: "/api/v1/requests", marker: REF_B, cells: "DNANNNNN" },
      ],
    },
    // Anyone may file with any organisation (an access request to X); staff accounts file nothing.
    "POST /api/v1/requests": {
      cases: [{ path: "/api/v1/requests", method: "POST", body: { type: "access", organisationId: ORG_X, registerIds: [REG_X], formats: ["json"], confirmDuplicate: true }, marker: '"ok":true', cells: "DAADDDDD" }],
    },
    // A's released JSON report of TKL-2026-0001 (generated and released by the test): A at level 3,
    // X's staff with the special-category permission; Johanna lacks it, and A's notes are special.
    "GET /reports/[id]/download": { cases: [{ path: `/reports/${ctx.reportA}/download`, marker: SPECIAL_A, cells: "DADDDAAD" }] },
    // Staff pages: the second factor first; each organisation sees its own requests and people.
    "GET /staff": {
      cases: [
        { path: "/staff", marker: "TKL-2026-0003", cells: "DDDDAAAN" },
        { path: "/staff", marker: "MLR-2026-0007", cells: "DDDDNNNA" },
      ],
    },
    // Every staff account past the second factor sees its own invitations (none may be open).
    "GET /staff/invitations": { cases: [{ path: "/staff/invitations", marker: h1("Kutsut"), cells: "DDDDAAAA" }] },
    "GET /staff/dashboard": { cases: [{ path: "/staff/dashboard", marker: h1("Tilannekuva"), cells: "DDDDAAAA" }] },
    "GET /staff/export": {
      cases: [
        { path: "/staff/export", marker: REF_A, cells: "DDDDAAAN" },
        { path: "/staff/export", marker: REF_B, cells: "DDDDNNNA" },
      ],
    },
    "GET /staff/intake": { cases: [{ path: "/staff/intake", marker: h1("Kirjaa vastaanotettu pyyntö"), cells: "DDDDAAAA" }] },
    "GET /staff/mfa": { cases: [{ path: "/staff/mfa", marker: h1("Vahvista kirjautuminen"), cells: "DDDARRRR", to: "/staff" }] },
    "GET /staff/persons": {
      cases: [
        { path: "/staff/persons", marker: "Virtanen", cells: "DDDDAAAN" },
        { path: "/staff/persons", marker: "Wallin", cells: "DDDDNNNA" },
      ],
    },
    "GET /staff/persons/new": { cases: [{ path: "/staff/persons/new", marker: h1("Uusi henkilötietue"), cells: "DDDDAAAA" }] },
    "GET /staff/persons/import": { cases: [{ path: "/staff/persons/import", marker: h1("Tuo henkilötietoja CSV-tiedostosta"), cells: "DDDDAAAA" }] },
    "GET /staff/retention": { cases: [{ path: "/staff/retention", marker: h1("Säilytysaikojen toteutus"), cells: "DDDDAAAA" }] },
    "GET /staff/persons/[id]": {
      cases: [
        { path: `/staff/persons/${PERSON_A}`, marker: "Virtanen", cells: "DDDDAAAD" },
        { path: `/staff/persons/${PERSON_A}`, marker: SPECIAL_A, cells: "DDDDNAAD" },
        { path: `/staff/persons/${PERSON_B}`, marker: "Wallin", cells: "DDDDDDDA" },
      ],
    },
    "GET /staff/persons/[id]/edit": {
      cases: [
        { path: `/staff/persons/${PERSON_A}/edit`, marker: "Virtanen", cells: "DDDDAAAD" },
        { path: `/staff/persons/${PERSON_B}/edit`, marker: "Wallin", cells: "DDDDDDDA" },
      ],
    },
    "GET /staff/requests/[id]": {
      cases: [
        { path: `/staff/requests/${REQ_A}`, marker: "Aino Virtanen", cells: "DDDDAAAD" },
        { path: `/staff/requests/${REQ_B}`, marker: "Markus Wallin", cells: "DDDDDDDA" },
      ],
    },
    // No authority document in the seed: a made-up id is "not found" for everyone.
    "GET /staff/requests/[id]/authority-document/[documentId]": {
      cases: [{ path: `/staff/requests/${REQ_A}/authority-document/00000000-0000-4000-8000-000000000000`, marker: "%PDF", cells: "DDDDDDDD" }],
      noPositive: "no document in the seed: tests/browser/journeys-represent.test.ts opens one as staff; tests/representatives checks another organisation is refused",
    },
    "GET /staff/requests/[id]/review": {
      cases: [
        { path: `/staff/requests/${REQ_A}/review`, marker: h1("Asiakastyön merkintöjen tarkistus"), cells: "DDDDAAAD" },
        { path: `/staff/requests/${REQ_A}/review`, marker: SPECIAL_A, cells: "DDDDNAAD" },
        { path: `/staff/requests/${REQ_B}/review`, marker: h1("Asiakastyön merkintöjen tarkistus"), cells: "DDDDDDDA" },
      ],
    },
    // Admin pages: the admin of each organisation, and only of that one.
    "GET /admin": { cases: [{ path: "/admin", marker: h1("Ylläpito"), cells: "DDDDDDAA" }] },
    "GET /admin/organisations/[id]": {
      cases: [
        { path: `/admin/organisations/${ORG_X}`, marker: h1("Turun Kaupunkilähetys ry"), cells: "DDDDDDAD" },
        { path: `/admin/organisations/${ORG_Y}`, marker: h1("MIELI Länsirannikon mielenterveys ry"), cells: "DDDDDDDA" },
      ],
    },
    "GET /admin/organisations/[id]/staff": {
      cases: [
        { path: `/admin/organisations/${ORG_X}/staff`, marker: h1("Henkilökunta ja roolit"), cells: "DDDDDDAD" },
        { path: `/admin/organisations/${ORG_Y}/staff`, marker: h1("Henkilökunta ja roolit"), cells: "DDDDDDDA" },
      ],
    },
    "GET /admin/organisations/[id]/templates": {
      cases: [
        { path: `/admin/organisations/${ORG_X}/templates`, marker: h1("Sähköpostipohjat"), cells: "DDDDDDAD" },
        { path: `/admin/organisations/${ORG_Y}/templates`, marker: h1("Sähköpostipohjat"), cells: "DDDDDDDA" },
      ],
    },
    "GET /admin/registers/[id]": {
      cases: [
        { path: `/admin/registers/${REG_X}`, marker: h1("Turun Kaupunkilähetys ry:n Asiakasrekisteri"), cells: "DDDDDDAD" },
        { path: `/admin/registers/${REG_Y}`, marker: h1("MIELI Länsirannikon mielenterveys ry/Asiakkaat"), cells: "DDDDDDDA" },
      ],
    },
    // Issue 14: importing a privacy notice, for the admin of each organisation only.
    "GET /admin/registers/import": {
      cases: [
        { path: `/admin/registers/import?organisation=${ORG_X}`, marker: h1("Tuo tietosuojaseloste"), cells: "DDDDDDAD" },
        { path: `/admin/registers/import?organisation=${ORG_Y}&register=${REG_Y}`, marker: h1("Tuo tietosuojaseloste"), cells: "DDDDDDDA" },
      ],
    },
    "GET /admin/registers/import/[draftId]": {
      cases: [{ path: "/admin/registers/import/00000000-0000-4000-8000-000000000000", marker: h1("Tarkista tuotu seloste"), cells: "DDDDDDDD" }],
      noPositive: "a draft exists only after an upload: the review page is opened by tests/browser/notice-import.test.ts and the actions' matrix entries",
    },
    "GET /admin/registers/[id]/retention": {
      cases: [
        { path: `/admin/registers/${REG_X}/retention`, marker: h1("Säilytysaika: Turun Kaupunkilähetys ry:n Asiakasrekisteri"), cells: "DDDDDDAD" },
        { path: `/admin/registers/${REG_Y}/retention`, marker: h1("Säilytysaika: MIELI Länsirannikon mielenterveys ry/Asiakkaat"), cells: "DDDDDDDA" },
      ],
    },
  };
}

export type Expanded = { key: string; role: Role; cell: Cell } & RouteCase;
export function expandRouteTable(table: Record<string, RouteEntry>): Expanded[] {
  return Object.entries(table).flatMap(([key, e]) =>
    e.cases.flatMap((c) => {
      if (c.cells.length !== ROLES.length || /[^ADNR]/.test(c.cells)) throw new Error(`bad cells for ${key}: ${c.cells}`);
      return ROLES.map((role, i) => ({ key, role, cell: c.cells[i] as Cell, ...c }));
    }),
  );
}
