import { getPublicBaseUrl } from "../config/mode";

/**
 * The Content-Security-Policy and HSTS headers, built per request by proxy.ts (finding 12). A fresh
 * nonce per response: Next.js reads it from the request's CSP header and puts it on its own inline
 * bootstrap scripts, so scripts need neither 'unsafe-inline' nor a list of hosts. 'strict-dynamic'
 * lets those nonce-bearing scripts load the page's chunks.
 */
export function buildContentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only under `next dev` (React's dev tools rebuild server stacks with eval).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Styles keep 'unsafe-inline': pages render `style={…}` attributes, which a nonce cannot cover
    // (CSP nonces apply to <style> elements only). Injected CSS cannot run code; scripts can, and
    // they are nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** A nonce: 128 random bits, base64 (the CSP nonce grammar allows base64 characters). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * HSTS only when the fixed public base URL is https (never guessed from request headers, which a
 * client or a misconfigured proxy controls). A year, sub-domains included.
 */
export function buildStrictTransportSecurity(publicBaseUrl: string): string | null {
  return isHttpsBaseUrl(publicBaseUrl) ? "max-age=31536000; includeSubDomains" : null;
}

export function isHttpsBaseUrl(publicBaseUrl: string): boolean {
  return /^https:\/\//i.test(publicBaseUrl);
}

/** Cookies (session, language) are `Secure` exactly when the configured public base URL is https. */
export function usesSecureCookies(): boolean {
  return isHttpsBaseUrl(getPublicBaseUrl());
}
