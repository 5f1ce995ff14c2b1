import { describe, expect, it } from "vitest";
import { requestStatusValues, requestTypeValues, requestChannelEnum } from "@/lib/db/schema/enums";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import { demoSubjects, seedAccounts, seedPersons } from "@/lib/seed/data/persons";
import { seedRequests } from "@/lib/seed/data/requests";

/** LEGAL.md §5, implemented inline so this test does not depend on lib/identity. */
const CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CENTURY: Record<string, number> = {
  "+": 1800,
  "-": 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};
function parseHetu(code: string): { birthDate: string; individual: number } | null {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code);
  if (!m) return null;
  const [, dd, mm, yy, sign, zzz, check] = m;
  if (CHECK_CHARS[Number(dd + mm + yy + zzz) % 31] !== check) return null;
  const year = CENTURY[sign] + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return null;
  const individual = Number(zzz);
  if (individual < 2) return null;
  return { birthDate: `${year}-${mm}-${dd}`, individual };
}

function ytunnusValid(id: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(id);
  if (!m) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...m[1]].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  const r = sum % 11;
  if (r === 1) return false;
  return Number(m[2]) === (r === 0 ? 0 : 11 - r);
}

const personByKey = new Map(seedPersons.map((p) => [p.key, p]));
const orgBySlug = new Map(seedOrganisations.map((o) => [o.slug, o]));

