/**
 * A first look at a server-action POST before Next.js decodes it (finding 10). Next.js answers 500
 * when the body of an action cannot be decoded (broken multipart, text that is not JSON, a React reply
 * pointing at parts that are not there), and that status is decided inside Next.js. Refusing such
 * bodies here gives the client the 4xx it deserves. What a browser sends always passes:
 * - a fetch action without files is one JSON text, and React never puts a reference (`$Q1`, `$F1` …)
 *   into it: references point at other parts, which only a multipart body has;
 * - a multipart body parses, and each reference in its JSON parts names a part that exists.
 */
export type ActionBodyVerdict = "ok" | "malformed" | "too_large";

/** next.config.js `experimental.serverActions.bodySizeLimit` ("2mb"): bigger bodies are a 413. */
export const ACTION_BODY_LIMIT = 2 * 1024 * 1024;

/** Tags of React reply values that are not references to another part (see parseModelString). */
const VALUE_TAGS = new Set(["$", "H", "T", "K", "I", "-", "N", "u", "D", "n"]);

function isSafeTextValue(s: string): boolean {
  if (!s.startsWith("$") || s.length === 1) return true;
  const tag = s[1]!;
  if (!VALUE_TAGS.has(tag)) return false;
  // React refuses a BigInt of more than 300 digits with an exception (a 500).
  return tag !== "n" || s.length <= 302;
}

/** Every string in a parsed JSON value, keys included (a `$` key is not special, values are). */
function everyString(value: unknown, test: (s: string) => boolean, depth = 0): boolean {
  if (depth > 200) return false;
  if (typeof value === "string") return test(value);
  if (Array.isArray(value)) return value.every((v) => everyString(v, test, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((v) => everyString(v, test, depth + 1));
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Tags whose part must be binary (a Blob): `$B` blobs and the typed arrays. */
const BINARY_TAGS = new Set(["B", "A", "O", "o", "U", "S", "s", "L", "l", "G", "g", "M", "m", "V"]);

type Parts = Map<string, FormDataEntryValue>;

/** Follow `a:b` of a path reference inside a JSON part; a reference met on the way is trusted. */
function pathExists(part: FormDataEntryValue, path: string[]): boolean {
  if (path.length === 0) return true;
  if (typeof part !== "string") return false;
  const parsed = parseJson(part);
  if (!parsed.ok) return false;
  let at: unknown = parsed.value;
  for (const key of path) {
    if (typeof at === "string" && at.startsWith("$") && !at.startsWith("$$")) return true;
    if (!at || typeof at !== "object" || !Object.prototype.hasOwnProperty.call(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/** In a multipart reply: a `$<tag><hex id>[:path]` reference must name a part of the right kind. */
function referencesExistingPart(s: string, parts: Parts): boolean {
  if (isSafeTextValue(s)) return true;
  const m = /^\$([@hQWiAOoUSsLlGgMmVBRrXx]?)([0-9a-f]+)((?::[^:]*)*)$/i.exec(s);
  if (!m) return false;
  const [, tag, hex, path] = m as unknown as [string, string, string, string];
  const id = String(parseInt(hex, 16));
  // Streams and async iterables are sent as parts named `S<id>`.
  if (tag && "RrXx".includes(tag)) return parts.has(`S${id}`) || parts.has(id);
  const part = parts.get(id);
  if (part === undefined) return false;
  if (BINARY_TAGS.has(tag)) return typeof part !== "string";
  return pathExists(part, path ? path.slice(1).split(":") : []);
}

export async function checkActionBody(req: Request): Promise<ActionBodyVerdict> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_LIMIT) return "too_large";
  // Measured as well: a chunked body has no Content-Length.
  const bytes = await req.clone().arrayBuffer();
  if (bytes.byteLength > ACTION_BODY_LIMIT) return "too_large";
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const isFetchAction = req.headers.has("next-action");
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { "content-type": req.headers.get("content-type")! } }).formData();
    } catch {
      return "malformed";
    }
    // Without the Next-Action header this is a form posted without JavaScript, which Next.js decodes
    // from its `$ACTION_…` fields: parsing is what can fail there.
    if (!isFetchAction) return "ok";
    const parts: Parts = new Map();
    for (const [name, value] of form.entries()) if (!parts.has(name)) parts.set(name, value);
    for (const [name, value] of form.entries()) {
      if (!/^\d+$/.test(name) || typeof value !== "string") continue;
      const parsed = parseJson(value);
      if (!parsed.ok || !everyString(parsed.value, (s) => referencesExistingPart(s, parts))) return "malformed";
    }
    return parts.has("0") ? "ok" : "malformed";
  }
  if (!isFetchAction) return "ok";
  // Next.js decodes a url-encoded fetch action as form fields, which cannot fail to parse.
  if (type.startsWith("application/x-www-form-urlencoded")) return "ok";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "malformed";
  }
  const parsed = parseJson(text);
  return parsed.ok && everyString(parsed.value, isSafeTextValue) ? "ok" : "malformed";
}
