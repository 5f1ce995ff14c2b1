/**
 * FormData → plain object, with dotted names unflattened ("items.0.decision" → items[0].decision) the way
 * react-hook-form names nested fields, so that the server parses exactly what the client validated.
 * Only own, safe keys: "__proto__" and friends are dropped.
 */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // A hand-made request can post anything: what is not a form is no input (a field error, not a 500).
  if (!(fd instanceof FormData)) return out;
  for (const [key, raw] of fd.entries()) {
    if (typeof raw !== "string") continue;
    const parts = key.split(".");
    if (parts.some((p) => p === "__proto__" || p === "constructor" || p === "prototype" || p === "")) continue;
    let node: Record<string, unknown> | unknown[] = out;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]);
      const k: string | number = Array.isArray(node) ? Number(part) : part;
      if (Array.isArray(node) && (!Number.isInteger(k) || (k as number) > 500)) break;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[k] = raw;
      } else {
        container[k] ??= nextIsIndex ? [] : {};
        node = container[k] as Record<string, unknown> | unknown[];
      }
    }
  }
  // Sparse arrays (an item without any posted field) become empty objects, so indexes stay aligned.
  const fill = (v: unknown): unknown => {
    if (Array.isArray(v)) return Array.from(v, (x) => (x === undefined ? {} : fill(x)));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(out) as Record<string, unknown>;
}
