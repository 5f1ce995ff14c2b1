import fs from "node:fs";
import path from "node:path";
import { takeFolderLock } from "../db/client";

/**
 * PGlite's own copy of its data folder (issue 10): dumpDataDir writes a consistent tarball of the
 * whole cluster and loadDataDir starts a folder from one. PGlite is one process per folder, so both
 * take the folder lock: the app must be stopped (a copy of a folder in use could be torn).
 */
export async function dumpPgliteFolder(dataDir: string, outFile: string): Promise<number> {
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`no embedded database in ${dataDir}`);
  const release = takeFolderLock(dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const client = await PGlite.create(dataDir);
    const blob = await client.dumpDataDir("gzip");
    await client.close();
    const bytes = Buffer.from(await blob.arrayBuffer());
    fs.writeFileSync(outFile, bytes, { mode: 0o600 });
    return bytes.length;
  } finally {
    release();
  }
}

/** Replace the folder with the tarball's cluster (the caller has checked it may: empty or --force). */
export async function loadPgliteFolder(dataDir: string, file: string): Promise<void> {
  const release = takeFolderLock(dataDir);
  try {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const { PGlite } = await import("@electric-sql/pglite");
    const blob = new Blob([fs.readFileSync(file)]);
    const client = await PGlite.create({ dataDir, loadDataDir: blob });
    await client.query("select 1");
    await client.close();
  } finally {
    release();
  }
}
