/**
 * Strong electronic identification (level 3, PRODUCT.md §4) with OpenID Connect: the standard
 * authorization-code flow with discovery, PKCE (S256), state and nonce. Each organisation has its own
 * provider (issuer, client id, secret). No database here: the route handlers and queries glue it in.
 *
 * The transient state (state, nonce, PKCE verifier, organisation and account) travels in an
 * httpOnly cookie, sealed with AES-GCM so it can be neither read nor altered by the browser.
 */
import * as oauth from "oauth4webapi";
import { openText, sealText } from "../crypto";
import { isAllowedIssuer, isLoopbackUrl } from "./issuer";
export { isAllowedIssuer };

export const OIDC_COOKIE = "omatieto_oidc";
export const OIDC_COOKIE_MAX_AGE = 10 * 60;
const COOKIE_AAD = "oidc-flow";

export type OidcClientConfig = { issuer: string; clientId: string; clientSecret: string | null };
export type OidcFlowState = { state: string; nonce: string; verifier: string; org: string; userId: string; createdAt: number };

/** Plain http only for a provider on this machine (tests, local development); anything else must be https. */
const isLoopback = isLoopbackUrl;

function requestOptions(issuer: URL) {
  return isLoopback(issuer) ? { [oauth.allowInsecureRequests]: true } : {};
}

/** The provider's metadata from /.well-known/openid-configuration, checked against the issuer. */
export async function discover(issuerUrl: string, opts: { signal?: AbortSignal } = {}): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(issuerUrl);
  const response = await oauth.discoveryRequest(issuer, { algorithm: "oidc", ...requestOptions(issuer), ...(opts.signal ? { signal: opts.signal } : {}) });
  return oauth.processDiscoveryResponse(issuer, response);
}


export type DiscoveryCheck = { ok: true; authorizationEndpoint: string; tokenEndpoint: string } | { ok: false; code: "oidc_issuer_not_allowed" | "oidc_timeout" | "oidc_unreachable" | "oidc_discovery_invalid" };

/**
 * The admin's "test connection": fetch and check the discovery document within `timeoutMs`. Only the
 * outcome's code is returned, never the remote body (it could carry anything into the page).
 */
export async function checkDiscovery(issuerUrl: string, timeoutMs = 5000): Promise<DiscoveryCheck> {
  if (!isAllowedIssuer(issuerUrl)) return { ok: false, code: "oidc_issuer_not_allowed" };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const as = await discover(issuerUrl, { signal });
    if (!as.authorization_endpoint || !as.token_endpoint) return { ok: false, code: "oidc_discovery_invalid" };
    return { ok: true, authorizationEndpoint: as.authorization_endpoint, tokenEndpoint: as.token_endpoint };
  } catch (e) {
    if (signal.aborted) return { ok: false, code: "oidc_timeout" };
    // oauth4webapi's response/validation errors mean we reached something that is not a valid provider.
    if (e instanceof oauth.OperationProcessingError || e instanceof oauth.ResponseBodyError || e instanceof oauth.UnsupportedOperationError) return { ok: false, code: "oidc_discovery_invalid" };
    return { ok: false, code: "oidc_unreachable" };
  }
}

/** Step 1: the URL to send the browser to, and the sealed cookie value to set (httpOnly, 10 min). */
export async function beginOidc(config: OidcClientConfig, q: { redirectUri: string; org: string; userId: string; locale?: string }) {
  const as = await discover(config.issuer);
  if (!as.authorization_endpoint) throw new Error("oidc_no_authorization_endpoint");
  const flow: OidcFlowState = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    verifier: oauth.generateRandomCodeVerifier(),
    org: q.org,
    userId: q.userId,
    createdAt: Date.now(),
  };
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("redirect_uri", q.redirectUri);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", "openid");
  url.searchParams.set("state", flow.state);
  url.searchParams.set("nonce", flow.nonce);
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(flow.verifier));
  url.searchParams.set("code_challenge_method", "S256");
  if (q.locale) url.searchParams.set("ui_locales", q.locale);
  return { url: url.toString(), cookie: sealText(JSON.stringify(flow), COOKIE_AAD) };
}

/** The flow state from the cookie, or null if missing, tampered with or older than ten minutes. */
export function readFlowCookie(value: string | undefined, now = Date.now()): OidcFlowState | null {
  if (!value) return null;
  try {
    const flow = JSON.parse(openText(value, COOKIE_AAD)) as OidcFlowState;
    if (now - flow.createdAt > OIDC_COOKIE_MAX_AGE * 1000) return null;
    return flow;
  } catch {
    return null;
  }
}

export class OidcError extends Error {
  constructor(public code: "oidc_state" | "oidc_denied" | "oidc_failed") {
    super(code);
  }
}

/**
 * Step 2, at the callback: check state, exchange the code (PKCE verifier, client secret), validate
 * the ID token (signature, issuer, audience, nonce, expiry) and return its claims.
 */
export async function completeOidc(config: OidcClientConfig, q: { currentUrl: URL; redirectUri: string; flow: OidcFlowState }) {
  const as = await discover(config.issuer);
  const client: oauth.Client = { client_id: config.clientId };
  const auth = config.clientSecret ? oauth.ClientSecretBasic(config.clientSecret) : oauth.None();
  const options = requestOptions(new URL(config.issuer));
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, q.currentUrl, q.flow.state);
  } catch (e) {
    throw new OidcError(e instanceof oauth.AuthorizationResponseError ? "oidc_denied" : "oidc_state");
  }
  try {
    const response = await oauth.authorizationCodeGrantRequest(as, client, auth, params, q.redirectUri, q.flow.verifier, options);
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: q.flow.nonce, requireIdToken: true });
    const claims = oauth.getValidatedIdTokenClaims(result);
    if (!claims?.sub) throw new Error("no sub");
    return { claims: claims as Record<string, unknown> & { sub: string }, issuer: as.issuer };
  } catch {
    throw new OidcError("oidc_failed");
  }
}
