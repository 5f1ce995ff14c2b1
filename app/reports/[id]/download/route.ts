import fs from "node:fs";
import { Readable } from "node:stream";
import { isUuid } from "@/lib/validation/ids";
import { NextResponse, type NextRequest } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/auth/types";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/db/types";
import { isLocale, localeCookie, negotiateLocale } from "@/lib/i18n/config";
import { reportMessages } from "@/lib/reports/messages";
import { getReportForDownload, recordDownload, reportContentTypes, resolveReportPath } from "@/lib/reports/queries";
import { getPublicBaseUrl } from "@/lib/config/mode";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

function localeOf(req: NextRequest, fallback?: Locale): Locale {
  const fromCookie = req.cookies.get(localeCookie)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return fallback ?? negotiateLocale(req.headers.get("accept-language"));
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** A short page in the reader's language: HTML for browsers, plain text for anything else. */
function message(req: NextRequest, status: 403 | 404 | 410, locale: Locale) {
  const m = reportMessages(locale).download;
  const [title, body] = status === 404 ? [m.notFoundTitle, m.notFound] : status === 403 ? [m.levelTitle, m.level] : [m.expiredTitle, m.expired];
  if (!(req.headers.get("accept") ?? "").includes("text/html")) {
    return new NextResponse(`${title}\n\n${body}\n`, { status, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
  }
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(body)}</p><p><a href="/my/requests">${escape(m.backToRequests)}</a></p></main></body></html>`;
  return new NextResponse(html, { status, headers: { ...noStore, "Content-Type": "text/html; charset=utf-8" } });
}

/**
 * Download a generated report (PRODUCT.md §6): reports are never emailed, only served here to the
 * subject who filed the request (once released) or to staff of its organisation (with their second
 * factor). Authorisation is in the query's WHERE; every download is counted and audited.
 */
export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!isUuid(id)) return message(req, 404, localeOf(req));
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(`${getPublicBaseUrl()}/sign-in`);
  const locale = localeOf(req, user.locale);
  const db = await getDb();
  const staffOrgIds = isStaffRole(user.role) && user.mfa ? user.organisationIds : [];
  const found = await getReportForDownload(db, { reportId: id, userId: user.id, staffOrgIds });
  if (found.status === "not_found") return message(req, 404, locale);
  if (found.status === "expired") return message(req, 410, locale);
  if (found.status === "verification_required") return message(req, 403, locale);
  const { report } = found;
  let file: string;
  let size: number;
  try {
    file = resolveReportPath(report.storagePath);
    size = (await fs.promises.stat(file)).size;
  } catch {
    // The file was cleaned up (or never written): for the reader that is the same as expired.
    return message(req, 410, locale);
  }
  await recordDownload(db, { report, actorId: user.id, actorRole: report.viewer === "staff" ? (user.role === "admin" ? "admin" : "staff") : "subject" });
  const name = `omatieto-${report.reference.replace(/[^A-Za-z0-9-]/g, "")}.${report.format}`;
  const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  return new NextResponse(body, {
    status: 200,
    headers: {
      ...noStore,
      "Content-Type": reportContentTypes[report.format],
      "Content-Length": String(size),
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
