import { NextResponse, type NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getOidcClientConfig } from "@/lib/identity/queries";
import { beginOidc, OIDC_COOKIE, OIDC_COOKIE_MAX_AGE } from "@/lib/identity/oidc";
import { oidcRedirectUri, publicUrl } from "../redirect-uri";

export const dynamic = "force-dynamic";

/** Level 3: send the signed-in subject to the organisation's identity provider (authorization-code + PKCE). */
export async function GET(req: NextRequest, ctx: { params: Promise<{ org: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(publicUrl("/sign-in"));
  const { org } = await ctx.params;
  const config = await getOidcClientConfig(await getDb(), org);
  if (!config) return NextResponse.redirect(publicUrl("/my/verify?oidc=unavailable"));
  try {
    const { url, cookie } = await beginOidc(config, { redirectUri: oidcRedirectUri(org), org, userId: user.id, locale: await getLocale() });
    const res = NextResponse.redirect(url);
    res.cookies.set(OIDC_COOKIE, cookie, {
      httpOnly: true,
      sameSite: "lax",
      secure: req.nextUrl.protocol === "https:",
      path: "/my/verify/oidc",
      maxAge: OIDC_COOKIE_MAX_AGE,
    });
    return res;
  } catch {
    // The provider is down or misconfigured: say so on the identity page, log nothing personal.
    console.error("[identity] OIDC discovery failed for an organisation");
    return NextResponse.redirect(publicUrl("/my/verify?oidc=failed"));
  }
}
