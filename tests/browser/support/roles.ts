import type { Browser } from "playwright-core";
import type { SmtpBox } from "../../support/smtp";
import { seedOrganisations } from "@/lib/seed/data/organisations";
import type { RunningApp } from "./app";
import { signInAs, type SignedIn } from "./sign-in";

/**
 * The roles of the authorisation matrix (issue 9). X = Turun Kaupunkilähetys, Y = MIELI Länsirannikko.
 * staffPreMfa is Mikko signed in by link but stopped before /staff/mfa; staffNoSpecial is Johanna
 * (staff of X without the special-category permission).
 */
export const ROLES = ["anon", "subjectA", "subjectB", "staffPreMfa", "staffNoSpecial", "staffX", "adminX", "adminY"] as const;
export type Role = (typeof ROLES)[number];
export type Sessions = Record<Role, SignedIn | null>;

const tkl = seedOrganisations.find((o) => o.slug === "turun-kaupunkilahetys")!;
const mlr = seedOrganisations.find((o) => o.slug === "mieli-lansirannikko")!;
const staffOf = (org: typeof tkl, email: string) => org.staff.find((s) => s.email === email)!;

export const ACCOUNTS = {
  subjectA: { email: "aino.virtanen@example.fi" },
  subjectB: { email: "markus.wallin@example.com" },
  staffPreMfa: { email: "mikko.lehtinen@tkl.example" },
  staffNoSpecial: staffOf(tkl, "johanna.sjoberg@tkl.example"),
  staffX: staffOf(tkl, "mikko.lehtinen@tkl.example"),
  adminX: staffOf(tkl, "katja.suominen@tkl.example"),
  adminY: staffOf(mlr, "roosa.korsi@mieli.example"),
} as const;

/** Sign every role in over SMTP; subjects visit My data once (level 2 by email match). */
export async function signInRoles(browser: Browser, app: RunningApp, smtp: SmtpBox): Promise<Sessions> {
  const s = { anon: null } as Sessions;
  s.subjectA = await signInAs(browser, app, smtp, ACCOUNTS.subjectA.email);
  s.subjectB = await signInAs(browser, app, smtp, ACCOUNTS.subjectB.email);
  // No TOTP secret: signInAs stops at /staff/mfa.
  s.staffPreMfa = await signInAs(browser, app, smtp, ACCOUNTS.staffPreMfa.email);
  for (const r of ["staffNoSpecial", "staffX", "adminX", "adminY"] as const) s[r] = await signInAs(browser, app, smtp, ACCOUNTS[r].email, ACCOUNTS[r].totpSecret);
  for (const r of ["subjectA", "subjectB"] as const) await fetch(`${app.url}/my/data`, { headers: { cookie: s[r]!.cookie } });
  return s;
}

export async function closeRoles(s: Partial<Sessions>): Promise<void> {
  for (const v of Object.values(s)) await v?.ctx.close();
}
