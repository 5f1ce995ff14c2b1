/**
 * The two ways Omatieto runs. Production (the default) refuses to start without its settings
 * (lib/config/production-check.ts). Demo mode is switched on explicitly (OMATIETO_DEMO=1, which the
 * README's `npm start` sets): demo data, the development mailbox and the published demo accounts exist
 * only there, and every page says it is a demo.
 */
export function isDemoMode(): boolean {
  return process.env.OMATIETO_DEMO === "1";
}

/**
 * The fixed public origin every emailed and redirect URL is built from (never from Host or
 * X-Forwarded-Host, which a client controls). OMATIETO_BASE_URL in production (the start-up check
 * refuses to run without it); in demo mode it defaults to http://localhost:PORT.
 */
export function getPublicBaseUrl(): string {
  const fixed = process.env.OMATIETO_BASE_URL;
  if (fixed) return fixed.replace(/\/+$/, "");
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}

/**
 * next-auth builds its own redirects and action URLs from AUTH_URL when it is set, and from Host /
 * X-Forwarded-Host otherwise. Pinning AUTH_URL to the public base URL at boot (and before each
 * configuration build) means no client header can choose where next-auth points people.
 */
export function pinAuthUrl(): void {
  process.env.AUTH_URL = getPublicBaseUrl();
  delete process.env.NEXTAUTH_URL;
}
