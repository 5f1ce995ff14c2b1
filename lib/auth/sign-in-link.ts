/**
 * The emailed sign-in link, built only from the fixed public base URL (issue 9, finding 3): next-auth
 * would derive it from Host / X-Forwarded-Host, so a request with `Host: evil.example` mailed the
 * victim a genuine link that carried the token to the attacker. The token and address are all we take
 * from next-auth; the landing page after sign-in is fixed too.
 */
export function buildSignInLink(baseUrl: string, q: { token: string; email: string; providerId?: string }): string {
  const base = baseUrl.replace(/\/+$/, "");
  const params = new URLSearchParams({ callbackUrl: `${base}/after-sign-in`, token: q.token, email: q.email });
  return `${base}/api/auth/callback/${encodeURIComponent(q.providerId ?? "nodemailer")}?${params}`;
}