describe("seed data", () => {
  it("the identity-code check accepts and refuses LEGAL.md's vectors", () => {
    for (const ok of ["131052-308T", "010594Y9021", "020502E902X", "010101A123N"]) expect(parseHetu(ok), ok).not.toBeNull();
    for (const bad of ["311299-999A", "290200A9876", "150360+123K", "310201A123X", "131052Z308T", "131052-308U", "290201A9014"])
      expect(parseHetu(bad), bad).toBeNull();
  });

  it("every identity code is valid and consistent with the birth date and gender", () => {
    const withCode = seedPersons.filter((p) => p.identityCode);
    expect(withCode.length).toBeGreaterThan(5);
    for (const p of withCode) {
      const parsed = parseHetu(p.identityCode!);
      expect(parsed, p.key).not.toBeNull();
      expect(parsed!.birthDate, p.key).toBe(p.birthDate);
      expect(Number(parsed!.birthDate.slice(0, 4)), p.key).toBe(p.birthYear);
      expect(parsed!.individual % 2 === 1 ? "male" : "female", p.key).toBe(p.gender);
    }
    expect(withCode.some((p) => /[A-FU-Y]/.test(p.identityCode![6]))).toBe(true);
    expect(withCode.some((p) => Number(p.identityCode!.slice(7, 10)) >= 900)).toBe(true);
    // Seed 000 collects the birth year only.
    expect(seedPersons.filter((p) => p.orgSlug === "turun-kaupunkilahetys" && (p.identityCode || p.birthDate))).toEqual([]);
  });

  it("organisations are well formed", () => {
    expect(seedOrganisations.map((o) => o.slug).sort()).toEqual(["mieli-lansirannikko", "turun-kaupunkilahetys"]);
    for (const o of seedOrganisations) expect(ytunnusValid(o.businessId), o.businessId).toBe(true);
  });

  it("every register has fi/sv/en notices with the same codes, within its categories", () => {
    for (const org of seedOrganisations) {
      for (const reg of org.registers) {
        const locales = Object.keys(reg.notice).sort();
        expect(locales).toEqual(["en", "fi", "sv"]);
        const codes = (l: "fi" | "sv" | "en") => reg.notice[l].dataCategories.map((c) => c.code);
        const special = (l: "fi" | "sv" | "en") => reg.notice[l].dataCategories.filter((c) => c.special).map((c) => c.code);
        const groups = (l: "fi" | "sv" | "en") => reg.notice[l].subjectGroups.map((g) => g.code);
        for (const l of ["sv", "en"] as const) {
          expect(codes(l), `${org.slug} ${l}`).toEqual(codes("fi"));
          expect(special(l), `${org.slug} ${l}`).toEqual(special("fi"));
          expect(groups(l), `${org.slug} ${l}`).toEqual(groups("fi"));
          expect(reg.notice[l].purposes.length).toBe(reg.notice.fi.purposes.length);
          expect(reg.notice[l].recipients.length).toBe(reg.notice.fi.recipients.length);
          expect(reg.notice[l].processors.map((p) => p.name)).toEqual(reg.notice.fi.processors.map((p) => p.name));
          expect(reg.notice[l].security.length).toBe(reg.notice.fi.security.length);
          expect(reg.notice[l].rights.length).toBe(reg.notice.fi.rights.length);
        }
        expect(new Set(codes("fi")).size).toBe(codes("fi").length);
        for (const c of codes("fi")) expect(reg.categories, `${org.slug}: ${c}`).toContain(c);
        expect([...reg.specialCategories].sort()).toEqual([...special("fi")].sort());
        for (const l of ["fi", "sv", "en"] as const) {
          for (const [k, v] of Object.entries(reg.notice[l])) {
            if (typeof v === "string") expect(v.trim().length, `${org.slug} ${l} ${k}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it("staff TOTP secrets are valid base32 and distinct; staff emails are on example domains", () => {
    const staff = seedOrganisations.flatMap((o) => o.staff);
    expect(staff.length).toBe(6);
    for (const s of staff) {
      expect(s.totpSecret).toMatch(/^[A-Z2-7]{16,32}$/);
      expect(s.email).toMatch(/@[a-z]+\.example$/);
    }
    expect(new Set(staff.map((s) => s.totpSecret)).size).toBe(staff.length);
    expect(new Set(staff.map((s) => s.email)).size).toBe(staff.length);
    for (const o of seedOrganisations) expect(o.staff.filter((s) => s.role === "admin").length).toBe(1);
  });

  it("persons: keys unique, example emails only, the shape the brief asks for", () => {
    expect(new Set(seedPersons.map((p) => p.key)).size).toBe(seedPersons.length);
    for (const p of seedPersons) if (p.email) expect(p.email, p.key).toMatch(/@example\.(fi|com|net)$/);
    const tkl = seedPersons.filter((p) => p.orgSlug === "turun-kaupunkilahetys");
    const mlr = seedPersons.filter((p) => p.orgSlug === "mieli-lansirannikko");
    expect(tkl.length).toBe(18);
    expect(mlr.length).toBe(12);
    const tklEmails = new Set(tkl.map((p) => p.email).filter(Boolean));
    expect(mlr.filter((p) => p.email && tklEmails.has(p.email)).length).toBeGreaterThanOrEqual(2);
    const anonymous = seedPersons.filter((p) => p.clientReference);
    expect(anonymous.length).toBe(1);
    expect(anonymous[0]).toMatchObject({ orgSlug: "mieli-lansirannikko", firstName: null, lastName: null });
    expect(anonymous[0].email ?? null).toBeNull();
    expect(tkl.some((p) => p.relationshipEnd && p.relationshipEnd < "2026-11-26")).toBe(true);
    expect(tkl.some((p) => p.restricted)).toBe(true);
    expect(tkl.some((p) => p.directMarketingBan)).toBe(true);
    // Crisis-work notes of 004 are health data.
    for (const p of mlr) for (const n of p.caseNotes ?? []) expect(n.special, p.key).toBe(true);
    // Keys of consents and notes are unique, consent keys follow "<personKey>#<purpose>".
    const consentKeys = seedPersons.flatMap((p) => (p.consents ?? []).map((c) => ({ p, c })));
    for (const { p, c } of consentKeys) expect(c.key).toBe(`${p.key}#${c.purpose}`);
    expect(new Set(consentKeys.map(({ c }) => c.key)).size).toBe(consentKeys.length);
    for (const p of seedPersons)
      for (const m of p.media ?? []) if (m.consentKey) expect((p.consents ?? []).map((c) => c.key)).toContain(m.consentKey);
  });

  it("every request type, status and channel occurs, and references resolve", () => {
    expect(new Set(seedRequests.map((r) => r.type))).toEqual(new Set(requestTypeValues));
    expect(new Set(seedRequests.map((r) => r.status))).toEqual(new Set(requestStatusValues));
    expect(new Set(seedRequests.map((r) => r.channel))).toEqual(new Set(requestChannelEnum.enumValues));
    expect(new Set(seedRequests.map((r) => r.reference)).size).toBe(seedRequests.length);
    const consentKeys = new Set(seedPersons.flatMap((p) => (p.consents ?? []).map((c) => c.key)));
    const accountEmails = new Set(seedAccounts.map((a) => a.email));
    for (const r of seedRequests) {
      const org = orgBySlug.get(r.orgSlug)!;
      expect(r.reference.startsWith(`${org.referencePrefix}-2026-`), r.reference).toBe(true);
      const staffEmails = new Set(org.staff.map((s) => s.email));
      const processorKeys = new Set(org.registers.flatMap((g) => g.processors.map((p) => p.key)));
      const registerSlugs = new Set(org.registers.map((g) => g.slug));
      if (r.assigneeEmail) expect(staffEmails.has(r.assigneeEmail), r.reference).toBe(true);
      for (const k of r.personKeys) expect(personByKey.get(k)?.orgSlug, `${r.reference} ${k}`).toBe(r.orgSlug);
      if (r.subjectEmail && r.channel === "portal") expect(accountEmails.has(r.subjectEmail), r.reference).toBe(true);
      for (const m of r.messages) if (m.from === "staff") expect(staffEmails.has(m.authorEmail ?? ""), r.reference).toBe(true);
      for (const n of r.internalNotes) expect(staffEmails.has(n.authorEmail), r.reference).toBe(true);
      for (const t of r.tasks) {
        if (t.processorKey) expect(processorKeys.has(t.processorKey), `${r.reference} ${t.processorKey}`).toBe(true);
        if (t.doneByEmail) expect(staffEmails.has(t.doneByEmail), r.reference).toBe(true);
        if (t.status === "skipped") expect(t.skipReason, r.reference).toBeTruthy();
      }
      const d = r.details;
      expect(d.type).toBe(r.type);
      if ("registerIds" in d) for (const id of d.registerIds) expect(registerSlugs.has(id), r.reference).toBe(true);
      if (d.type === "rectification") for (const i of d.items) expect(personByKey.get(i.personId)?.orgSlug, r.reference).toBe(r.orgSlug);
      if (d.type === "consent_withdrawal") for (const id of d.consentIds) expect(consentKeys.has(id), `${r.reference} ${id}`).toBe(true);
      if (["completed", "rejected", "withdrawn"].includes(r.status)) expect(r.closedOffsetDays, r.reference).toBeDefined();
      if (["completed", "rejected"].includes(r.status)) expect(r.decisionReasons, r.reference).toBeTruthy();
      if (r.status === "rejected") expect(r.rejectionGround, r.reference).toBeTruthy();
      for (const mark of r.itemMarks ?? []) {
        const note = personByKey.get(mark.personKey)?.caseNotes?.find((n) => n.key === mark.noteKey);
        expect(note, `${r.reference} ${mark.noteKey}`).toBeDefined();
        if (mark.match) expect(note!.body.includes(mark.match), `${r.reference} ${mark.noteKey}`).toBe(true);
      }
    }
    expect(seedRequests.some((r) => r.extension)).toBe(true);
    expect(seedRequests.some((r) => (r.pausedDays ?? 0) > 0)).toBe(true);
    expect(seedRequests.some((r) => r.rejectionGround === "manifestly_unfounded")).toBe(true);
  });

  it("accounts and demo subjects resolve", () => {
    for (const a of seedAccounts) {
      expect(a.email).toMatch(/@example\.(fi|com|net)$/);
      for (const v of a.verifications)
        for (const k of v.personKeys) expect(personByKey.get(k)?.orgSlug, `${a.email} ${k}`).toBe(v.orgSlug);
    }
    const recordEmails = new Set(seedPersons.map((p) => p.email).filter(Boolean));
    const demo = demoSubjects;
    expect(demo.length).toBeGreaterThanOrEqual(4);
    expect(demo.some((d) => d.orgSlugs.length === 2)).toBe(true);
    const unmatched = demo.find((d) => d.verification === "claim")!;
    expect(recordEmails.has(unmatched.email!)).toBe(false);
    const person = personByKey.get(unmatched.personKeys[0])!;
    expect(unmatched.identityCode).toBe(person.identityCode);
    expect(unmatched.birthDate).toBe(person.birthDate);
    const anon = demo.find((d) => d.verification === "client_reference")!;
    expect(personByKey.get(anon.personKeys[0])?.clientReference).toBe(anon.clientReference);
    for (const d of demo.filter((x) => x.verification === "email_match"))
      for (const k of d.personKeys) expect(personByKey.get(k)?.email).toBe(d.email);
  });
});

// Issue 12 item 8: the public notice page shows the controller and the contact person in sections of
// its own, which are not numbered; a notice must neither repeat them nor point to "section 4".
describe("seeded privacy notices read well on the notice page", () => {
  const notices = seedOrganisations.flatMap((o) => o.registers.flatMap((r) => Object.entries(r.notice)));
  it("no extra section repeats the controller or contact, and none is numbered", () => {
    for (const [locale, n] of notices) {
      for (const s of n.extra ?? []) {
        expect(s.heading ?? "", `${locale}: ${s.heading}`).not.toMatch(/^\d+\.|^(Rekisterinpitäjä|Personuppgiftsansvarig|Controller)$|yhteyshenkilö|Kontaktperson|Contact person/i);
      }
    }
  });
  it("no text refers to a numbered section", () => {
    for (const [locale, n] of notices) {
      expect(JSON.stringify(n), locale).not.toMatch(/kohda(ssa|n)? (\d|kaksi)|punkt (\d|två)|section (\d|two)/i);
    }
  });
});
