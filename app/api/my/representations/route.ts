import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getPublicBaseUrl } from "@/lib/config/mode";
import { isForeignOrigin } from "@/lib/http/api-guard";
import { getDb } from "@/lib/db/client";
import { getSessionUser } from "@/lib/auth/session";
import { ActionError, fieldErrorsOf, isDatabaseUnavailable } from "@/lib/errors";
import { FilingLimitError, RequestInputError } from "@/lib/requests/queries";
import { representativeFilingSchema } from "@/lib/representatives/schema";
import { AUTHORITY_DOCUMENT_MAX_BYTES, UPLOAD_HEADER } from "@/lib/representatives/constants";
import { claimedTypeAgrees, sniffDocumentType } from "@/lib/representatives/document-type";
import { fileAsRepresentative } from "@/lib/representatives/queries";
import { isLocale, localeCookie } from "@/lib/i18n/config";

const noStore = { "Cache-Control": "no-store" };
/** The form's text fields next to the document: a few kilobytes at most. */
const BODY_LIMIT = AUTHORITY_DOCUMENT_MAX_BYTES + 64 * 1024;

type Code = "unsupported_document" | "invalid_input" | "foreign_origin" | "unauthenticated" | "not_found" | "rate_limited" | "too_large" | "unavailable" | "internal" | "forbidden";

/** A refusal people can read: the code for programs, the message in the caller's language. */
async function reply(status: number, code: Code, fieldErrors?: Record<string, string[]>) {
  const t = await getTranslations("representation.errors");
  const message = t.has(code) ? t(code) : t("invalid_input");
  return NextResponse.json({ ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) }, { status, headers: noStore });
}

/**
 * A person files an access request for someone else with the document showing their authority
 * (issue 10, LEGAL.md §2). A route handler, not a server action: the document may be larger than the
 * action body limit. Order: origin and upload header → size → parse (fields with the form's zod schema,
 * the document by its bytes) → authenticate → file (the query authorises and stores all in one
 * transaction). Nothing is stored when anything is refused.
 */
export async function POST(req: NextRequest) {
  if (isForeignOrigin(req.headers.get("origin"), getPublicBaseUrl()) || req.headers.get(UPLOAD_HEADER) !== "1") return reply(403, "foreign_origin");
  const length = Number(req.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) return reply(411, "invalid_input");
  if (length > BODY_LIMIT) return reply(413, "too_large", { document: ["document_too_large"] });
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return reply(400, "invalid_input");
  }
  const fields = {
    organisationId: form.get("organisationId"),
    role: form.get("role"),
    representedName: form.get("representedName"),
    representedBirthDate: form.get("representedBirthDate"),
    representedIdentityCode: form.get("representedIdentityCode") ?? undefined,
    registerIds: form.getAll("registerIds"),
    formats: form.getAll("formats"),
    note: form.get("note") ?? undefined,
  };
  const parsed = representativeFilingSchema.safeParse(fields);
  const fieldErrors: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  const file = form.get("document");
  let document: { bytes: Uint8Array; type: NonNullable<ReturnType<typeof sniffDocumentType>> } | null = null;
  if (!(file instanceof File) || file.size === 0) fieldErrors.document = ["document_required"];
  else if (file.size > AUTHORITY_DOCUMENT_MAX_BYTES) return reply(413, "too_large", { ...fieldErrors, document: ["document_too_large"] });
  else {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = sniffDocumentType(bytes.subarray(0, 16));
    if (!type) return reply(415, "unsupported_document", { ...fieldErrors, document: ["document_type"] });
    if (!claimedTypeAgrees(file.type, type)) return reply(415, "unsupported_document", { ...fieldErrors, document: ["document_type_mismatch"] });
    document = { bytes, type };
  }
  if (!parsed.success || !document) return reply(400, "invalid_input", fieldErrors);

  let user;
  try {
    user = await getSessionUser();
  } catch (e) {
    if (isDatabaseUnavailable(e)) return reply(503, "unavailable");
    throw e;
  }
  if (!user) return reply(401, "unauthenticated");
  const cookieLocale = req.cookies.get(localeCookie)?.value;
  try {
    const r = await fileAsRepresentative(await getDb(), user, parsed.data, document, isLocale(cookieLocale) ? cookieLocale : user.locale);
    return NextResponse.json({ ok: true, data: { id: r.id, reference: r.reference, status: r.status } }, { status: 201, headers: noStore });
  } catch (e) {
    if (e instanceof RequestInputError) return reply(400, "invalid_input", e.fieldErrors);
    if (e instanceof FilingLimitError) return reply(429, "rate_limited");
    if (e instanceof ActionError) return reply(e.code === "not_found" ? 404 : 400, e.code === "not_found" ? "not_found" : "invalid_input");
    if (isDatabaseUnavailable(e)) return reply(503, "unavailable");
    console.error("[representation] filing failed:", (e as Error)?.name ?? "error");
    return reply(500, "internal");
  }
}
