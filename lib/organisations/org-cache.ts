/**
 * Each app instance's memory of organisations' rarely changing data (issue 13): registers and their
 * notices, processors and recipients, email templates, active staff. An entry is served only to a
 * reader that has just read the organisation's version (organisation_versions, renewed by database
 * triggers in the transaction of every change) and found the one the entry was kept under, so every
 * instance sees a change as soon as it commits and nothing needs to be told to forget. The version must
 * be read before the data it will be kept under: then an entry is never older than its version.
 *
 * Kept per database handle (tests and tools open several databases, with the same organisation ids) and
 * bounded: the oldest entries go first. Values are shared by every request of the instance: read-only.
 */
type Entry = { version: string; value: unknown };

/** Entries per database handle: a few per organisation; a platform with hundreds fits. */
export const MAX_ENTRIES = 4000;

const byHandle = new WeakMap<object, Map<string, Entry>>();

function entriesOf(handle: object): Map<string, Entry> {
  let entries = byHandle.get(handle);
  if (!entries) byHandle.set(handle, (entries = new Map()));
  return entries;
}

/** What was kept for this organisation and key under exactly this version, if anything. */
export function findKept<T>(handle: object, organisationId: string, version: string | null, key: string): T | undefined {
  if (version === null) return undefined;
  const entry = byHandle.get(handle)?.get(`${organisationId}:${key}`);
  return entry && entry.version === version ? (entry.value as T) : undefined;
}

/** Keep a value read after the version was read (see above); without a version nothing is kept. */
export function keep<T>(handle: object, organisationId: string, version: string | null, key: string, value: T): T {
  if (version === null) return value;
  const entries = entriesOf(handle);
  const id = `${organisationId}:${key}`;
  entries.delete(id);
  entries.set(id, { version, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
