/**
 * Which OpenID Connect issuers the server may contact (pure; also used by the admin form in the browser).
 * https, or plain http on this machine only (tests, local development): a secret and identity claims
 * must never travel in clear over a network.
 */
export function isLoopbackUrl(url: URL): boolean {
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

export function isAllowedIssuer(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || isLoopbackUrl(url)) && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}
