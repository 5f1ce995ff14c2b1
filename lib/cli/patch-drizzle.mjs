// Runs after every `npm install` / `npm ci` (package.json "postinstall", after patch-postgres.mjs): makes
// drizzle-orm's entity check `is(value, Class)` remember its answer per prototype (issue 13).
//
// Why: drizzle builds every statement by asking `is(chunk, StringChunk)`, `is(chunk, Name)`,
// `is(chunk, Param)`… of each piece of SQL until one matches. Each "no" walks the value's whole class
// chain looking up a symbol (`entityKind`) on every class, because drizzle allows two copies of itself in
// one program. In the load benchmark's profile (`node --cpu-prof` of the server while filing) that walk
// alone was ~8 % of the server's CPU, the largest single frame of ours.
//
// The answer depends only on the value's prototype and the class asked about (drizzle never changes a
// prototype), so it is kept in a WeakMap keyed by class, then prototype: the same answers, with two
// lookups instead of the walk. Building one select and one insert statement took 60 µs before and 28 µs
// after (a loop of 100 000 on this machine). A value without a prototype is not cached.
//
// Unlike the postgres.js fix this is only speed: when drizzle's source is not the one this was written
// for (a new release), it says so and leaves drizzle as it is, rather than failing the install.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const MARKER = "/* omatieto: is() remembers its answer per prototype */";

const BEFORE = `function is(value, type) {
  if (!value || typeof value !== "object") {
    return false;
  }
  if (value instanceof type) {`;
const AFTER = `${MARKER}
const isByType = new WeakMap();
function is(value, type) {
  if (!value || typeof value !== "object") {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return isEntity(value, type);
  let byProto = isByType.get(type);
  if (byProto === undefined) isByType.set(type, byProto = new WeakMap());
  let found = byProto.get(proto);
  if (found === undefined) byProto.set(proto, found = isEntity(value, type));
  return found;
}
function isEntity(value, type) {
  if (value instanceof type) {`;

/** drizzle's entity module in its ES module and CommonJS builds. */
function targets(root) {
  const dir = path.join(root, "node_modules", "drizzle-orm");
  return [path.join(dir, "entity.js"), path.join(dir, "entity.cjs")];
}

/** True when both builds carry the cache. */
export function isPatched(root) {
  return targets(root).every((file) => fs.existsSync(file) && fs.readFileSync(file, "utf8").includes(MARKER));
}

/** Patches what it recognises; returns the files it could not (a newer drizzle), which stay as they are. */
export function patchDrizzle(root) {
  const skipped = [];
  for (const file of targets(root)) {
    const src = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (src.includes(MARKER)) continue;
    if (src.split(BEFORE).length !== 2) {
      skipped.push(file);
      continue;
    }
    fs.writeFileSync(file, src.replace(BEFORE, AFTER));
  }
  return skipped;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  const skipped = patchDrizzle(root);
  for (const file of skipped) {
    console.warn(`[postinstall] ${file}: not the drizzle-orm 0.45 source lib/cli/patch-drizzle.mjs knows; left unchanged (only slower)`);
  }
}
