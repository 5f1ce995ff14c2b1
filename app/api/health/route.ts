import { NextResponse } from "next/server";
import { readHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/**
 * For an uptime monitor (issue 10, README "Running it"): 200 with {status: "ok"} when the database
 * answers and the oldest pending email is young enough, else 503. Open to anyone: it says nothing about
 * people or the configuration.
 */
export async function GET() {
  const health = await readHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
