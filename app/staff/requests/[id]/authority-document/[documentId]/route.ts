import { NextResponse, type NextRequest } from "next/server";
import { isUuid } from "@/lib/validation/ids";
import { getSessionUser } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/auth/types";
import { getDb } from "@/lib/db/client";
import { ActionError } from "@/lib/errors";
import { getPublicBaseUrl } from "@/lib/config/mode";
import { readAuthorityDocument } from "@/lib/representatives/queries";

export const dynamic = "force-dynamic";

const notFound = () => new NextResponse("Not found\n", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });

/**
 * A representative's authority document for staff of the request's organisation, with their second
 * factor: the organisation is in the query's WHERE (another organisation's document is a 404, like a
 * missing one) and every opening is audited. Served as a download with nosniff, never rendered inline.
 */
export async function GET(_req: NextRequest, ctx: { params: Promise<{ id: string; documentId: string }> }) {
  const { id, documentId } = await ctx.params;
  if (!isUuid(id) || !isUuid(documentId)) return notFound();
  const user = await getSessionUser();
  if (!user) return NextResponse.redirect(`${getPublicBaseUrl()}/sign-in`);
  if (!isStaffRole(user.role) || !user.mfa || user.organisationIds.length === 0) return notFound();
  try {
    const doc = await readAuthorityDocument(await getDb(), { id: user.id, role: user.role, organisationIds: user.organisationIds, adminOrganisationIds: user.adminOrganisationIds ?? [] }, { requestId: id, documentId });
    const ext = doc.mimeType === "application/pdf" ? "pdf" : doc.mimeType === "image/png" ? "png" : "jpg";
    return new NextResponse(new Uint8Array(doc.bytes), {
      status: 200,
      headers: {
        "Cache-Control": "no-store",
        "Content-Type": doc.mimeType,
        "Content-Length": String(doc.bytes.byteLength),
        "Content-Disposition": `attachment; filename="authority-document.${ext}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof ActionError && e.code === "not_found") return notFound();
    throw e;
  }
}
