import path from "node:path";
import { spawnSync } from "node:child_process";
import { getDataDir } from "../config/paths";

/** What backup and restore work on: PostgreSQL (DATABASE_URL) or the embedded PGlite folder. */
export type Target = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

/**
 * PostgreSQL through the owner's connection when there is one (DATABASE_MIGRATION_URL): restoring
 * creates tables, which the app's role may not do, and the owner reads every table for a dump.
 */
export function currentTarget(env = process.env): Target {
  const url = env.DATABASE_MIGRATION_URL || env.DATABASE_URL;
  if (url) return { kind: "postgres", url };
  return { kind: "pglite", dataDir: path.join(getDataDir(), "pglite") };
}

/** Is a client program (pg_dump, pg_restore) installed? */
export function onPath(program: string): boolean {
  return spawnSync(program, ["--version"], { encoding: "utf8" }).status === 0;
}

export function parseFlags(argv: string[]): { flags: Set<string>; values: Record<string, string>; rest: string[] } {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") values.out = argv[++i] ?? "";
    else if (a.startsWith("--")) flags.add(a.slice(2));
    else rest.push(a);
  }
  return { flags, values, rest };
}

/** Credentials never reach the log. */
export function redact(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/g, "//***@");
}

export const KEY_REMINDER =
  "[omatieto] remember: the backup is useless without OMATIETO_DATA_KEY (encrypted fields, audit chain keys): keep a copy of the key apart from the backups";
