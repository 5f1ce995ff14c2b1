// `npm run backup -- [--out FILE] [--logical]` (issue 10): a copy of the whole database.
// PostgreSQL: pg_dump's custom format when pg_dump is installed, else (or with --logical) a logical dump
// (JSON lines, gzip) made through SQL. PGlite: PGlite's own dump of its data folder (the app must be
// stopped: one process per folder). The data key is NOT in the backup: back it up separately.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { spawnSync } from "node:child_process";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { openPostgres } from "../db/client";
import { dumpLogical } from "../backup/queries";
import { dumpPgliteFolder } from "../backup/pglite-files";
import { currentTarget, KEY_REMINDER, onPath, parseFlags, redact } from "./backup-common";

function defaultName(ext: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
  return path.resolve(`omatieto-${stamp}.${ext}`);
}

async function main() {
  const { flags, values } = parseFlags(process.argv.slice(2));
  const target = currentTarget();
  let out: string;
  if (target.kind === "pglite") {
    out = path.resolve(values.out || defaultName("pglite.tar.gz"));
    const size = await dumpPgliteFolder(target.dataDir, out);
    console.log(`[omatieto] backup of the embedded database written: ${out} (${size} bytes)`);
  } else if (!flags.has("logical") && onPath("pg_dump")) {
    out = path.resolve(values.out || defaultName("pgdump"));
    const r = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--no-acl", `--file=${out}`, `--dbname=${target.url}`], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pg_dump failed: ${redact(r.stderr.trim())}`);
    console.log(`[omatieto] backup written with pg_dump: ${out}`);
  } else {
    out = path.resolve(values.out || defaultName("jsonl.gz"));
    const h = await openPostgres(target.url, 1);
    try {
      // One snapshot for every table: a repeatable-read, read-only transaction.
      await h.db.transaction(
        async (tx) => {
          const lines = (async function* () {
            for await (const line of dumpLogical(tx)) yield `${JSON.stringify(line)}\n`;
          })();
          await pipeline(Readable.from(lines), zlib.createGzip(), fs.createWriteStream(out, { mode: 0o600 }));
        },
        { isolationLevel: "repeatable read", accessMode: "read only" },
      );
    } finally {
      await h.close();
    }
    console.log(`[omatieto] logical backup written: ${out}`);
  }
  console.log(KEY_REMINDER);
}

main().catch((e) => {
  console.error(`[omatieto] backup failed: ${redact(e instanceof Error ? e.message : String(e))}`);
  process.exit(1);
});
