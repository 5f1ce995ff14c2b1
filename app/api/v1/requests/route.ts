import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getPublicBaseUrl } from "@/lib/config/mode";
import { isForeignOrigin, isJsonContentType } from "@/lib/http/api-guard";
import { minutesOf } from "@/lib/rate-limit/policies";
import { getDb } from "@/lib/db/client";
import { getSessionUser } from "@/lib/auth/session";
import { fieldErrorsOf, ActionError, describeError, isDatabaseUnavailable } from "@/lib/errors";
import { requestFormSchema } from "@/lib/requests/schema";
import { FilingLimitError, RequestInputError } from "@/lib/requests/queries";
import { fileMyRequest } from "@/lib/requests/queries-subject";
import { isMyRequestsCursor, listMyRequests } from "@/lib/requests/queries-subject";
import { isStaffRole } from "@/lib/auth/types";
import { isDatabaseReachable } from "@/lib/db/health";

const noStore = { "Cache-Control": "no-store" };

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return NextResponse.json(body, { status, headers: { ...noStore, ...headers } });
}

/** A refusal people can read: the code for programs, the message in the caller's language (cookie / Accept-Language). */
async function refuse(code: "unsupported_media_type" | "foreign_origin" | "rate_limited", status: number, retryAfterSeconds?: number) {
  const t = await getTranslations("errors");
  const message = t(code, { minutes: minutesOf(retryAfterSeconds ?? 60) });
  const extra = retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : undefined;
  return json({ ok: false, code, message, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) }, status, extra);
}

/**
 * The same request filing as the portal's forms, as JSON (for integrations and the load benchmark):
 * the same zod schema, the same query, the same transaction with its audit event and email.
 * Origin and JSON checks (lib/http/api-guard.ts) → parse → authenticate → authorise (the subject's
 * own records only, inside the query) → the filing limits, counted in the filing transaction.
 */
export async function POST(req: NextRequest) {
  if (isForeignOrigin(req.headers.get("origin"), getPublicBaseUrl())) return refuse("foreign_origin", 403);
  if (!isJsonContentType(req.headers.get("content-type"))) return refuse("unsupported_media_type", 415);
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return json({ ok: false, code: "invalid_input" }, 400);
  }
  const parsed = requestFormSchema.safeParse(body);
  if (!parsed.success) return json({ ok: false, code: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error.issues) }, 400);
  let user;
  try {
    user = await getSessionUser();
  } catch (e) {
    if (isDatabaseUnavailable(e)) return json({ ok: false, code: "unavailable" }, 503);
    throw e;
  }
  // next-auth turns a database error into "no session": tell the two apart before answering 401.
  if (!user) return (await isDatabaseReachable()) ? json({ ok: false, code: "unauthenticated" }, 401) : json({ ok: false, code: "unavailable" }, 503);
  if (isStaffRole(user.role)) return json({ ok: false, code: "forbidden" }, 403);
  try {
    const result = await fileMyRequest(await getDb(), user, parsed.data, user.locale);
    if (result.kind === "duplicate") {
      return json({ ok: false, code: "conflict", duplicate: { id: result.duplicate.id, reference: result.duplicate.reference } }, 409);
    }
    const r = result.request;
    return json({ ok: true, data: { id: r.id, reference: r.reference, status: r.status, dueOn: r.dueOn } }, 201);
  } catch (e) {
    if (e instanceof RequestInputError) return json({ ok: false, code: "invalid_input", fieldErrors: e.fieldErrors }, 400);
    if (e instanceof FilingLimitError) return refuse("rate_limited", 429, e.retryAfterSeconds);
    if (e instanceof ActionError) return json({ ok: false, code: e.code }, e.code === "not_found" ? 404 : e.code === "forbidden" ? 403 : 400);
    if (isDatabaseUnavailable(e)) return json({ ok: false, code: "unavailable" }, 503);
    console.error("[api] file request failed:", describeError(e));
    return json({ ok: false, code: "internal" }, 500);
  }
}

/**
 * The signed-in subject's own requests, newest first, a page at a time: `next` is the `cursor` of the
 * following page (null at the end). A cursor that is not one of ours is a 400, not a silent page 1.
 */
export async function GET(req: Request) {
  const user = await getSessionUser();
  if (!user) return json({ ok: false, code: "unauthenticated" }, 401);
  const cursor = new URL(req.url).searchParams.get("cursor");
  if (cursor !== null && !isMyRequestsCursor(cursor)) return json({ ok: false, code: "invalid_input" }, 400);
  const page = await listMyRequests(await getDb(), user.id, { cursor });
  return json({ ok: true, data: page.rows.map((r) => ({ id: r.id, reference: r.reference, type: r.type, status: r.status, dueOn: r.dueOn })), next: page.next }, 200);
}
