import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

export const GET = handlers.GET;

/**
 * Sign-in links are requested only through our server action, which applies the rate limits;
 * next-auth's own POST sign-in endpoint for the email provider is closed so nobody can go around them.
 */
export async function POST(req: NextRequest) {
  if (req.nextUrl.pathname.includes("/signin/")) return NextResponse.json({ error: "use_the_sign_in_page" }, { status: 403 });
  return handlers.POST(req);
}
