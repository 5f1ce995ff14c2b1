import { getSessionUser } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/auth/types";
import { getDb } from "@/lib/db/client";
import { exportRequestsCsv } from "@/lib/dashboard/queries";
import { toHelsinkiDate } from "@/lib/deadlines";

export const dynamic = "force-dynamic";

/**
 * The accountability export (Art. 5(2)): every request of the signed-in handler's organisations as CSV,
 * streamed. Staff with the second factor only; never cached anywhere (no-store).
 */
export async function GET() {
  const user = await getSessionUser();
  const headers = { "Cache-Control": "no-store, private", "X-Content-Type-Options": "nosniff" };
  if (!user) return new Response("Unauthorized", { status: 401, headers });
  if (!isStaffRole(user.role) || !user.mfa) return new Response("Forbidden", { status: 403, headers });
  const db = await getDb();
  const lines = exportRequestsCsv(db, { id: user.id, role: user.role, organisationIds: user.organisationIds });
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
      "Content-Disposition": `attachment; filename="omatieto-requests-${toHelsinkiDate(new Date())}.csv"`,
    },
  });
}
