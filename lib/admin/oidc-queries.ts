import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { organisations } from "../db/schema";
import { recordAudit } from "../audit/queries";
import { sealText } from "../crypto";
import { ActionError } from "../errors";
import { refuse } from "../workflow/errors";
import type { StaffActor } from "../workflow/types";
import { checkDiscovery } from "../identity/oidc";
import { assertAdminOf } from "./guard";
import type { OidcProviderInput } from "./schema";

/**
 * Save the organisation's OpenID Connect provider (level 3, PRODUCT.md §4). The client secret is sealed
 * with the data key and the organisation id as associated data (lib/identity/queries opens it); it is
 * never returned to the browser: the page only learns whether one is stored.
 */
export async function saveOidcProvider(db: Db, actor: StaffActor, input: OidcProviderInput) {
  assertAdminOf(actor, input.organisationId);
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ id: organisations.id, secret: organisations.oidcClientSecretEnc }).from(organisations).where(eq(organisations.id, input.organisationId)).for("update");
    if (!org) throw new ActionError("not_found");
    if (input.remove) {
      await tx.update(organisations).set({ oidcIssuer: null, oidcClientId: null, oidcClientSecretEnc: null, updatedAt: new Date() }).where(eq(organisations.id, org.id));
      await recordAudit(tx, { organisationId: org.id, actorId: actor.id, actorRole: "admin", action: "organisation.oidc_removed", payload: {} });
      return { configured: false };
    }
    if (!input.issuer) refuse("oidc_issuer_required", "invalid_input");
    if (!input.clientId) refuse("oidc_client_id_required", "invalid_input");
    const secretEnc = input.clientSecret ? sealText(input.clientSecret, `oidc:${org.id}`) : org.secret;
    await tx
      .update(organisations)
      .set({ oidcIssuer: input.issuer, oidcClientId: input.clientId, oidcClientSecretEnc: secretEnc, updatedAt: new Date() })
      .where(eq(organisations.id, org.id));
    // The issuer is configuration, not personal data; the secret is never logged, only whether it changed.
    await recordAudit(tx, { organisationId: org.id, actorId: actor.id, actorRole: "admin", action: "organisation.oidc_saved", payload: { issuer: input.issuer, secretChanged: Boolean(input.clientSecret) } });
    return { configured: true };
  });
}

/** "Test connection": the issuer's discovery document, fetched with a timeout; a translated code on failure. */
export async function testOidcProvider(actor: StaffActor, input: { organisationId: string; issuer: string }, timeoutMs = 5000) {
  assertAdminOf(actor, input.organisationId);
  const result = await checkDiscovery(input.issuer.replace(/\/+$/, ""), timeoutMs);
  if (!result.ok) refuse(result.code, result.code === "oidc_issuer_not_allowed" ? "invalid_input" : "conflict");
  return { authorizationEndpoint: result.authorizationEndpoint };
}
