/**
 * Level 3 by OpenID Connect against a real provider on 127.0.0.1 (issue 3): `oidc-provider` runs in
 * this process with its development interactions; the browser is played by fetch with a cookie jar.
 * Needs the dev dependency `oidc-provider` (9.x); without it the suite is skipped, loudly.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import type { DbHandle } from "@/lib/db/client";
import { auditEvents, personRecords, requests } from "@/lib/db/schema";
import { beginOidc, completeOidc, OidcError, readFlowCookie } from "@/lib/identity/oidc";
import { getOidcClientConfig, recordOidcVerification } from "@/lib/identity/queries";
import { fileRequest, getIdentityLevel } from "@/lib/requests/queries";
import { identityVerifications } from "@/lib/db/schema";
import { makeOrg, makePerson, makeUser } from "../requests/fixtures";

const PROVIDER_MODULE = "oidc-provider";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Provider: any = null;
try {
  Provider = (await import(/* @vite-ignore */ PROVIDER_MODULE)).default;
} catch {
  console.warn("oidc-provider is not installed: `npm install -D oidc-provider@9.13.3` to run the OIDC test");
}

const CLIENT_ID = "omatieto-test";
const CLIENT_SECRET = "a-long-test-client-secret-0123456789";
const REDIRECT = "http://localhost:3999/my/verify/oidc/test/callback";

let h: DbHandle;
let server: http.Server;
let issuer: string;

beforeAll(async () => {
  if (!Provider) return;
  h = await createTestDb();
  let handler: http.RequestListener = (_q, s) => s.end();
  server = http.createServer((q, s) => handler(q, s));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT], grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "client_secret_basic" },
    ],
    // The subject is the login typed in; a Suomi.fi-like provider also vouches for the identity code.
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, personal_identity_code: "131052-308T" }) }),
    claims: { openid: ["sub", "personal_identity_code"] },
    conformIdTokenClaims: false,
    cookies: { keys: ["test-cookie-key-0123456789"] },
    features: { devInteractions: { enabled: true } },
  });
  handler = provider.callback();
});
afterAll(async () => {
  await new Promise((r) => (server ? server.close(r) : r(null)));
  await h?.close();
});

/** Play the browser: follow redirects, answer the login and consent pages, stop at our callback. */
async function authorize(url: string, login = "user-1"): Promise<URL> {
  const jar = new Map<string, string>();
  let next = new URL(url);
  let method = "GET";
  let body: string | undefined;
  for (let i = 0; i < 20; i++) {
    if (next.href.startsWith(REDIRECT.split("?")[0])) return next;
    const res = await fetch(next, {
      method,
      body,
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    method = "GET";
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      next = new URL(res.headers.get("location")!, next);
      continue;
    }
    const html = await res.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!prompt) throw new Error(`unexpected page ${res.status}`);
    method = "POST";
    body = prompt === "login" ? new URLSearchParams({ prompt, login, password: "x" }).toString() : new URLSearchParams({ prompt }).toString();
  }
  throw new Error("too many redirects");
}

describe.skipIf(!Provider)("OIDC level 3 against a local provider", () => {
  it("runs discovery, authorization code + PKCE, validates the ID token and records level 3", async () => {
    const { org, reg } = await makeOrg(h.db, { oidc: { issuer, clientId: CLIENT_ID, secret: CLIENT_SECRET } });
    const user = await makeUser(h.db);
    const { person } = await makePerson(h.db, { organisationId: org.id, registerId: reg.id, identityCode: "131052-308T" });
    await h.db.insert(identityVerifications).values({ userId: user.id, organisationId: org.id, level: 2, method: "email_match" });
    // An access request held because the organisation wants level 3 for it.
    const { organisations } = await import("@/lib/db/schema");
    await h.db
      .update(organisations)
      .set({ settings: { ...org.settings, identityLevels: { ...org.settings.identityLevels, access: 3 } } })
      .where(eq(organisations.id, org.id));
    const held = await fileRequest(h.db, {
      organisationId: org.id, userId: user.id, type: "access", details: { type: "access", registerIds: [reg.id], formats: ["json"] },
      channel: "portal", receivedAt: new Date(), locale: "fi", subjectName: "Testi", subjectEmail: user.email, personIds: [], actor: { id: user.id, role: "subject" },
    });
    expect(held.status).toBe("awaiting_verification");

    const config = await getOidcClientConfig(h.db, org.slug);
    expect(config).toMatchObject({ issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const { url, cookie } = await beginOidc(config!, { redirectUri: REDIRECT, org: org.slug, userId: user.id });
    const auth = new URL(url);
    expect(auth.searchParams.get("code_challenge_method")).toBe("S256");
    expect(auth.searchParams.get("state")).toBeTruthy();
    expect(auth.searchParams.get("nonce")).toBeTruthy();
    expect(cookie).not.toContain(auth.searchParams.get("state")!); // sealed, not readable

    const callback = await authorize(url);
    expect(callback.searchParams.get("code")).toBeTruthy();
    const flow = readFlowCookie(cookie)!;
    const { claims } = await completeOidc(config!, { currentUrl: callback, redirectUri: REDIRECT, flow });
    expect(claims.sub).toBe("user-1");

    await recordOidcVerification(h.db, user, org.id, claims, issuer);
    expect(await getIdentityLevel(h.db, user.id, org.id)).toBe(3);
    const [linked] = await h.db.select().from(personRecords).where(eq(personRecords.id, person.id));
    expect(linked.userId).toBe(user.id);
    const [released] = await h.db.select().from(requests).where(eq(requests.id, held.id));
    expect(released.status).toBe("new");
    const actions = (await h.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["identity_verified", "records_linked", "request_verified"]));
    // The code itself is stored nowhere in clear: not in the verification note, not in the audit payloads.
    const rows = await h.db.select().from(identityVerifications).where(eq(identityVerifications.userId, user.id));
    expect(JSON.stringify(rows)).not.toContain("131052");
  });

  it("refuses a callback whose state does not match, and a reused code", async () => {
    const { org } = await makeOrg(h.db, { oidc: { issuer, clientId: CLIENT_ID, secret: CLIENT_SECRET } });
    const user = await makeUser(h.db);
    const config = (await getOidcClientConfig(h.db, org.slug))!;
    const first = await beginOidc(config, { redirectUri: REDIRECT, org: org.slug, userId: user.id });
    const second = await beginOidc(config, { redirectUri: REDIRECT, org: org.slug, userId: user.id });
    const callback = await authorize(first.url, "user-2");
    // The browser came back from flow 1 but carries flow 2's cookie: a forged or mixed-up response.
    await expect(completeOidc(config, { currentUrl: callback, redirectUri: REDIRECT, flow: readFlowCookie(second.cookie)! })).rejects.toBeInstanceOf(OidcError);
    const ok = await completeOidc(config, { currentUrl: callback, redirectUri: REDIRECT, flow: readFlowCookie(first.cookie)! });
    expect(ok.claims.sub).toBe("user-2");
    await expect(completeOidc(config, { currentUrl: callback, redirectUri: REDIRECT, flow: readFlowCookie(first.cookie)! })).rejects.toMatchObject({ code: "oidc_failed" });
  });

  it("refuses a tampered or expired flow cookie", () => {
    expect(readFlowCookie("v1.AAAA.BBBB.CCCC")).toBeNull();
    expect(readFlowCookie(undefined)).toBeNull();
  });
});
