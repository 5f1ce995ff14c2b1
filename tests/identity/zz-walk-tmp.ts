import { openPostgres } from "@/lib/db/client";
import { decideIdentityClaim, listPendingClaims } from "@/lib/identity/queries";
import { users } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
async function main() {
const h = await openPostgres("postgres://postgres@127.0.0.1:5432/omatieto_portal_walk", 1);
const [staff] = await h.db.select().from(users).where(eq(users.email, "elina.makela@mieli.example"));
const claims = await listPendingClaims(h.db, { id: staff.id, role: "staff" });
console.log(claims.map((c) => ({ name: c.fullName, code: c.identityCodeMasked, suggested: Boolean(c.suggestedPersonId) })));
const sari = claims.find((c) => c.fullName === "Sari Kallio")!;
console.log(await decideIdentityClaim(h.db, { id: staff.id, role: "staff" }, { claimId: sari.id, decision: "confirm", personIds: [sari.suggestedPersonId!] }));
await h.close();

}
main().catch((e) => { console.error(e); process.exit(1); });
