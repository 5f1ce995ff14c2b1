import { eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { memberships, organisations, processors, registers, registerVersions, users } from "../db/schema";
import { sealText } from "../crypto";
import { seedOrganisations, type SeedOrganisation } from "./data/organisations";
import { seedId } from "./ids";
import { toHelsinkiDate } from "../deadlines/compute";

export type SeededOrg = {
  id: string;
  slug: string;
  data: SeedOrganisation;
  registerIds: Record<string, string>;
  processorIds: Record<string, string>;
  staffIds: Record<string, string>;
};

/** Organisations, registers, processors and staff accounts (with their demo TOTP secrets). */
export async function seedOrganisationsInto(tx: DbOrTx): Promise<SeededOrg[]> {
  const out: SeededOrg[] = [];
  for (const o of seedOrganisations) {
    const orgId = seedId("org", o.slug);
    await tx
      .insert(organisations)
      .values({
        id: orgId,
        slug: o.slug,
        name: o.name,
        businessId: o.businessId,
        streetAddress: o.streetAddress,
        postalCode: o.postalCode,
        city: o.city,
        phone: o.phone,
        email: o.email,
        contactName: o.contactName,
        contactEmail: o.contactEmail,
        contactPhone: o.contactPhone,
        contactAddress: o.contactAddress,
        dpoName: o.dpoName,
        dpoEmail: o.dpoEmail,
        languages: o.languages,
        referencePrefix: o.referencePrefix,
        settings: o.settings,
      })
      .onConflictDoNothing();
    const registerIds: Record<string, string> = {};
    const processorIds: Record<string, string> = {};
    for (const r of o.registers) {
      const regId = seedId("register", o.slug, r.slug);
      registerIds[r.slug] = regId;
      await tx
        .insert(registers)
        .values({
          id: regId,
          organisationId: orgId,
          slug: r.slug,
          notice: r.notice,
          categories: r.categories,
          specialCategories: r.specialCategories,
          retentionRule: r.retentionRule,
          retentionMonthsAfterEnd: r.retentionMonthsAfterEnd,
          noticeDate: r.noticeDate,
          transfersOutsideEea: r.transfersOutsideEea,
        })
        .onConflictDoNothing();
      // The seeded notice is version 1, in force from its own date (or the day the demo was seeded).
      await tx
        .insert(registerVersions)
        .values({ id: seedId("register-version", o.slug, r.slug, "1"), registerId: regId, organisationId: orgId, version: 1, notice: r.notice, inForceFrom: r.noticeDate ?? toHelsinkiDate(new Date()) })
        .onConflictDoNothing();
      for (const p of r.processors) {
        const pid = seedId("processor", o.slug, r.slug, p.key);
        processorIds[p.key] = pid;
        await tx
          .insert(processors)
          .values({ id: pid, registerId: regId, kind: p.kind, name: p.names.fi, names: p.names, service: p.service, taskFor: p.taskFor })
          .onConflictDoNothing();
      }
    }
    const staffIds: Record<string, string> = {};
    for (const s of o.staff) {
      const uid = seedId("user", s.email);
      await tx
        .insert(users)
        .values({
          id: uid,
          email: s.email,
          name: s.name,
          role: "staff",
          locale: s.locale,
          emailVerified: new Date("2026-01-01T08:00:00Z"),
          // The demo secrets are documented in the README; TOTP counts as set up.
          totpSecretEnc: sealText(s.totpSecret, `totp:${uid}`),
          totpEnabledAt: new Date("2026-01-01T08:00:00Z"),
        })
        .onConflictDoNothing();
      const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.email, s.email));
      staffIds[s.email] = row.id;
      await tx
        .insert(memberships)
        .values({ userId: row.id, organisationId: orgId, canReadSpecial: s.canReadSpecial, role: s.role })
        .onConflictDoNothing();
    }
    out.push({ id: orgId, slug: o.slug, data: o, registerIds, processorIds, staffIds });
  }
  return out;
}
