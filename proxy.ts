import { NextResponse, type NextRequest } from "next/server";

/**
 * Refuse a URL carrying a NUL byte before any page or route sees it: PostgreSQL rejects NUL in text, so
 * such input could only ever turn into a database error. A clear 400 instead (never a 500).
 */
export function proxy(req: NextRequest) {
  const raw = req.nextUrl.pathname + req.nextUrl.search;
  if (/%00/i.test(raw) || raw.includes("\u0000")) {
    return new NextResponse("400 Bad Request\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
