import "server-only";
import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { registerVersions, type Register, type RegisterVersion } from "../db/schema";
import type { RegisterNoticeByLocale } from "../db/types";
import { toHelsinkiDate } from "../deadlines/compute";
import { refuse } from "../workflow/errors";

export type NoticeVersionRef = { id: string; version: number; inForceFrom: string };

/**
 * Record the register's notice as a version (Art. 13/14: what was told, and from when, must be
 * provable). A version already in force is never changed: the edit becomes the next version. A version
 * dated in the future is not yet public, so further edits before that day amend it in place.
 * Runs in the caller's transaction; returns the version written.
 */
export async function recordNoticeVersion(
  tx: DbOrTx,
  actorId: string,
  reg: Pick<Register, "id" | "organisationId">,
  notice: RegisterNoticeByLocale,
  inForceFrom?: string | null,
  now = new Date(),
): Promise<NoticeVersionRef> {
  const today = toHelsinkiDate(now);
  const from = inForceFrom || today;
  // A notice cannot have been in force before it was written.
  if (from < today) refuse("in_force_in_past", "invalid_input");
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${"register-version:" + reg.id}))`);
  const [latest] = await tx.select().from(registerVersions).where(eq(registerVersions.registerId, reg.id)).orderBy(desc(registerVersions.version)).limit(1);
  if (latest && latest.inForceFrom > today) {
    const [row] = await tx
      .update(registerVersions)
      .set({ notice, inForceFrom: from, publishedBy: actorId, updatedAt: now })
      .where(eq(registerVersions.id, latest.id))
      .returning();
    return { id: row.id, version: row.version, inForceFrom: row.inForceFrom };
  }
  const [row] = await tx
    .insert(registerVersions)
    .values({ registerId: reg.id, organisationId: reg.organisationId, version: (latest?.version ?? 0) + 1, notice, inForceFrom: from, publishedBy: actorId, createdAt: now, updatedAt: now })
    .returning();
  return { id: row.id, version: row.version, inForceFrom: row.inForceFrom };
}

/** Per register, the version in force on `onDate` (a Helsinki calendar day): the latest one dated on or before it. */
export async function noticesInForce(db: DbOrTx, registerIds: string[], onDate: string): Promise<Map<string, RegisterVersion>> {
  const out = new Map<string, RegisterVersion>();
  if (registerIds.length === 0) return out;
  const rows = await db
    .select()
    .from(registerVersions)
    .where(and(inArray(registerVersions.registerId, registerIds), lte(registerVersions.inForceFrom, onDate)))
    .orderBy(registerVersions.registerId, desc(registerVersions.inForceFrom), desc(registerVersions.version));
  for (const r of rows) if (!out.has(r.registerId)) out.set(r.registerId, r);
  return out;
}

/** Every version of one register, newest first (the caller has checked the admin's organisation). */
export async function listVersions(db: DbOrTx, registerId: string) {
  return db.select().from(registerVersions).where(eq(registerVersions.registerId, registerId)).orderBy(desc(registerVersions.version));
}
