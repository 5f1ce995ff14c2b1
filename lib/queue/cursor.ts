/**
 * Keyset cursor of the queue: the effective due date and id of the last row shown. Encoded for the URL
 * (base64url) so that a link to "the next page" is stable and needs no server state.
 */
export type QueueCursor = { due: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(`${cursor.due}_${cursor.id}`, "utf8").toString("base64url");
}

/** A malformed or tampered cursor is ignored (first page) rather than an error: it came from a URL. */
export function decodeCursor(value: string | undefined | null): QueueCursor | null {
  if (!value || value.length > 200) return null;
  let text: string;
  try {
    text = Buffer.from(value, "base64url").toString("utf8");
  } catch {
    return null;
  }
  const [due, id] = text.split("_");
  if (!due || !id || !ISO.test(due) || !UUID.test(id)) return null;
  return { due, id };
}
