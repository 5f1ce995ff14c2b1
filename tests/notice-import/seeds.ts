import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The seed notices live beside the repository in ../shared/seeds (from /work/main); a git worktree one
 * level deeper finds them at ../../shared/seeds.
 */
export function seedDir(): string {
  const root = process.cwd();
  const dir = [path.resolve(root, "../shared/seeds"), path.resolve(root, "../../shared/seeds")].find((d) => existsSync(d));
  if (!dir) throw new Error("seed notices not found in ../shared/seeds");
  return dir;
}

export function seedText(prefix: "000" | "004"): string {
  const dir = seedDir();
  const file = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`seed ${prefix} not found`);
  return readFileSync(path.join(dir, file), "utf8");
}
