import "server-only";
import { headers } from "next/headers";

/**
 * The client's IP address as the server entry (lib/cli/server.mjs) decided it: the socket address, or,
 * behind a configured number of trusted reverse proxies (OMATIETO_TRUSTED_PROXY_HOPS), the address the
 * nearest untrusted hop gave. The entry removes any copy of this header that a client sent, so the
 * value cannot be forged. "unknown" only when the app runs without that entry (e.g. `next dev`).
 */
export const CLIENT_IP_HEADER = "x-omatieto-client-ip";

export async function getClientIp(): Promise<string> {
  const h = await headers();
  return h.get(CLIENT_IP_HEADER)?.trim() || "unknown";
}
