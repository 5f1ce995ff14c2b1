import path from "node:path";
import fs from "node:fs";

/** The data folder: the embedded database, generated development keys, report files. Git-ignored. */
export function getDataDir(): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.OMATIETO_DATA_DIR ?? path.join(process.cwd(), ".data"));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}
