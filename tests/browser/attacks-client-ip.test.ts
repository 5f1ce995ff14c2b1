/**
 * Issue 9, finding 5, over HTTP against the built app behind one trusted reverse proxy
 * (OMATIETO_TRUSTED_PROXY_HOPS=1, as the README's deployment section describes). The proxy appends the
 * address it saw to X-Forwarded-For; everything left of it was written by the client.
 *
 * Before the fix the first X-Forwarded-For value was trusted: rotating it, 35 of 35 sign-in requests
 * were accepted, and a third party could lock a known address out of sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "./support/app";
import { actionIds } from "./support/controls";
import { callAction, type ActionReply } from "./support/server-action";
import { startSmtp, type SmtpBox } from "../support/smtp";

let app: RunningApp;
let smtp: SmtpBox;
let signInAction: string;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url, OMATIETO_TRUSTED_PROXY_HOPS: "1" });
  signInAction = actionIds().get("lib/auth/actions.ts#requestSignInLink")!;
  expect(signInAction).toBeTruthy();
});
afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

let n = 0;
const fresh = () => `probe-${Date.now().toString(36)}-${n++}@example.net`;

/** Ask for a sign-in link as a client the proxy saw at `proxySaw`, with whatever the client forged before it. */
async function askLink(email: string, proxySaw: string, forged?: string): Promise<ActionReply> {
  const xff = forged ? `${forged}, ${proxySaw}` : proxySaw;
  return callAction(app, signInAction, { form: { email } }, undefined, "/sign-in", { "X-Forwarded-For": xff });
}
const accepted = (r: ActionReply) => r.status < 400 && r.redirect !== null && r.redirect.includes("/sign-in/check-email");
const limited = (r: ActionReply) => r.result?.ok === false && r.result.code === "rate_limited";

describe("finding 5: the client IP cannot be forged and a known address cannot be locked out", () => {
  it("rotating a forged X-Forwarded-For value does not give a fresh per-IP bucket", async () => {
    const replies: ActionReply[] = [];
    for (let i = 0; i < 35; i++) replies.push(await askLink(fresh(), "198.51.100.7", `203.0.113.${i}`));
    const ok = replies.filter(accepted).length;
    expect(ok).toBe(30);
    expect(replies.slice(30).every(limited)).toBe(true);
    // Another client (another address as the proxy saw it) is not locked out by that one.
    expect(accepted(await askLink(fresh(), "198.51.100.8"))).toBe(true);
  });

  it("an attacker exhausting a victim's address from their own IP does not stop the victim's own sign-in", async () => {
    const victim = fresh();
    const attack: ActionReply[] = [];
    for (let i = 0; i < 7; i++) attack.push(await askLink(victim, "192.0.2.66"));
    expect(attack.filter(accepted).length).toBe(5);
    expect(attack.slice(5).every(limited)).toBe(true);
    // The victim, at their own address, still gets a link.
    expect(accepted(await askLink(victim, "192.0.2.10"))).toBe(true);
  });
});
