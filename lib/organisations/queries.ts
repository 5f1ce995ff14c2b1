import "server-only";
import { isSlug } from "./slug";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../db/client";
import { organisations, processors, registers } from "../db/schema";

/** Public data only: what the privacy notices publish anyway. */
export async function listOrganisations() {
  const db = await getDb();
  return db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, city: organisations.city })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

export async function getOrganisationWithRegisters(slug: string) {
  const db = await getDb();
  if (!isSlug(slug)) return null;
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  if (!org) return null;
  const regs = await db.select().from(registers).where(eq(registers.organisationId, org.id)).orderBy(asc(registers.slug));
  const procs = regs.length
    ? await db.select().from(processors).where(inArray(processors.registerId, regs.map((r) => r.id))).orderBy(asc(processors.name))
    : [];
  return { org, registers: regs.map((r) => ({ ...r, processors: procs.filter((p) => p.registerId === r.id) })) };
}
