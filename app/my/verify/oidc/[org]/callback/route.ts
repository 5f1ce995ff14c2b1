import { NextResponse, type NextRequest } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getOidcClientConfig, recordOidcVerification } from "@/lib/identity/queries";
import { completeOidc, OIDC_COOKIE, OidcError, readFlowCookie } from "@/lib/identity/oidc";
import { oidcRedirectUri, publicUrl } from "../redirect-uri";

export const dynamic = "force-dynamic";

/** The provider sends the browser back here: check state, exchange the code, validate the ID token, record level 3. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ org: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(publicUrl("/sign-in"));
  const { org } = await ctx.params;
  const done = (outcome: string) => {
    const res = NextResponse.redirect(publicUrl(`/my/verify?oidc=${outcome}&org=${encodeURIComponent(org)}`));
    res.cookies.set(OIDC_COOKIE, "", { httpOnly: true, path: "/my/verify/oidc", maxAge: 0 });
    return res;
  };
  // The flow must have been started by this account for this organisation (login CSRF, mix-up).
  const flow = readFlowCookie(req.cookies.get(OIDC_COOKIE)?.value);
  if (!flow || flow.org !== org || flow.userId !== user.id) return done("state");
  const db = await getDb();
  const config = await getOidcClientConfig(db, org);
  if (!config) return done("unavailable");
  try {
    const { claims, issuer } = await completeOidc(config, { currentUrl: new URL(req.url), redirectUri: oidcRedirectUri(org), flow });
    await recordOidcVerification(db, user, config.organisationId, claims, issuer);
    return done("ok");
  } catch (e) {
    return done(e instanceof OidcError ? e.code.replace("oidc_", "") : "failed");
  }
}
