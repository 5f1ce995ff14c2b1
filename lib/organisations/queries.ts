import "server-only";
import { isSlug } from "./slug";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "../db/client";
import { organisations, processors, registers } from "../db/schema";

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

export async function getOrganisationWithRegisters(slug: string) {
  const db = await getDb();
  if (!isSlug(slug)) return null;
  const [org] = await db.select().from(organisations).where(and(eq(organisations.slug, slug), isNull(organisations.disabledAt)));
  if (!org) return null;
  const regs = await db.select().from(registers).where(eq(registers.organisationId, org.id)).orderBy(asc(registers.slug));
  const procs = regs.length
    ? await db.select().from(processors).where(inArray(processors.registerId, regs.map((r) => r.id))).orderBy(asc(processors.name))
    : [];
  return { org, registers: regs.map((r) => ({ ...r, processors: procs.filter((p) => p.registerId === r.id) })) };
}
