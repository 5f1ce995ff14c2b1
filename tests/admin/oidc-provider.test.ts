/**
 * The OpenID Connect provider set by the admin (issue 10 item 5): the secret is sealed at rest and
 * never sent back to the browser; "test connection" fetches the discovery document of a local provider
 * (`oidc-provider`, as in tests/identity/oidc.test.ts), refuses plain-http remote issuers, and turns
 * timeouts and unreachable or invalid issuers into translated codes. Once saved, level 3 is offered.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../support/db";
import { createOrg, createUser, type Org } from "../workflow/fixtures";
import { reason } from "../support/refusal";
import type { DbHandle } from "@/lib/db/client";
import { organisations } from "@/lib/db/schema";
import { openText } from "@/lib/crypto";
import { getOrganisationForAdmin } from "@/lib/admin/queries";
import { saveOidcProvider, testOidcProvider } from "@/lib/admin/oidc-queries";
import { oidcProviderSchema } from "@/lib/admin/schema";
import { getOidcClientConfig } from "@/lib/identity/queries";
import { listMyIdentity } from "@/lib/identity/queries-claims";
import en from "@/lib/i18n/messages/en/staff.json";
import sv from "@/lib/i18n/messages/sv/staff.json";
import fi from "@/lib/i18n/messages/fi/staff.json";

const PROVIDER_MODULE = "oidc-provider";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let Provider: any = null;
try {
  Provider = (await import(/* @vite-ignore */ PROVIDER_MODULE)).default;
} catch {
  console.warn("oidc-provider is not installed: `npm install -D oidc-provider@9.13.3` to run the OIDC test");
}

const SECRET = "admin-typed-client-secret-0123456789";
let h: DbHandle;
let x: Org;
let y: Org;
const servers: http.Server[] = [];
let issuer = "";
let hanging = "";
let notProvider = "";

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  h = await createTestDb();
  x = await createOrg(h.db, "OIX");
  y = await createOrg(h.db, "OIY");
  if (Provider) {
    let handler: http.RequestListener = (_q, s) => s.end();
    issuer = await listen((q, s) => handler(q, s));
    handler = new Provider(issuer, { clients: [{ client_id: "omatieto", client_secret: SECRET, redirect_uris: ["http://localhost:3999/cb"] }], cookies: { keys: ["k-0123456789abcdef"] } }).callback();
  }
  hanging = await listen(() => undefined); // accepts, never answers
  notProvider = await listen((_q, s) => s.writeHead(200, { "content-type": "text/html" }).end("<h1>hello</h1>"));
});
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  await h?.close();
});

const save = (organisationId: string, over: Record<string, string> = {}) => oidcProviderSchema.parse({ organisationId, issuer: issuer || "https://tunnistus.example", clientId: "omatieto", clientSecret: SECRET, ...over });

describe("saving the provider", () => {
  it("seals the secret at rest, never returns it, keeps it when left empty, and offers level 3 to subjects", async () => {
    const subject = await createUser(h.db, "subject");
    expect((await listMyIdentity(h.db, subject.id)).find((o) => o.id === x.id)?.oidcAvailable).toBe(false);

    await saveOidcProvider(h.db, x.admin, save(x.id));
    const [row] = await h.db.select().from(organisations).where(eq(organisations.id, x.id));
    expect(row.oidcClientSecretEnc).toBeTruthy();
    expect(row.oidcClientSecretEnc).not.toContain(SECRET);
    expect(openText(row.oidcClientSecretEnc!, `oidc:${x.id}`)).toBe(SECRET);

    const page = await getOrganisationForAdmin(h.db, x.admin, x.id);
    expect(page.hasOidcSecret).toBe(true);
    expect(JSON.stringify(page)).not.toContain(row.oidcClientSecretEnc!);
    expect(JSON.stringify(page)).not.toContain(SECRET);

    await saveOidcProvider(h.db, x.admin, save(x.id, { clientSecret: "", clientId: "omatieto-2" }));
    const config = await getOidcClientConfig(h.db, row.slug);
    expect(config).toMatchObject({ clientId: "omatieto-2", clientSecret: SECRET });
    expect((await listMyIdentity(h.db, subject.id)).find((o) => o.id === x.id)?.oidcAvailable).toBe(true);

    await saveOidcProvider(h.db, x.admin, save(x.id, { remove: "on" }));
    expect(await getOidcClientConfig(h.db, row.slug)).toBeNull();
  });
  it("refuses other organisations' admins and handlers, and plain-http remote issuers", async () => {
    expect(await reason(saveOidcProvider(h.db, y.admin, save(x.id)))).toBe("not_found");
    expect(await reason(saveOidcProvider(h.db, x.staff, save(x.id)))).toBe("forbidden");
    const bad = oidcProviderSchema.safeParse({ organisationId: x.id, issuer: "http://tunnistus.example", clientId: "a" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].message).toBe("oidc_issuer_not_allowed");
    expect(await reason(saveOidcProvider(h.db, x.admin, save(x.id, { clientId: "" })))).toBe("oidc_client_id_required");
  });
});

describe("test connection", () => {
  it.skipIf(!Provider)("finds the local provider's discovery document", async () => {
    const r = await testOidcProvider(x.admin, { organisationId: x.id, issuer: `${issuer}/` });
    expect(r.authorizationEndpoint).toMatch(new RegExp(`^${issuer}/`));
  });
  it("turns each failure into a code every language translates", async () => {
    expect(await reason(testOidcProvider(x.admin, { organisationId: x.id, issuer: "http://tunnistus.example" }))).toBe("oidc_issuer_not_allowed");
    expect(await reason(testOidcProvider(x.admin, { organisationId: x.id, issuer: "http://127.0.0.1:9" }))).toBe("oidc_unreachable");
    expect(await reason(testOidcProvider(x.admin, { organisationId: x.id, issuer: hanging }, 300))).toBe("oidc_timeout");
    expect(await reason(testOidcProvider(x.admin, { organisationId: x.id, issuer: notProvider }))).toBe("oidc_discovery_invalid");
    expect(await reason(testOidcProvider(y.admin, { organisationId: x.id, issuer }))).toBe("not_found");
    for (const code of ["oidc_issuer_not_allowed", "oidc_unreachable", "oidc_timeout", "oidc_discovery_invalid"]) {
      for (const m of [fi, sv, en]) expect((m.staffErrors as Record<string, string>)[code], code).toBeTruthy();
    }
  });
});
