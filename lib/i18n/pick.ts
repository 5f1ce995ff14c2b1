import type { NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./namespaces";

/** A namespace or nested namespace of the messages, e.g. "errors" or "portal.request". */
export type ClientNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

type Tree = { [key: string]: string | Tree };

// The messages are static modules, so a pick is the same every time: computed once per language and set.
const picked = new WeakMap<object, Map<string, Tree>>();

/**
 * Only the named namespaces of `messages` ("portal.request" keeps just that part of "portal"), for a
 * NextIntlClientProvider: whatever a provider gets is serialised into every page it renders, so client
 * components get the messages they use, not all of them (issue 13). The picked subtrees are shared with
 * `messages`, never copied or changed; only the objects above them are new.
 */
export function pickMessages(messages: object, namespaces: readonly string[]): Tree {
  const paths = [...new Set(namespaces)].sort();
  const key = paths.join(",");
  let byKey = picked.get(messages);
  if (!byKey) picked.set(messages, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const out: Tree = {};
  // Sorted, a namespace comes right before the ones inside it ("requests" < "requests.outcomes"): skip those.
  let last: string | undefined;
  for (const ns of paths) {
    if (last !== undefined && ns.startsWith(`${last}.`)) continue;
    last = ns;
    const path = ns.split(".");
    let from: Tree | string | undefined = messages as Tree;
    for (const p of path) from = typeof from === "object" ? from[p] : undefined;
    if (from === undefined) throw new Error(`no messages under "${ns}"`);
    let to = out;
    for (const p of path.slice(0, -1)) to = (to[p] ??= {}) as Tree;
    to[path.at(-1)!] = from;
  }
  byKey.set(key, out);
  return out;
}
