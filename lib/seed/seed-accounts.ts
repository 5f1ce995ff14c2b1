import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { identityClaims, identityVerifications, personRecords, users } from "../db/schema";
import { sealText } from "../crypto";
import { seedAccounts } from "./data/persons";
import { seedId } from "./ids";
import type { SeededOrg } from "./seed-organisations";

/** Subject accounts: users, their identity levels per organisation, linked records and claims. */
export async function seedAccountsInto(tx: DbOrTx, orgs: SeededOrg[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const staffId = (email?: string) => (email ? orgs.map((o) => o.staffIds[email]).find(Boolean) ?? null : null);
  for (const a of seedAccounts) {
    const uid = seedId("user", a.email);
    const inserted = await tx
      .insert(users)
      .values({ id: uid, email: a.email, name: a.name, role: "subject", locale: a.locale, emailVerified: new Date("2026-01-01T08:00:00Z") })
      .onConflictDoNothing()
      .returning({ id: users.id });
    const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.email, a.email));
    ids[a.email] = row.id;
    if (inserted.length === 0) continue;
    for (const [i, v] of a.verifications.entries()) {
      const org = orgs.find((o) => o.slug === v.orgSlug)!;
      await tx.insert(identityVerifications).values({
        id: seedId("verification", a.email, String(i)),
        userId: row.id,
        organisationId: org.id,
        level: v.level,
        method: v.method,
        note: v.note ?? null,
        verifiedBy: staffId(v.verifiedByEmail),
        createdAt: new Date(v.at),
      });
      const personIds = v.personKeys.map((k) => seedId("person", k));
      if (personIds.length) await tx.update(personRecords).set({ userId: row.id }).where(inArray(personRecords.id, personIds));
    }
    for (const [i, c] of (a.claims ?? []).entries()) {
      const org = orgs.find((o) => o.slug === c.orgSlug)!;
      await tx.insert(identityClaims).values({
        id: seedId("claim", a.email, String(i)),
        userId: row.id,
        organisationId: org.id,
        fullName: c.fullName,
        birthDate: c.birthDate,
        identityCodeEnc: c.identityCode ? sealText(c.identityCode) : null,
        status: c.status,
        matchedPersonId: c.status === "confirmed" && c.matchedPersonKey ? seedId("person", c.matchedPersonKey) : null,
        createdAt: new Date(c.at),
      });
    }
  }
  return ids;
}
