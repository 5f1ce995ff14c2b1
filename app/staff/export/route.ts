import { getSessionUser } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/auth/types";
import { getDb } from "@/lib/db/client";
import { exportRequestsCsv } from "@/lib/dashboard/queries";
import { toHelsinkiDate } from "@/lib/deadlines";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import { EXPORT_VARIANTS, type ExportVariant } from "@/lib/dashboard/csv";

export const dynamic = "force-dynamic";

/**
 * The accountability export (Art. 5(2)): every request of the signed-in handler's organisations as CSV,
 * streamed. Staff with the second factor only; never cached anywhere (no-store). `?variant=machine` gives
 * codes and ISO dates for programs; the default is for a spreadsheet in the staff member's language.
 */
export async function GET(req: Request) {
  const user = await getSessionUser();
  const headers = { "Cache-Control": "no-store, private", "X-Content-Type-Options": "nosniff" };
  if (!user) return new Response("Unauthorized", { status: 401, headers });
  if (!isStaffRole(user.role) || !user.mfa) return new Response("Forbidden", { status: 403, headers });
  const asked = new URL(req.url).searchParams.get("variant") ?? "spreadsheet";
  if (!(EXPORT_VARIANTS as readonly string[]).includes(asked)) return new Response("Bad Request", { status: 400, headers });
  const variant = asked as ExportVariant;
  const current = await getLocale();
  const locale = isLocale(current) ? current : "fi";
  const db = await getDb();
  const lines = exportRequestsCsv(db, { id: user.id, role: user.role, organisationIds: user.organisationIds }, { variant, locale });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="omatieto-requests-${variant === "machine" ? "codes-" : ""}${toHelsinkiDate(new Date())}.csv"`,
    },
  });
}
