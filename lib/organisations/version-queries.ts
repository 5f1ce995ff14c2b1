import "server-only";
import { eq, is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import { organisationVersions } from "../db/schema";
import { findKept, keep } from "./org-cache";

/**
 * The organisation's current data version (lib/organisations/org-cache.ts), or null when no change has
 * been versioned yet (then nothing is served from memory nor kept).
 */
export async function readOrganisationVersion(db: DbOrTx, organisationId: string): Promise<string | null> {
  const [row] = await db.select({ version: organisationVersions.version }).from(organisationVersions).where(eq(organisationVersions.organisationId, organisationId));
  return row?.version ?? null;
}

/**
 * The kept value for this version, else `load()` and keep it. `version` must have been read (awaited)
 * before this is called, so that what `load` reads is at least as new as the version it is kept under.
 */
export async function readThroughOrganisationCache<T>(
  db: DbOrTx,
  organisationId: string,
  version: string | null,
  key: string,
  load: () => Promise<T>,
  /** A kept value may also have aged otherwise (a notice in force on another day): then it is read again. */
  isCurrent: (kept: T) => boolean = () => true,
): Promise<T> {
  // Inside a transaction the version is renewed only at its commit (deferred triggers), so a transaction
  // that changed the data and reads it again must read it, not what it kept under the older version.
  if (is(db, PgTransaction)) return load();
  const kept = findKept<T>(db, organisationId, version, key);
  if (kept !== undefined && isCurrent(kept)) return kept;
  return keep(db, organisationId, version, key, await load());
}
