import "server-only";
import { cache } from "react";
import { isSlug } from "./slug";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Db } from "../db/client";
import { organisations, organisationVersions, processors, registers, registerVersions } from "../db/schema";
import { readThroughOrganisationCache } from "./version-queries";
import { toHelsinkiDate } from "../deadlines/compute";
import { noticesInForce } from "../registers/version-queries";

/** Public data only: what the privacy notices publish anyway. */
export async function listOrganisations() {
  const db = await getDb();
  return db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, city: organisations.city })
    .from(organisations)
    // Disabled by the platform operator (issue 10): no longer offered to the public.
    .where(isNull(organisations.disabledAt))
    .orderBy(asc(organisations.name));
}

/**
 * The public privacy notice: registers not archived, each with the notice version in force today
 * (Art. 13/14) and that version's number and date. A register whose first version is still in the
 * future is not published yet. Read once per render (the page and its title both ask: React cache()).
 */
export const getOrganisationWithRegisters = cache(async (slug: string, now = new Date()) => {
  const db = await getDb();
  if (!isSlug(slug)) return null;
  // The organisation itself is always read; its version with it, before the kept registers are used.
  const [row] = await db
    .select({ org: organisations, version: organisationVersions.version })
    .from(organisations)
    .leftJoin(organisationVersions, eq(organisationVersions.organisationId, organisations.id))
    .where(and(eq(organisations.slug, slug), isNull(organisations.disabledAt)));
  if (!row) return null;
  const today = toHelsinkiDate(now);
  // One entry per organisation, replaced when the day changes (which versions are in force depends on it).
  const kept = await readThroughOrganisationCache(
    db,
    row.org.id,
    row.version ?? null,
    "notice",
    async () => ({ day: today, registers: await readPublishedRegisters(db, row.org.id, today) }),
    (k) => k.day === today,
  );
  return { org: row.org, registers: kept.registers };
});

/** The registers a notice publishes on a day, each with its version in force and its processors and recipients. */
async function readPublishedRegisters(db: Db, organisationId: string, today: string) {
  const regs = await db.select().from(registers).where(and(eq(registers.organisationId, organisationId), isNull(registers.archivedAt))).orderBy(asc(registers.slug));
  const inForce = await noticesInForce(db, regs.map((r) => r.id), today);
  // A register with versions but none in force yet is not published; one written without versions
  // (by SQL or an older tool) shows its current notice, undated.
  const versioned = new Set(
    regs.length ? (await db.selectDistinct({ id: registerVersions.registerId }).from(registerVersions).where(inArray(registerVersions.registerId, regs.map((r) => r.id)))).map((v) => v.id) : [],
  );
  const published = regs.filter((r) => inForce.has(r.id) || !versioned.has(r.id));
  const procs = published.length
    ? await db.select().from(processors).where(inArray(processors.registerId, published.map((r) => r.id))).orderBy(asc(processors.name))
    : [];
  return published.map((r) => {
    const v = inForce.get(r.id);
    const version = v ? { id: v.id, number: v.version, inForceFrom: v.inForceFrom } : null;
    return { ...r, notice: v?.notice ?? r.notice, version, processors: procs.filter((p) => p.registerId === r.id) };
  });
}
