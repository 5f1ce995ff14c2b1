/**
 * Loopback addresses (127.0.0.0/8, ::1, and IPv4-mapped 127.x): the demo mailbox answers only these,
 * so a demo started with HOST=0.0.0.0 still does not show sign-in links to the network.
 */
export function isLoopbackAddress(ip: string): boolean {
  const a = ip.trim().toLowerCase();
  if (a === "::1" || a === "0:0:0:0:0:0:0:1") return true;
  const v4 = a.startsWith("::ffff:") ? a.slice(7) : a;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
