// The client address as the server entry (lib/cli/server.mjs) decides it. Pure, so it is unit-tested.
//
// Behind N trusted reverse proxies, each proxy appends the address it received the connection from
// to X-Forwarded-For; the socket peer is the last proxy. Counting from the right, the socket is hop 0
// and the entry N-1 from the right end of X-Forwarded-For is the address the outermost trusted proxy
// saw: the client. Everything left of it was written by the client and is never trusted.

/** Remove the IPv4-mapped IPv6 prefix ("::ffff:127.0.0.1" → "127.0.0.1") and the brackets/port. */
export function normaliseAddress(value) {
  let a = String(value ?? "").trim();
  if (!a) return "";
  const bracket = a.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracket) a = bracket[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.replace(/:\d+$/, "");
  if (a.toLowerCase().startsWith("::ffff:") && a.includes(".")) a = a.slice(7);
  return a.toLowerCase();
}

/** Parse OMATIETO_TRUSTED_PROXY_HOPS: a whole number ≥ 0; anything else is an error. */
export function parseTrustedHops(value) {
  if (value === undefined || value === "") return 0;
  if (!/^\d+$/.test(String(value).trim())) throw new Error("OMATIETO_TRUSTED_PROXY_HOPS must be a whole number (0 without a reverse proxy)");
  return Number(String(value).trim());
}

/**
 * @param {string | undefined} socketAddress the TCP peer (req.socket.remoteAddress)
 * @param {string | string[] | undefined} forwardedFor every X-Forwarded-For header line, in order
 * @param {number} trustedHops how many reverse proxies in front of the app are ours
 * @returns {string} the client address, or "unknown"
 */
export function computeClientIp(socketAddress, forwardedFor, trustedHops) {
  const socket = normaliseAddress(socketAddress) || "unknown";
  if (!trustedHops) return socket;
  const lines = Array.isArray(forwardedFor) ? forwardedFor : forwardedFor ? [forwardedFor] : [];
  const chain = lines.flatMap((l) => String(l).split(",")).map(normaliseAddress).filter(Boolean);
  // Fewer entries than trusted proxies: the request did not come through all of them (or a proxy
  // did not add its entry). The leftmost entry we have is then still one a trusted proxy wrote
  // only if the chain is complete, so fall back to the socket rather than to a client-written value.
  if (chain.length < trustedHops) return socket;
  return chain[chain.length - trustedHops] || socket;
}
