import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { runAppUntilExit, startApp, type RunningApp } from "./support/app";
import { instancesWanted } from "@/lib/cli/cluster.mjs";

// Several server processes on one port (OMATIETO_INSTANCES, lib/cli/cluster.mjs): on PostgreSQL the
// primary starts the first instance alone (it migrates), then the rest; on the embedded database one runs.
const onPostgres = Boolean(process.env.DATABASE_URL);

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^[0-9]+$/.test(d))
    .filter((d) => {
      try {
        return Number(fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}
const alive = (pid: number) => fs.existsSync(`/proc/${pid}`);

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ OMATIETO_INSTANCES: "2", OMATIETO_WORKERS: "off", SMTP_URL: "smtp://127.0.0.1:9" });
});
afterAll(async () => app?.stop());

describe("OMATIETO_INSTANCES=2", () => {
  it(onPostgres ? "runs two instances on one port, which answer every request" : "runs one instance on the embedded database, and says why", async () => {
    const workers = childrenOf(app.pid);
    if (onPostgres) {
      expect(workers).toHaveLength(2);
      expect(app.logs.join("")).toContain("[omatieto] 2 instances (OMATIETO_INSTANCES)");
    } else {
      expect(workers).toHaveLength(0);
      expect(app.logs.join("")).toContain("OMATIETO_INSTANCES needs DATABASE_URL");
    }
    const statuses = await Promise.all(Array.from({ length: 40 }, () => fetch(`${app.url}/api/health`).then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Only the first instance prints the operator setup token (production, no operator yet).
    expect(app.logs.join("").match(/setup token/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("stops every instance on SIGTERM", async () => {
    const workers = childrenOf(app.pid);
    await app.stop({ keepData: true });
    expect(alive(app.pid)).toBe(false);
    for (const w of workers) expect(alive(w)).toBe(false);
  });
});

describe("a wrong OMATIETO_INSTANCES", () => {
  it("is refused at start with a readable message", async () => {
    const r = await runAppUntilExit({ OMATIETO_INSTANCES: "lots", OMATIETO_DEMO: "1" });
    expect(r.code).toBe(1);
    expect(r.output).toContain('OMATIETO_INSTANCES must be "auto" or a whole number from 1 to 64');
  });

  it("is read as the README says", () => {
    const quiet = () => {};
    expect(instancesWanted({}, quiet)).toBe(1);
    expect(instancesWanted({ OMATIETO_INSTANCES: "3", DATABASE_URL: "postgres://x" }, quiet)).toBe(3);
    expect(instancesWanted({ OMATIETO_INSTANCES: "auto", DATABASE_URL: "postgres://x" }, quiet)).toBeGreaterThanOrEqual(1);
    expect(instancesWanted({ OMATIETO_INSTANCES: "4" }, quiet)).toBe(1);
    for (const bad of ["0", "65", "-1", "2.5", "two"]) expect(() => instancesWanted({ OMATIETO_INSTANCES: bad }, quiet)).toThrow(/OMATIETO_INSTANCES/);
  });
});
